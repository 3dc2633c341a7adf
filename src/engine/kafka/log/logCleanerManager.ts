// Follows Kafka's LogCleanerManager (cleanableOffsets, calculateCleanableBytes, grabFilthiestCompactedLog) and LogToClean (Kafka 4.0).

import type { LogSegments } from './segments';

/** LogToClean: the range one cleaning pass would clean, and the sizes its dirty ratio is made of. */
export interface LogToClean {
  /** Where the dirty section starts: the cleaner checkpoint, or the log start offset when that is invalid. */
  readonly firstDirtyOffset: number;
  /** The base offset of the first segment that cannot be cleaned: the pass cleans everything below it. */
  readonly firstUncleanableOffset: number;
  /** cleanBytes: the bytes of the segments that start below the first dirty offset. */
  readonly cleanBytes: number;
  /** cleanableBytes: the bytes of the segments from the one holding the first dirty offset to the first uncleanable. */
  readonly cleanableBytes: number;
}

/**
 * LogCleanerManager.cleanableOffsets then calculateCleanableBytes. The first dirty offset is the checkpoint,
 * reset to the log start offset when it is below it or above the log end offset. Nothing is cleaned at or beyond
 *   - the last stable offset (without transactions, the high watermark),
 *   - the active segment's base offset,
 *   - with `min.compaction.lag.ms` > 0, the base offset of the first dirty non-active segment whose largest
 *     timestamp is newer than now - min.compaction.lag.ms,
 * and the result is rounded down to the base offset of the segment that holds it.
 */
export function logToClean(
  segments: LogSegments,
  checkpoint: number,
  logStartOffset: number,
  logEndOffset: number,
  lastStableOffset: number,
  nowMs: number,
  minCompactionLagMs: number,
): LogToClean {
  const firstDirty = checkpoint < logStartOffset || checkpoint > logEndOffset ? logStartOffset : checkpoint;
  const active = segments.count() - 1;
  const activeBase = segments.baseOffset(active);
  let uncleanable = lastStableOffset < activeBase ? lastStableOffset : activeBase;
  if (minCompactionLagMs > 0) {
    // nonActiveLogSegmentsFrom(firstDirtyOffset).find(s => s.largestTimestamp > now - minCompactionLagMs)
    for (let i = floorIndex(segments, firstDirty); i < active; i++) {
      if (segments.largestTimestamp(i) > nowMs - minCompactionLagMs) {
        const base = segments.baseOffset(i);
        if (base < uncleanable) uncleanable = base;
        break;
      }
    }
  }
  if (uncleanable < firstDirty) uncleanable = firstDirty;
  // calculateCleanableBytes: nonActiveLogSegmentsFrom(uncleanableOffset).headOption.getOrElse(activeSegment)
  const u = uncleanable >= activeBase ? active : floorIndex(segments, uncleanable);
  const firstUncleanable = segments.baseOffset(u);
  // logSegments(-1, firstDirtyOffset): the segments that start below it.
  let cleanBytes = 0;
  for (let i = 0; i <= active && segments.baseOffset(i) < firstDirty; i++) cleanBytes += segments.bytes(i);
  // logSegments(min(firstDirtyOffset, firstUncleanableOffset), firstUncleanableOffset)
  let cleanableBytes = 0;
  if (firstDirty < firstUncleanable) {
    for (let i = floorIndex(segments, firstDirty); i < u; i++) cleanableBytes += segments.bytes(i);
  }
  return {
    firstDirtyOffset: firstDirty,
    firstUncleanableOffset: firstUncleanable,
    cleanBytes,
    cleanableBytes,
  };
}

/** LogToClean.cleanableRatio: cleanable bytes over all the bytes it is measured against; 0 for an empty log. */
export function cleanableRatio(log: LogToClean): number {
  const total = log.cleanBytes + log.cleanableBytes;
  return total > 0 ? log.cleanableBytes / total : 0;
}

/**
 * grabFilthiestCompactedLog's test for one log: it has bytes and `cleanableRatio > min.cleanable.dirty.ratio`
 * (strictly: a log exactly at the ratio waits). max.compaction.lag.ms (needCompactionNow) is not modelled: its
 * default, Long.MAX_VALUE, never forces a pass.
 */
export function needsCleaning(log: LogToClean, minCleanableDirtyRatio: number): boolean {
  return log.cleanBytes + log.cleanableBytes > 0 && cleanableRatio(log) > minCleanableDirtyRatio;
}

/** LogSegments.floorSegment as an index, or the oldest segment when `offset` is below it (values(from, to)). */
function floorIndex(segments: LogSegments, offset: number): number {
  const i = segments.indexOf(offset);
  return i < 0 ? 0 : i;
}
