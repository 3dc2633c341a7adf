// The point of the "Without Kafka" view in numbers: wiring every source to every target takes S × T
// integrations, going through one log takes S + T connections.
import type { PipelineDocument } from '../../engine';

export interface Endpoint {
  name: string;
  kind: 'source' | 'sink' | 'processor';
}

export interface Endpoints {
  /** Producer applications, in design order. */
  sources: Endpoint[];
  /** Sinks and processors: everything that reads, in design order. */
  targets: Endpoint[];
}

export interface IntegrationCounts {
  sources: number;
  targets: number;
  /** Point-to-point: every source wired to every target. */
  integrations: number;
  /** Through Kafka: each source and each target connects once, to the log. */
  connections: number;
}

/** The design's endpoints as a flat [kind, name, kind, name, ...] list, cheap to compare shallowly. */
export function endpointList(doc: PipelineDocument): string[] {
  const out: string[] = [];
  for (const n of doc.nodes) if (n.kind !== 'topic') out.push(n.kind, n.name);
  return out;
}

export function toEndpoints(list: readonly string[]): Endpoints {
  const sources: Endpoint[] = [];
  const targets: Endpoint[] = [];
  for (let i = 0; i + 1 < list.length; i += 2) {
    const kind = list[i] as Endpoint['kind'];
    const endpoint = { kind, name: list[i + 1]! };
    (kind === 'source' ? sources : targets).push(endpoint);
  }
  return { sources, targets };
}

export function countIntegrations(sources: number, targets: number): IntegrationCounts {
  return { sources, targets, integrations: sources * targets, connections: sources + targets };
}

/** "5 × 4 = 20 integrations". Always plural: the e2e test reads this exact pattern. */
export function integrationsText(c: IntegrationCounts): string {
  return `${c.sources} × ${c.targets} = ${c.integrations} integrations`;
}

/** "5 + 4 = 9 connections". Always plural: the e2e test reads this exact pattern. */
export function connectionsText(c: IntegrationCounts): string {
  return `${c.sources} + ${c.targets} = ${c.connections} connections`;
}
