// The "Without Kafka" view's sentences about the integration counts (the counts themselves are the engine's
// model/integrations.ts, which the lessons' checks read too).
import type { IntegrationCounts } from '../../engine';

export { countIntegrations, designFlows } from '../../engine';
export type { Endpoint, Flows, IntegrationCounts } from '../../engine';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * "5 × 4 = 20 integrations" when every source reaches every target; else the real count, "12
 * integrations". Always plural: the e2e test reads this exact pattern.
 */
export function integrationsText(c: IntegrationCounts): string {
  return c.integrations === c.allPairs && c.allPairs > 0
    ? `${c.sources} × ${c.targets} = ${c.integrations} integrations`
    : `${c.integrations} integrations`;
}

/** "5 + 4 = 9 connections": the sources and targets that use Kafka. Always plural (the e2e test reads it). */
export function connectionsText(c: IntegrationCounts): string {
  return `${c.connectedSources} + ${c.connectedTargets} = ${c.connections} connections`;
}

/** What the counts leave out, in a sentence; null when every source reaches every target. */
export function wiringNote(c: IntegrationCounts): string | null {
  const notes: string[] = [];
  if (c.integrations < c.allPairs)
    notes.push(
      `Only ${c.integrations} of the ${c.sources} × ${c.targets} = ${c.allPairs} source–sink pairs exchange records in this design; wired all to all, it would take ${c.allPairs} integrations.`,
    );
  const idle = c.sources - c.connectedSources + (c.targets - c.connectedTargets);
  if (idle > 0) notes.push(`${plural(idle, 'endpoint is', 'endpoints are')} not connected to any topic yet.`);
  return notes.length > 0 ? notes.join(' ') : null;
}
