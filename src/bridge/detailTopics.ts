// The topics whose partitions the page needs one by one: those drawing lanes, and those a selected sink or processor
// reads, whose per-partition lags its inspector shows (the committed offset and the position against the high
// watermark). A pattern subscription's topics are not named by edges and stay summed up unless their lanes show.
import type { PipelineDocument } from '../engine';

export function detailTopics(
  doc: PipelineDocument,
  laneTopics: readonly string[],
  selection: readonly string[],
): string[] {
  const out = [...laneTopics];
  const byId = new Map(doc.nodes.map((n) => [n.id, n]));
  for (const id of selection) {
    const node = byId.get(id);
    if (!node || (node.kind !== 'sink' && node.kind !== 'processor')) continue;
    for (const e of doc.edges) {
      const from = e.to === id ? byId.get(e.from) : undefined;
      if (from?.kind === 'topic' && !out.includes(from.name)) out.push(from.name);
    }
  }
  return out;
}
