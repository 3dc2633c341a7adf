// Follows Kafka's AbstractFetcherThread truncation by leader epoch (KIP-101, KIP-279, KIP-320) and UnifiedLog.appendAsFollower / truncateTo.

import { UNDEFINED_EPOCH, UNDEFINED_EPOCH_OFFSET } from './leaderEpochCache';
import type { PartitionState } from './partitionState';

/**
 * The leader validates the follower's last fetched epoch (KIP-320): when the logs diverge (Partition.readRecords
 * returns a diverging epoch) or the follower is ahead, the follower truncates and this fetch ends without records.
 * Returns true when the fetch ends here.
 */
export function truncateIfDiverging(
  s: PartitionState,
  f: number,
  l: number,
  leaderLeo: number,
  fetchOffset: number,
): boolean {
  const lastFetchedEpoch = s.cacheOf(f).latestEpoch();
  if (lastFetchedEpoch !== UNDEFINED_EPOCH) {
    const leaderCache = s.cacheOf(l);
    leaderCache.endOffsetFor(lastFetchedEpoch, leaderLeo);
    const epochEnd = leaderCache.foundOffset;
    const epochFound = leaderCache.foundEpoch;
    if (epochEnd === UNDEFINED_EPOCH_OFFSET || epochFound === UNDEFINED_EPOCH) {
      // OffsetOutOfRange; fetchOffsetAndTruncate: a follower ahead of the leader cuts back to the leader's end.
      if (leaderLeo < fetchOffset) truncateTo(s, f, leaderLeo);
      return true;
    }
    if (epochFound < lastFetchedEpoch || epochEnd < fetchOffset) {
      truncateOnDivergence(s, f, epochFound, epochEnd);
      return true;
    }
  } else if (fetchOffset > leaderLeo) {
    truncateTo(s, f, leaderLeo);
    return true;
  }
  return false;
}

/** Appends the leader's records [from, to) to follower f, with their epochs (UnifiedLog.appendAsFollower). */
export function copyRecords(s: PartitionState, l: number, f: number, from: number, to: number): void {
  const leaderCache = s.cacheOf(l);
  const followerCache = s.cacheOf(f);
  let k = leaderCache.indexForOffset(from);
  if (k < 0) k = 0;
  for (; k < leaderCache.size; k++) {
    const start = leaderCache.startOffsetAt(k);
    if (start >= to) break;
    // Each batch assigns its epoch at its base offset; only epochs that have records in [from, to) reach the follower.
    const next = k + 1 < leaderCache.size ? leaderCache.startOffsetAt(k + 1) : Infinity;
    const lo = start > from ? start : from;
    const hi = next < to ? next : to;
    if (lo < hi) followerCache.assign(leaderCache.epochAt(k), lo);
  }
  s.leo[f] = to;
}

/** AbstractFetcherThread.getOffsetTruncationState for a diverging epoch (epoch, endOffset) from the leader. */
function truncateOnDivergence(
  s: PartitionState,
  f: number,
  leaderEpoch: number,
  leaderEndOffset: number,
): void {
  const cache = s.cacheOf(f);
  const replicaEnd = s.leo[f] ?? 0;
  cache.endOffsetFor(leaderEpoch, replicaEnd);
  let target: number;
  if (cache.foundOffset === UNDEFINED_EPOCH_OFFSET) {
    // The follower tracks no epoch that old: the leader's offset is safe.
    target = Math.min(leaderEndOffset, replicaEnd);
  } else if (cache.foundEpoch !== leaderEpoch) {
    // The follower does not know the leader's epoch: cut to the end of its own largest older epoch and ask again.
    target = Math.min(cache.foundOffset, replicaEnd);
  } else {
    target = Math.min(cache.foundOffset, leaderEndOffset, replicaEnd);
  }
  truncateTo(s, f, target);
}

/** UnifiedLog.truncateTo: cut the log, its epoch entries and its high watermark. */
function truncateTo(s: PartitionState, f: number, offset: number): void {
  const end = s.leo[f] ?? 0;
  const cache = s.cacheOf(f);
  if (offset >= end) {
    // Still drop an epoch entry with no records after it (a leader that wrote nothing in its epoch).
    cache.truncateFromEnd(end);
    return;
  }
  s.events.push({
    type: 'truncated',
    brokerId: s.replicas[f] ?? -1,
    fromOffset: offset,
    toOffset: end,
  });
  s.leo[f] = offset;
  cache.truncateFromEnd(offset);
  s.truncatedTo[f] = offset;
  s.truncatedFrom[f] = end;
  s.truncatedEpoch[f] = cache.latestEpoch();
  if ((s.hw[f] ?? 0) > offset) s.hw[f] = offset;
}
