import type { PipelineDocument, Refusal } from '../engine';

const same = (a: Refusal, b: Refusal) =>
  a.node === b.node && a.setting === b.setting && a.message === b.message;

/**
 * What to tell the person of the refusals that came with an update: only the new ones (every later
 * update repeats the ones still in force), each naming its topic. Null when nothing is new.
 * "Topic payments: partitions cannot be reduced (Kafka never shrinks a topic): the running topic keeps 5;
 * Reset to start with 3".
 */
export function refusalNotice(
  before: readonly Refusal[],
  now: readonly Refusal[],
  doc: PipelineDocument,
): string | null {
  const fresh = now.filter((r) => !before.some((b) => same(b, r)));
  if (fresh.length === 0) return null;
  return fresh
    .map((r) => {
      const node = r.node === null ? undefined : doc.nodes.find((n) => n.id === r.node);
      const text = node ? `Topic ${node.name}: ${r.message}` : r.message;
      return text.charAt(0).toUpperCase() + text.slice(1);
    })
    .join('. ');
}
