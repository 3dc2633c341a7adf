// The point of the "Without Kafka" view in numbers, counted on the design's real wiring. Pure over the design
// document (no Kafka class: what Kafka saves, counted), so the view and the lessons' checks share one count.
//
// An integration is a pair (source, target) whose records meet: the target reads a topic the source
// writes, directly or through processors (source -> topic -> processor -> topic -> sink counts the
// source-sink pair once). Without Kafka each such pair is a point-to-point integration to build and run;
// wired all to all, S sources and T targets make S × T of them.
//
// A connection is one application's link to Kafka: each source that writes to at least one topic and
// each target that reads at least one (one producer or one consumer group, however many topics it
// uses). Through Kafka the same flows take at most S + T connections.
//
// Targets are the sinks, and the processors whose records reach no sink (their flow ends there). A
// processor that passes records on to a sink is part of that flow, like the topics: neither an endpoint
// nor a connection of its own.
import { compileTopicPattern } from '../kafka/group/topicPattern';
import type { PipelineDocument, PipelineNode } from './schema';

type Design = Pick<PipelineDocument, 'nodes' | 'edges'>;

export interface Endpoint {
  id: string;
  name: string;
  kind: 'source' | 'sink' | 'processor';
  /** Writes to (a source) or reads from (a target) at least one topic. */
  connected: boolean;
}

export interface Flows {
  /** Producer applications, in design order. */
  sources: Endpoint[];
  /** Sinks, and processors whose records reach no sink, in design order. */
  targets: Endpoint[];
  /** The integrations: [source index, target index], a source's in target order. */
  pairs: [number, number][];
}

export interface IntegrationCounts {
  sources: number;
  targets: number;
  /** Source-target pairs whose records meet: each one a point-to-point integration without Kafka. */
  integrations: number;
  /** Every source wired to every target: S × T. */
  allPairs: number;
  /** Sources writing to a topic plus targets reading one. */
  connections: number;
  connectedSources: number;
  connectedTargets: number;
}

type Kind = PipelineNode['kind'];

/** Topics a sink or processor reads: its edges, or the design's topics its subscription pattern matches. */
function readTopics(doc: Design, node: PipelineNode, into: (id: string) => string[]): string[] {
  if (node.kind !== 'sink' && node.kind !== 'processor') return [];
  const pattern = node.config.subscriptionPattern;
  if (pattern === null || pattern === undefined) return into(node.id);
  // Whole names in linear time, as the engine's subscription (and Kafka's broker, with RE2J) match them.
  const compiled = compileTopicPattern(pattern);
  if (!compiled.ok) return [];
  return doc.nodes.filter((n) => n.kind === 'topic' && compiled.pattern.matches(n.name)).map((n) => n.id);
}

/** The design's endpoints and which of them exchange records. */
export function designFlows(doc: Design): Flows {
  const kindOf = new Map<string, Kind>(doc.nodes.map((n) => [n.id, n.kind]));
  const topicsFed = (id: string) =>
    doc.edges.filter((e) => e.from === id && kindOf.get(e.to) === 'topic').map((e) => e.to);
  const feeding = (id: string) =>
    doc.edges.filter((e) => e.to === id && kindOf.get(e.from) === 'topic').map((e) => e.from);
  // Who reads each topic, pattern subscriptions included.
  const readers = new Map<string, string[]>();
  const reads = new Map<string, string[]>();
  for (const node of doc.nodes) {
    const topics = readTopics(doc, node, feeding);
    reads.set(node.id, topics);
    for (const t of topics) readers.set(t, [...(readers.get(t) ?? []), node.id]);
  }

  /** Every sink and processor the records of `from` reach, through topics and processors. */
  const reached = (from: string): Set<string> => {
    const seen = new Set<string>();
    const queue = [...topicsFed(from)];
    const topics = new Set(queue);
    while (queue.length > 0) {
      for (const reader of readers.get(queue.shift()!) ?? []) {
        if (seen.has(reader)) continue;
        seen.add(reader);
        if (kindOf.get(reader) !== 'processor') continue;
        for (const t of topicsFed(reader))
          if (!topics.has(t)) {
            topics.add(t);
            queue.push(t);
          }
      }
    }
    return seen;
  };

  const endpoint = (n: PipelineNode, connected: boolean): Endpoint => ({
    id: n.id,
    name: n.name,
    kind: n.kind as Endpoint['kind'],
    connected,
  });
  const sources: Endpoint[] = [];
  const targets: Endpoint[] = [];
  const reach = new Map<string, Set<string>>();
  for (const n of doc.nodes) {
    if (n.kind === 'source') {
      sources.push(endpoint(n, topicsFed(n.id).length > 0));
      reach.set(n.id, reached(n.id));
    } else if (n.kind === 'sink') targets.push(endpoint(n, (reads.get(n.id) ?? []).length > 0));
    else if (n.kind === 'processor' && ![...reached(n.id)].some((id) => kindOf.get(id) === 'sink'))
      targets.push(endpoint(n, (reads.get(n.id) ?? []).length > 0));
  }
  const pairs: [number, number][] = [];
  sources.forEach((s, i) => {
    const seen = reach.get(s.id)!;
    targets.forEach((t, j) => {
      if (seen.has(t.id)) pairs.push([i, j]);
    });
  });
  return { sources, targets, pairs };
}

export function countIntegrations(flows: Flows): IntegrationCounts {
  const connectedSources = flows.sources.filter((s) => s.connected).length;
  const connectedTargets = flows.targets.filter((t) => t.connected).length;
  return {
    sources: flows.sources.length,
    targets: flows.targets.length,
    integrations: flows.pairs.length,
    allPairs: flows.sources.length * flows.targets.length,
    connections: connectedSources + connectedTargets,
    connectedSources,
    connectedTargets,
  };
}
