// What changed from design A to design B, in a few words per change, so the Compare view says what it compares.
import type { PipelineDocument } from '../../engine';

const text = (v: unknown) => (typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v));

/** "Analytics: consumers 4 → 1", "added Sink 2", "brokers 3 → 5"; at most `limit` lines, then "and 3 more". */
export function designDiff(a: PipelineDocument, b: PipelineDocument, limit = 6): string[] {
  const out: string[] = [];
  if (a.cluster.brokers.length !== b.cluster.brokers.length)
    out.push(`brokers ${a.cluster.brokers.length} → ${b.cluster.brokers.length}`);
  const before = new Map(a.nodes.map((n) => [n.id, n]));
  const after = new Set(b.nodes.map((n) => n.id));
  for (const node of b.nodes) {
    const old = before.get(node.id);
    if (!old || old.kind !== node.kind) {
      out.push(`added ${node.name}`);
      continue;
    }
    const was = old.config as Record<string, unknown>;
    const now = node.config as Record<string, unknown>;
    for (const key of new Set([...Object.keys(was), ...Object.keys(now)]))
      if (text(was[key]) !== text(now[key]))
        out.push(`${node.name}: ${key} ${text(was[key])} → ${text(now[key])}`);
  }
  for (const node of a.nodes) if (!after.has(node.id)) out.push(`removed ${node.name}`);
  if (a.edges.length !== b.edges.length) out.push(`connections ${a.edges.length} → ${b.edges.length}`);
  if (a.faults.length !== b.faults.length)
    out.push(`scheduled faults ${a.faults.length} → ${b.faults.length}`);
  return out.length > limit ? [...out.slice(0, limit), `and ${out.length - limit} more`] : out;
}
