// Which setting a sweep varies: `nodes.<node id or name>.<config key>` (a topic's partitions, a sink's consumers, a
// source's rate or acks, ...) or `cluster.brokers` (how many brokers). Not a Kafka class: the what-if of a
// design, one setting at a time, built as the inspector would build it.
import { brokerSchema } from '../model/clusterSchema';
import type { PipelineDocument } from '../model/schema';

export type SweepValue = number | string | boolean;

export type SweepPath =
  { kind: 'node'; nodeId: string; key: string; text: string } | { kind: 'brokers'; text: string };

/** The settings a sweep offers for each kind of node (those whose effect the figures show). */
export const SWEEP_KEYS: Readonly<Record<string, readonly string[]>> = {
  source: ['rate', 'acks', 'batchSize', 'lingerMs'],
  topic: ['partitions', 'replicationFactor'],
  sink: ['consumers', 'processingRate'],
  processor: ['consumers', 'processingRate', 'acks'],
};

/** Reads a path against a design: the node by id first, then by name. */
export function parseSweepPath(doc: PipelineDocument, text: string): SweepPath | string {
  const trimmed = text.trim();
  if (trimmed === 'cluster.brokers') return { kind: 'brokers', text: trimmed };
  const m = /^nodes\.(.+)\.([A-Za-z]+)$/.exec(trimmed);
  if (!m) return `"${text}" is not a setting: expected nodes.<node>.<setting> or cluster.brokers`;
  const [, ref, key] = m as unknown as [string, string, string];
  const node = doc.nodes.find((n) => n.id === ref) ?? doc.nodes.find((n) => n.name === ref);
  if (!node) return `no node "${ref}" in the design (give its id or its name)`;
  if (!(key in node.config)) return `${node.kind} "${node.name}" has no setting "${key}"`;
  return { kind: 'node', nodeId: node.id, key, text: `nodes.${ref}.${key}` };
}

/** The paths a sweep offers for this design, in the design's order: `cluster.brokers` first. */
export function settablePaths(doc: PipelineDocument): { path: string; label: string }[] {
  const paths = [{ path: 'cluster.brokers', label: 'Cluster · brokers' }];
  for (const node of doc.nodes)
    for (const key of SWEEP_KEYS[node.kind] ?? [])
      paths.push({ path: `nodes.${node.id}.${key}`, label: `${node.name} · ${key}` });
  return paths;
}

/** The value the design has now at `path`. */
export function currentValue(doc: PipelineDocument, path: SweepPath): SweepValue | undefined {
  if (path.kind === 'brokers') return doc.cluster.brokers.length;
  const node = doc.nodes.find((n) => n.id === path.nodeId);
  const value = (node?.config as Record<string, unknown> | undefined)?.[path.key];
  return typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean'
    ? value
    : undefined;
}

/**
 * A copy of `doc` with `value` at `path`, not yet validated. A broker count adds brokers with the next free ids
 * and Kafka's defaults, or removes the highest ids and the faults aimed at them, as the inspector does.
 */
export function withSetting(
  doc: PipelineDocument,
  path: SweepPath,
  value: SweepValue,
): PipelineDocument | string {
  const next = JSON.parse(JSON.stringify(doc)) as PipelineDocument;
  if (path.kind === 'node') {
    const node = next.nodes.find((n) => n.id === path.nodeId)!;
    (node.config as Record<string, unknown>)[path.key] = value;
    return next;
  }
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1)
    return `cluster.brokers: must be a whole number >= 1, got ${JSON.stringify(value)}`;
  // Keep the lowest ids in the design's own order, then add fresh ids from 1 up.
  const kept = new Set(
    [...next.cluster.brokers]
      .map((b) => b.id)
      .sort((a, b) => a - b)
      .slice(0, value),
  );
  next.cluster.brokers = next.cluster.brokers.filter((b) => kept.has(b.id));
  for (let id = 1; next.cluster.brokers.length < value; id++)
    if (!kept.has(id)) {
      kept.add(id);
      next.cluster.brokers.push(brokerSchema.parse({ id }));
    }
  next.faults = next.faults.filter((f) => !('broker' in f) || kept.has(f.broker));
  return next;
}
