// Follows Kafka's UnifiedLog.deleteOldSegments: deletableSegments under each SegmentDeletionReason's predicate, then deleteSegments.

import { deletesOnRetention, type LogConfig } from './logConfig';
import type { LogSegments } from './segments';

/** What retention needs of the log besides its segments. */
export interface RetainedLog {
  readonly logStartOffset: number;
  readonly logEndOffset: number;
  /** UnifiedLog.maybeIncrementLogStartOffset: deleting segments moves the log start offset through it. */
  maybeIncrementLogStartOffset(newLogStartOffset: number): boolean;
}

/**
 * Why a segment is deleted, named after Kafka's SegmentDeletionReason classes. The order of the values is the
 * order in which UnifiedLog.deleteOldSegments() applies them.
 */
export const RetentionRule = {
  /** StartOffsetBreach: the whole segment lies below the log start offset (after DeleteRecords). */
  LogStartOffsetBreach: 0,
  /** RetentionSizeBreach: `retention.bytes`. */
  RetentionSizeBreach: 1,
  /** RetentionMsBreach: `retention.ms`. */
  RetentionMsBreach: 2,
} as const;
export type RetentionRule = (typeof RetentionRule)[keyof typeof RetentionRule];

/**
 * The retention of one log (UnifiedLog.deleteOldSegments, run every `log.retention.check.interval.ms`): deletes its
 * oldest segments while a rule says they breach, and moves the log start offset past them.
 */
export class LogRetention {
  constructor(
    private readonly log: RetainedLog,
    private readonly segments: LogSegments,
  ) {}

  /**
   * UnifiedLog.deleteOldSegments: with `cleanup.policy` containing `delete`, delete segments breaching the log
   * start offset, then `retention.bytes`, then `retention.ms`; otherwise only those breaching the log start
   * offset. Segments at or above `highWatermark` are never deleted. Returns the number of segments deleted.
   */
  deleteOldSegments(config: LogConfig, nowMs: number, highWatermark: number): number {
    const lso = this.log.logStartOffset;
    let deleted = this.deleteBreaching(RetentionRule.LogStartOffsetBreach, lso, nowMs, highWatermark);
    if (deletesOnRetention(config.cleanupPolicy)) {
      const { retentionBytes, retentionMs } = config;
      deleted += this.deleteBreaching(
        RetentionRule.RetentionSizeBreach,
        retentionBytes,
        nowMs,
        highWatermark,
      );
      deleted += this.deleteBreaching(RetentionRule.RetentionMsBreach, retentionMs, nowMs, highWatermark);
    }
    return deleted;
  }

  /** One of deleteOldSegments' rules: the segments it finds deletable go. */
  private deleteBreaching(rule: RetentionRule, limit: number, nowMs: number, highWatermark: number): number {
    const k = deletableCount(this.segments, rule, limit, nowMs, highWatermark, this.log.logEndOffset);
    return k > 0 ? this.deleteSegments(k, nowMs) : 0;
  }

  /**
   * UnifiedLog.deleteSegments: "we must always have at least one segment, so if we are going to delete all the
   * segments, create a new one first" (roll at the log end offset; if the last deletable segment was the empty
   * active segment at that offset, it was recreated and is not deleted). Then the log start offset moves to the
   * base offset of the segment after the last deleted one, and the segments are removed.
   */
  private deleteSegments(numToDelete: number, nowMs: number): number {
    const segs = this.segments;
    const logEndOffset = this.log.logEndOffset;
    let toDelete = numToDelete;
    if (segs.count() === numToDelete) {
      const lastDeletableBase = segs.baseOffset(numToDelete - 1);
      segs.roll(logEndOffset, nowMs);
      if (lastDeletableBase === logEndOffset) toDelete--;
    }
    if (toDelete > 0) {
      // localLog.segments.higherSegment(segmentsToDelete.last.baseOffset).baseOffset
      this.log.maybeIncrementLogStartOffset(segs.baseOffset(toDelete));
      segs.removeOldest(toDelete);
    }
    return numToDelete;
  }
}

/**
 * UnifiedLog.deletableSegments with one of deleteOldSegments' predicates: how many of the oldest segments
 * may be deleted. Walks from the oldest segment and stops at the first that is not deletable. A segment is
 * deletable when
 *   - highWatermark >= its upper bound offset (the next segment's base offset, or the log end offset for the
 *     active segment): nothing at or above the high watermark is deleted, so logStartOffset <= HW;
 *   - the rule's predicate holds;
 *   - it is not the last segment while empty ("a final segment that is empty will never be returned").
 * `limit` is the log start offset, `retention.bytes` or `retention.ms`, depending on `rule`.
 * The active segment can be included; the caller then rolls first (UnifiedLog.deleteSegments).
 */
export function deletableCount(
  segments: LogSegments,
  rule: RetentionRule,
  limit: number,
  nowMs: number,
  highWatermark: number,
  logEndOffset: number,
): number {
  const totalBytes = segments.sizeInBytes();
  let diff = 0;
  if (rule === RetentionRule.RetentionSizeBreach) {
    // deleteRetentionSizeBreachedSegments: if (retentionSize < 0 || size < retentionSize) return 0
    if (limit < 0 || totalBytes < limit) return 0;
    diff = totalBytes - limit;
  } else if (rule === RetentionRule.RetentionMsBreach) {
    // deleteRetentionMsBreachedSegments: if (retentionMs < 0) return 0
    if (limit < 0) return 0;
  }
  const n = segments.count();
  let k = 0;
  for (let i = 0; i < n; i++) {
    const isLast = i === n - 1;
    const size = segments.bytes(i);
    const isLastSegmentAndEmpty = isLast && size === 0;
    const upperBoundOffset = isLast ? logEndOffset : segments.baseOffset(i + 1);
    let predicateResult = false;
    if (highWatermark >= upperBoundOffset) {
      if (rule === RetentionRule.LogStartOffsetBreach) {
        // nextSegmentOpt.exists(_.baseOffset <= logStartOffset)
        predicateResult = !isLast && segments.baseOffset(i + 1) <= limit;
      } else if (rule === RetentionRule.RetentionSizeBreach) {
        // diff - segmentSize >= 0, then diff -= segmentSize
        predicateResult = diff - size >= 0;
        if (predicateResult) diff -= size;
      } else {
        // startMs - segment.largestTimestamp > retentionMs
        predicateResult = nowMs - segments.largestTimestamp(i) > limit;
      }
    }
    if (predicateResult && !isLastSegmentAndEmpty) k++;
    else break;
  }
  return k;
}
