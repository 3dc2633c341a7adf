import { describe, expect, it } from 'vitest';
import { edits, type PipelineDocument } from '../../engine';
import { fewestPartitions, partitionGrowth } from './partitionGrowth';

function topicWith(partitions: number): PipelineDocument {
  const { doc, id } = edits.addNode(edits.emptyDocument(), 'topic', { x: 0, y: 0 });
  const updated = edits.updateConfig(doc, id, { partitions });
  if (!updated.ok) throw new Error(updated.error);
  return updated.doc;
}

describe('partitions added to a topic', () => {
  it('are found against the fewest the topic had in the undo history', () => {
    const history = [edits.emptyDocument(), topicWith(3), topicWith(6)];
    expect(fewestPartitions(history, 'topic-1')).toBe(3);
    expect(fewestPartitions(history, 'topic-9')).toBeUndefined();
  });

  it('warn from the earliest count known to the current one, and not when nothing grew', () => {
    expect(partitionGrowth([3, 4], 6)).toEqual({ from: 3, to: 6 });
    expect(partitionGrowth([undefined, 6], 6)).toBeNull();
    expect(partitionGrowth([undefined, undefined], 6)).toBeNull();
  });
});
