// Narrow reads of the design for the charts: flat string arrays, so `useShallow` keeps them stable
// while nodes are dragged (a drag changes the document on every frame, names and order do not).
import type { FranzState } from '../../store/store';

/** Sink and processor nodes (each one consumer group) as [id, name, id, name, ...] in design order. */
export function selectGroupNodes(s: FranzState): string[] {
  const out: string[] = [];
  for (const n of s.doc.nodes) if (n.kind === 'sink' || n.kind === 'processor') out.push(n.id, n.name);
  return out;
}

/** Topic names in design order: a topic's place here is its colour. */
export function selectTopicNames(s: FranzState): string[] {
  const out: string[] = [];
  for (const n of s.doc.nodes) if (n.kind === 'topic') out.push(n.name);
  return out;
}

/** [id, name, id, name] -> Map(id -> name). */
export function pairsToMap(pairs: readonly string[]): Map<string, string> {
  const map = new Map<string, string>();
  for (let i = 0; i + 1 < pairs.length; i += 2) map.set(pairs[i]!, pairs[i + 1]!);
  return map;
}

/** Names -> Map(name -> index). */
export function indexMap(names: readonly string[]): Map<string, number> {
  const map = new Map<string, number>();
  names.forEach((name, i) => {
    if (!map.has(name)) map.set(name, i);
  });
  return map;
}
