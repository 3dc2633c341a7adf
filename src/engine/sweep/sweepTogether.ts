// Settings a sweep moves together, each set to the same value at every step: a topic's partitions and the consumers
// of the group reading it (`nodes.telemetry.partitions,nodes.analytics.consumers=1..8`). A capacity question is
// usually about both at once: a group's consumers beyond the partition count sit idle (Kafka's assignors give a
// partition to one member of a group), so raising either alone shows little. Not a Kafka class.
import type { PipelineDocument } from '../model/schema';
import { parseSweepPath, SWEEP_KEYS, type SweepPath } from './sweepPath';

/** The same setting whether named by id or by name: one node and key, or the broker count. */
function sameSetting(a: SweepPath, b: SweepPath): boolean {
  if (a.kind === 'brokers' || b.kind === 'brokers') return a.kind === b.kind;
  return a.nodeId === b.nodeId && a.key === b.key;
}

/** `nodes.telemetry.partitions,nodes.analytics.consumers`: each path read as parseSweepPath reads one. */
export function parseSweepPaths(doc: PipelineDocument, text: string): SweepPath[] | string {
  // One path as before first: a node whose name holds a comma is still found.
  const one = parseSweepPath(doc, text);
  if (typeof one !== 'string' || !text.includes(',')) return typeof one === 'string' ? one : [one];
  const paths: SweepPath[] = [];
  for (const part of text.split(',')) {
    if (part.trim() === '')
      return `"${text.trim()}": a setting is missing between the commas (settings that take the same values are joined by commas)`;
    const path = parseSweepPath(doc, part);
    if (typeof path === 'string') return path;
    const twice = paths.find((p) => sameSetting(p, path));
    if (twice) return `${path.text} is the same setting as ${twice.text}: name each setting once`;
    paths.push(path);
  }
  return paths;
}

/** What `--sweep` takes for these settings: their paths joined by commas. */
export const joinedPaths = (paths: readonly { text: string }[]): string => paths.map((p) => p.text).join(',');

/** A table's first column for these settings: "nodes.telemetry.partitions = nodes.analytics.consumers". */
export const joinedHeading = (names: readonly string[]): string => names.join(' = ');

/**
 * The settings worth moving with `path`: for a topic's partitions, the consumers of each group reading the topic
 * (a sink or processor with an edge from it), in the design's order; nothing for any other setting.
 */
export function togetherSuggestions(doc: PipelineDocument, path: string): string[] {
  const parsed = parseSweepPath(doc, path);
  if (typeof parsed === 'string' || parsed.kind !== 'node' || parsed.key !== 'partitions') return [];
  const readers = new Set(doc.edges.filter((e) => e.from === parsed.nodeId).map((e) => e.to));
  return doc.nodes
    .filter((n) => readers.has(n.id) && (SWEEP_KEYS[n.kind] ?? []).includes('consumers'))
    .map((n) => `nodes.${n.id}.consumers`);
}
