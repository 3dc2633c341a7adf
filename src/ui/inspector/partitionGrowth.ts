import type { PipelineDocument } from '../../engine';

/** The fewest partitions the topic had in the undo history, or undefined when it was not there. */
export function fewestPartitions(history: readonly PipelineDocument[], topicId: string): number | undefined {
  let fewest: number | undefined;
  for (const doc of history) {
    const node = doc.nodes.find((n) => n.id === topicId);
    if (node?.kind === 'topic' && (fewest === undefined || node.config.partitions < fewest))
      fewest = node.config.partitions;
  }
  return fewest;
}

/** Whether the topic has more partitions now than it had before: from how many to how many. */
export function partitionGrowth(
  before: readonly (number | undefined)[],
  now: number,
): { from: number; to: number } | null {
  const known = before.filter((n): n is number => n !== undefined);
  if (known.length === 0) return null;
  const from = Math.min(...known);
  return now > from ? { from, to: now } : null;
}
