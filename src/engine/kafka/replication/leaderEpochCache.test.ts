// Pins LeaderEpochFileCache (KIP-101/279) with the cases of Kafka's own LeaderEpochFileCacheTest.
import { describe, expect, it } from 'vitest';
import { LeaderEpochCache, UNDEFINED_EPOCH, UNDEFINED_EPOCH_OFFSET } from './leaderEpochCache';

function cache(...entries: [number, number][]): LeaderEpochCache {
  const c = new LeaderEpochCache();
  for (const [e, s] of entries) c.assign(e, s);
  return c;
}

function endOffsetFor(c: LeaderEpochCache, epoch: number, logEndOffset: number): [number, number] {
  c.endOffsetFor(epoch, logEndOffset);
  return [c.foundEpoch, c.foundOffset];
}

describe('LeaderEpochCache.assign', () => {
  it('does not move an epoch once assigned (shouldNotOverwriteLogEndOffsetForALeaderEpochOnceItHasBeenAssigned)', () => {
    expect(cache([2, 9], [2, 10]).entries()).toEqual([[2, 9]]);
    expect(cache([2, 6], [2, 7]).entries()).toEqual([[2, 6]]);
  });

  it('keeps start offsets increasing (shouldEnforceMonotonicallyIncreasingStartOffsets, ...OffsetsIncreaseMonotonically)', () => {
    expect(cache([2, 9], [3, 9]).entries()).toEqual([[3, 9]]);
    expect(cache([2, 6], [3, 5]).entries()).toEqual([[3, 5]]);
  });

  it('drops later epochs when an older epoch comes back (shouldEnforceMonotonicallyIncreasingEpochs)', () => {
    const c = cache([1, 5], [2, 6], [1, 7]);
    expect(c.entries()).toEqual([[1, 7]]);
    expect(c.latestEpoch()).toBe(1);
    expect(endOffsetFor(c, 1, 8)).toEqual([1, 8]);
    expect(endOffsetFor(c, 2, 8)).toEqual([UNDEFINED_EPOCH, UNDEFINED_EPOCH_OFFSET]);
  });

  it('moves an epoch earlier when the same epoch arrives at a smaller offset (shouldTruncateIfMatchingEpochButEarlierStartingOffset)', () => {
    const c = cache([5, 11], [6, 12], [7, 13], [7, 12]);
    expect(c.entries()).toEqual([
      [5, 11],
      [7, 12],
    ]);
    expect(endOffsetFor(c, 5, 0)).toEqual([5, 12]);
    expect(endOffsetFor(c, 6, 0)).toEqual([5, 12]);
  });

  it('rejects negative epochs and offsets', () => {
    expect(() => cache([-1, 0])).toThrow(RangeError);
    expect(() => cache([0, -1])).toThrow(RangeError);
  });
});

describe('LeaderEpochCache.endOffsetFor', () => {
  it('answers the log end offset for the latest epoch', () => {
    expect(endOffsetFor(cache([2, 10]), 2, 11)).toEqual([2, 11]);
    expect(endOffsetFor(cache([2, 11], [2, 12]), 2, 20)).toEqual([2, 20]);
  });

  it('answers undefined for an undefined epoch, an empty cache, or an epoch past the latest', () => {
    expect(endOffsetFor(cache([2, 11], [3, 12]), UNDEFINED_EPOCH, 0)).toEqual([
      UNDEFINED_EPOCH,
      UNDEFINED_EPOCH_OFFSET,
    ]);
    expect(endOffsetFor(cache(), 0, 0)).toEqual([UNDEFINED_EPOCH, UNDEFINED_EPOCH_OFFSET]);
    expect(endOffsetFor(cache([2, 100]), 3, 100)).toEqual([UNDEFINED_EPOCH, UNDEFINED_EPOCH_OFFSET]);
  });

  it('answers the first start offset for an epoch older than all (shouldReturnFirstEpochIfRequestedEpochLessThanFirstEpoch)', () => {
    expect(endOffsetFor(cache([5, 11], [6, 12], [7, 13]), 4, 0)).toEqual([4, 11]);
  });

  it('answers the largest epoch not above the request and the start of the next (shouldReturnNextAvailableEpoch...)', () => {
    const c = cache([0, 10], [2, 13], [4, 17]);
    expect(endOffsetFor(c, 1, 0)).toEqual([0, 13]);
    expect(endOffsetFor(c, 2, 0)).toEqual([2, 17]);
    expect(endOffsetFor(c, 3, 0)).toEqual([2, 17]);
    expect(endOffsetFor(cache([1, 11], [1, 12], [2, 13], [2, 14], [3, 15], [3, 16]), 2, 17)).toEqual([2, 15]);
  });

  it('tracks a follower receiving many batches (shouldIncreaseAndTrackEpochsAsFollowerReceivesManyMessages)', () => {
    const c = cache([0, 0], [0, 1], [0, 2], [1, 3], [1, 4], [1, 5], [2, 6], [2, 7], [2, 8]);
    expect(c.entries()).toEqual([
      [0, 0],
      [1, 3],
      [2, 6],
    ]);
    expect(endOffsetFor(c, 2, 9)).toEqual([2, 9]);
    expect(endOffsetFor(c, 0, 9)).toEqual([0, 3]);
    expect(endOffsetFor(c, 1, 9)).toEqual([1, 6]);
  });
});

describe('LeaderEpochCache.truncateFromEnd and lookups', () => {
  it('drops entries starting at or after the cut (shouldDropEntriesOnEpochBoundaryWhenRemovingLatestEntries)', () => {
    const c = cache([2, 6], [3, 8], [4, 11]);
    c.truncateFromEnd(8);
    expect(c.entries()).toEqual([[2, 6]]);
  });

  it('gives the epoch of each offset', () => {
    const c = cache([0, 0], [2, 10], [5, 12]);
    expect([
      c.epochForOffset(0),
      c.epochForOffset(9),
      c.epochForOffset(10),
      c.epochForOffset(11),
      c.epochForOffset(99),
    ]).toEqual([0, 0, 2, 2, 5]);
    expect(cache([3, 4]).epochForOffset(2)).toBe(UNDEFINED_EPOCH);
  });
});
