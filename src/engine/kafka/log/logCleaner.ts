// Follows Kafka's Cleaner (doClean, buildOffsetMap, groupSegmentsBySize, cleanSegments, cleanInto, shouldRetainRecord) and LogCleanerManager's cleaner checkpoint (Kafka 4.0).

import { DeleteHorizons } from './deleteHorizons';
import type { LogConfig } from './logConfig';
import { logToClean, needsCleaning } from './logCleanerManager';
import { OffsetMap } from './offsetMap';
import {
  FLAG_BATCH_DELETED,
  FLAG_BATCH_START,
  FLAG_REMOVED,
  FLAG_TOMBSTONE,
  RECORD_BATCH_OVERHEAD,
} from './recordBatch';
import type { RecordRing } from './recordRing';
import type { LogSegments } from './segments';

/** Largest offset delta a cleaned segment's offset index can hold (Int.MaxValue in groupSegmentsBySize). */
const MAX_RELATIVE_OFFSET = 2147483647;

/**
 * A cleaner thread has one dedupe buffer and cleans one log at a time; passes here run one at a time too, so
 * every log shares this map.
 */
const offsetMap = new OffsetMap();

/**
 * The log cleaner of one compacted log: its checkpoint and the cleaning pass.
 *
 * A pass (Cleaner.doClean) maps every key of the dirty section [first dirty offset, first uncleanable offset) to
 * its latest offset, then rewrites every segment below the first uncleanable offset, keeping a record when it is
 * the latest for its key (or its key is not in the map) and, for a tombstone, while its delete horizon has not
 * passed. Records are never re-offset: a removed record leaves a gap (FLAG_REMOVED). A batch left without records
 * loses its header too, except the last batch of the pass, which stays as an empty batch so its last offset is
 * not lost (BatchRetention.RETAIN_EMPTY). Adjacent cleaned segments are merged while they fit in `segment.bytes`
 * (groupSegmentsBySize). The checkpoint then moves to the first uncleanable offset.
 *
 * Only records in the log's window have known keys and flags. The cleaner neither maps nor removes records
 * outside it: they stay in the log uncompacted, and a segment reaching outside the window keeps its
 * timestamps. Not modelled: transactions (aborted batches, markers), the batch Kafka keeps as an empty batch to
 * hold an idempotent producer's last sequence, and a full dedupe buffer (the window is far smaller).
 */
export class LogCleaner {
  /** The cleaner checkpoint (cleaner-offset-checkpoint). */
  private checkpoint: number;
  private readonly horizons = new DeleteHorizons();
  // What the per-segment steps found, kept in fields so each step stays small.
  private removedRecords = 0;
  private removedBytes = 0;
  private tombstonesWithoutHorizon = false;
  private keptMaxTimestamp = -1;
  private keptFirstTimestamp = -1;

  constructor(
    private readonly ring: RecordRing,
    private readonly segments: LogSegments,
    logStartOffset: number,
  ) {
    this.checkpoint = logStartOffset;
  }

  /** Where the dirty section starts: records below it have been through a pass. */
  get firstDirtyOffset(): number {
    return this.checkpoint;
  }

  /**
   * One run of the cleaner thread for this log (CleanerThread.cleanFilthiestLog): when the dirty ratio is above
   * `min.cleanable.dirty.ratio`, clean it. Returns the number of records removed.
   */
  clean(
    logStartOffset: number,
    windowStartOffset: number,
    logEndOffset: number,
    highWatermark: number,
    config: LogConfig,
    nowMs: number,
  ): number {
    const toClean = logToClean(
      this.segments,
      this.checkpoint,
      logStartOffset,
      logEndOffset,
      highWatermark,
      nowMs,
      config.minCompactionLagMs,
    );
    this.checkpoint = toClean.firstDirtyOffset; // forceUpdateCheckpoint when it was reset
    this.horizons.dropBelow(windowStartOffset);
    if (!needsCleaning(toClean, config.minCleanableDirtyRatio)) return 0;
    const endOffset = toClean.firstUncleanableOffset;
    const removed = this.doClean(toClean.firstDirtyOffset, endOffset, windowStartOffset, config, nowMs);
    this.checkpoint = endOffset; // LogCleanerManager.doneCleaning
    return removed;
  }

  /** LogCleanerManager.maybeTruncateCheckpoint: the log was truncated to `offset`. */
  truncateTo(offset: number): void {
    if (this.checkpoint > offset) this.checkpoint = offset;
    this.horizons.truncateTo(offset);
  }

  /**
   * Cleaner.doClean over [0, endOffset), with the dirty section from `firstDirty`. `endOffset` is a segment's base
   * offset (the map is never full, so it is the first uncleanable offset).
   */
  private doClean(
    firstDirty: number,
    endOffset: number,
    windowStart: number,
    config: LogConfig,
    nowMs: number,
  ): number {
    this.buildOffsetMap(firstDirty > windowStart ? firstDirty : windowStart, endOffset);
    const segs = this.segments;
    const count = segs.indexOf(endOffset);
    const groups = groupSegmentsBySize(segs, count, config.segmentBytes);
    let removed = 0;
    let retainedNewTombstones = false;
    for (let i = 0; i < count; i++) {
      const base = segs.baseOffset(i);
      const end = segs.baseOffset(i + 1);
      const from = base > windowStart ? base : windowStart;
      if (from >= end) continue; // wholly outside the window: nothing known to clean
      this.filterRecords(from, end, nowMs);
      const headers = this.dropEmptyBatches(from, end, endOffset);
      const bytes = this.removedBytes;
      segs.removeCleaned(i, this.removedRecords, bytes, bytes + headers * RECORD_BATCH_OVERHEAD);
      removed += this.removedRecords;
      if (this.tombstonesWithoutHorizon) retainedNewTombstones = true;
      if (from === base) segs.setCleanedTimestamps(i, this.keptMaxTimestamp, this.keptFirstTimestamp);
    }
    // LocalLog.replaceSegments per group, newest group first so the older groups' indexes hold.
    for (let g = groups.length - 1; g >= 0; g -= 2) segs.merge(groups[g - 1]!, groups[g]!);
    // MemoryRecords.filterTo: a retained batch with tombstones and no delete horizon gets now + delete.retention.ms.
    if (retainedNewTombstones) this.horizons.add(endOffset, nowMs + config.deleteRetentionMs);
    return removed;
  }

  /** Cleaner.buildOffsetMap: key => latest offset over the dirty records in [from, to). */
  private buildOffsetMap(from: number, to: number): void {
    const { mask, keys, flags } = this.ring;
    offsetMap.clear();
    for (let o = from; o < to; o++) {
      const slot = o & mask;
      const key = keys[slot]!;
      if (key >= 0 && (flags[slot]! & FLAG_REMOVED) === 0) offsetMap.put(key, o);
    }
  }

  /**
   * Cleaner.shouldRetainRecord for each record in [from, to) still in the log: marks the ones that go as removed
   * and counts them in `removedRecords` and `removedBytes`. A record without a key is never retained; a record is
   * retained when its offset is at least the map's offset for its key (-1 when absent), and a tombstone while it
   * has no delete horizon yet or the horizon is still ahead (`currentTime < deleteHorizonMs`).
   */
  private filterRecords(from: number, to: number, nowMs: number): void {
    const { mask, keys, sizes, flags } = this.ring;
    let removed = 0;
    let bytes = 0;
    let withoutHorizon = false;
    for (let o = from; o < to; o++) {
      const slot = o & mask;
      const f = flags[slot]!;
      if ((f & FLAG_REMOVED) !== 0) continue;
      const key = keys[slot]!;
      let retain = key >= 0 && o >= offsetMap.get(key);
      if (retain && (f & FLAG_TOMBSTONE) !== 0) {
        const horizon = this.horizons.horizonAt(o);
        if (horizon < 0) withoutHorizon = true;
        else retain = nowMs < horizon;
      }
      if (retain) continue;
      flags[slot] = f | FLAG_REMOVED;
      removed++;
      bytes += sizes[slot]!;
    }
    this.removedRecords = removed;
    this.removedBytes = bytes;
    this.tombstonesWithoutHorizon = withoutHorizon;
  }

  /**
   * The batch step of MemoryRecords.filterTo for the batches that start in [from, to): a batch with no record
   * left is deleted with its header (DELETE_EMPTY), unless it ends at `endOffset`, the end of the pass
   * (RETAIN_EMPTY). Returns the number of headers deleted. Also gathers the kept batches' timestamps: a batch's max
   * timestamp is over its kept records, or over all of them for an empty batch kept whole.
   */
  private dropEmptyBatches(from: number, to: number, endOffset: number): number {
    const { mask, timestamps, flags } = this.ring;
    let headers = 0;
    let maxTs = -1;
    let firstTs = -1;
    let keptBatches = 0;
    let o = from;
    // Records of a batch that started before the window: its header is outside, and stays.
    while (o < to && (flags[o & mask]! & FLAG_BATCH_START) === 0) o++;
    while (o < to) {
      const start = o;
      let keptMax = -1;
      let allMax = -1;
      let kept = false;
      do {
        const slot = o & mask;
        const ts = timestamps[slot]!;
        if (ts > allMax) allMax = ts;
        if ((flags[slot]! & FLAG_REMOVED) === 0) {
          kept = true;
          if (ts > keptMax) keptMax = ts;
        }
        o++;
      } while (o < to && (flags[o & mask]! & FLAG_BATCH_START) === 0);
      const startSlot = start & mask;
      if ((flags[startSlot]! & FLAG_BATCH_DELETED) !== 0) continue;
      if (!kept && o !== endOffset) {
        flags[startSlot] = flags[startSlot]! | FLAG_BATCH_DELETED;
        headers++;
        continue;
      }
      const batchMax = kept ? keptMax : allMax;
      if (batchMax > maxTs) maxTs = batchMax;
      if (keptBatches++ === 0) firstTs = batchMax;
    }
    this.keptMaxTimestamp = maxTs;
    this.keptFirstTimestamp = firstTs;
    return headers;
  }
}

/**
 * Cleaner.groupSegmentsBySize over the `count` oldest segments, by their sizes before this pass: a group grows
 * while its bytes stay within `segment.bytes` and its offsets within an offset index (an empty segment always
 * joins). The index-size limits are left out: with 8 and 12 bytes per 4096 bytes of log, a 10 MiB index is never
 * full before a 2 GiB segment is. Returns the groups as flat (first index, length) pairs, oldest first.
 */
export function groupSegmentsBySize(segments: LogSegments, count: number, maxSize: number): number[] {
  const groups: number[] = [];
  let i = 0;
  while (i < count) {
    const first = i;
    const groupBase = segments.baseOffset(i);
    let logSize = segments.bytes(i);
    i++;
    // lastOffsetForFirstSegment: the next segment's base offset - 1 (after the last one comes the first
    // uncleanable segment).
    while (
      i < count &&
      logSize + segments.bytes(i) <= maxSize &&
      (segments.bytes(i) === 0 || segments.baseOffset(i + 1) - 1 - groupBase <= MAX_RELATIVE_OFFSET)
    ) {
      logSize += segments.bytes(i);
      i++;
    }
    groups.push(first, i - first);
  }
  return groups;
}
