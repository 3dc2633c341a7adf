// Follows Kafka's UnifiedLog (append, maybeRoll, deleteOldSegments, deleteSegments, maybeIncrementLogStartOffset) over LocalLog.

import { deletesOnRetention, logConfig, type LogConfig } from './logConfig';
import {
  BATCH_BASE_OFFSET,
  BATCH_BYTES,
  BATCH_MAX_TIMESTAMP,
  BATCH_NOW,
  BATCH_RECORD_BYTES,
  BATCH_RECORDS,
  BATCH_SEGMENT_BYTES,
  BATCH_SEGMENT_MS,
  LogSegments,
  RetentionRule,
} from './segments';

/** DefaultRecordBatch.RECORD_BATCH_OVERHEAD: the bytes of a v2 RecordBatch header. */
export const RECORD_BATCH_OVERHEAD = 61;

/** What `appendBatch` returns when the batch is larger than `segment.bytes` (RecordBatchTooLargeException). */
export const APPEND_REJECTED_BATCH_TOO_LARGE = -1;

/** The typed-array bytes the log keeps per retained record: offset f64 + timestamp f64 + key i32 + size i32. */
export const RETAINED_BYTES_PER_RECORD = 24;

/** Largest ring the log accepts: slots are computed with 32-bit `&`. */
const MAX_CAPACITY = 1 << 30;

/**
 * The log of one partition.
 *
 * Offsets start at 0 and are never reused. Record details (offset, timestamp, key id, size) are kept
 * column-wise in a ring of `capacity` slots (a power of two; slot = offset & mask), so memory stays flat.
 * Records that fell out of the ring but are still in the log (offset >= logStartOffset) are known only
 * through their segment: their size reads as the segment's average record size, their key as -1 and their
 * timestamp as an estimate interpolated inside the segment.
 *
 * Appending a batch allocates nothing; segment rolls allocate only when the segment ring must grow.
 * Retention runs only when the caller calls `applyRetention` (every `log.retention.check.interval.ms`).
 *
 * Sizes: record sizes are the caller's per-record sizes; segment sizes (`segmentBytes`, `sizeInBytes`) are the
 * on-disk batch sizes the caller passes as `batchBytes` (records plus RECORD_BATCH_OVERHEAD per batch).
 */
export class PartitionLog {
  readonly config: LogConfig;
  /** Ring capacity: the number of most recent records whose details are kept. */
  readonly capacity: number;
  private readonly mask: number;
  private readonly offsets: Float64Array;
  private readonly timestamps: Float64Array;
  private readonly keys: Int32Array;
  private readonly sizes: Int32Array;
  private readonly segments: LogSegments;
  private leo = 0;
  private lso = 0;
  // Scratch arrays for `append`, so a one-record batch allocates nothing.
  private readonly oneTs = new Float64Array(1);
  private readonly oneKey = new Int32Array(1);
  private readonly oneSize = new Int32Array(1);

  constructor(capacity: number, config: Partial<LogConfig> = {}, nowMs = 0) {
    if (!(capacity >= 1 && capacity <= MAX_CAPACITY)) {
      throw new RangeError(`capacity must be in [1, ${MAX_CAPACITY}], got ${capacity}`);
    }
    let cap = 1;
    while (cap < capacity) cap *= 2;
    this.capacity = cap;
    this.mask = cap - 1;
    this.offsets = new Float64Array(cap);
    this.timestamps = new Float64Array(cap);
    this.keys = new Int32Array(cap);
    this.sizes = new Int32Array(cap);
    this.config = logConfig(config);
    this.segments = new LogSegments(0, nowMs);
  }

  /** The offset the next record will get (LEO). */
  get logEndOffset(): number {
    return this.leo;
  }

  /** The first offset still in the log. */
  get logStartOffset(): number {
    return this.lso;
  }

  /**
   * UnifiedLog.append for one batch of `count` records taken from `start` in the given columns. Returns the base
   * offset of the batch, or APPEND_REJECTED_BATCH_TOO_LARGE (nothing appended) when `batchBytes` exceeds
   * `segment.bytes` ("Message batch size ... exceeds the maximum configured segment size").
   * Before appending, the active segment is rolled when LogSegment.shouldRoll says so (see LogSegments).
   */
  appendBatch(
    timestamps: Float64Array,
    keys: Int32Array,
    sizes: Int32Array,
    start: number,
    count: number,
    batchBytes: number,
    nowMs: number,
  ): number {
    this.segments.batch[BATCH_NOW] = nowMs;
    return this.appendCore(timestamps, keys, sizes, start, count, batchBytes);
  }

  /** Appends a one-record batch of `size + RECORD_BATCH_OVERHEAD` bytes; returns the record's offset. */
  append(timestampMs: number, keyId: number, size: number, nowMs: number): number {
    this.oneTs[0] = timestampMs;
    this.oneKey[0] = keyId;
    this.oneSize[0] = size;
    this.segments.batch[BATCH_NOW] = nowMs;
    return this.appendCore(this.oneTs, this.oneKey, this.oneSize, 0, 1, size + RECORD_BATCH_OVERHEAD);
  }

  // The clock is already in segments.batch[BATCH_NOW]: only small integers cross this call.
  private appendCore(
    timestamps: Float64Array,
    keys: Int32Array,
    sizes: Int32Array,
    start: number,
    count: number,
    batchBytes: number,
  ): number {
    if (!(count >= 1)) throw new RangeError(`a batch holds at least one record, got ${count}`);
    const config = this.config;
    if (batchBytes > config.segmentBytes) return APPEND_REJECTED_BATCH_TOO_LARGE;
    const base = this.leo;
    const mask = this.mask;
    const offs = this.offsets;
    const tss = this.timestamps;
    const ks = this.keys;
    const szs = this.sizes;
    // Copying into the ring does not depend on the segments, so the batch's max timestamp and record bytes
    // are gathered in the same pass. maxTimestamp starts at -1 (RecordBatch.NO_TIMESTAMP).
    let maxTs = -1;
    let recordBytes = 0;
    for (let i = 0; i < count; i++) {
      const offset = base + i;
      const slot = offset & mask;
      const src = start + i;
      const ts = timestamps[src]!;
      const size = sizes[src]!;
      offs[slot] = offset;
      tss[slot] = ts;
      ks[slot] = keys[src]!;
      szs[slot] = size;
      if (ts > maxTs) maxTs = ts;
      recordBytes += size;
    }
    const segments = this.segments;
    const b = segments.batch;
    b[BATCH_BYTES] = batchBytes;
    b[BATCH_RECORDS] = count;
    b[BATCH_RECORD_BYTES] = recordBytes;
    b[BATCH_MAX_TIMESTAMP] = maxTs;
    b[BATCH_BASE_OFFSET] = base;
    b[BATCH_SEGMENT_BYTES] = config.segmentBytes;
    b[BATCH_SEGMENT_MS] = config.segmentMs;
    // UnifiedLog.maybeRoll (roll at appendInfo.firstOffset = LEO when LogSegment.shouldRoll), then LogSegment.append.
    segments.append();
    this.leo = base + count;
    return base;
  }

  /** True when `offset` is in the log and its details are still in the ring. */
  isRetainedInWindow(offset: number): boolean {
    return (
      offset >= this.lso &&
      offset < this.leo &&
      offset >= this.leo - this.capacity &&
      this.offsets[offset & this.mask] === offset
    );
  }

  /** The first offset whose details are in the ring (= logEndOffset when the log is empty). */
  windowStartOffset(): number {
    const w = this.leo - this.capacity;
    return w > this.lso ? w : this.lso;
  }

  /** Number of records whose details are in the ring. */
  retainedRecordCount(): number {
    return this.leo - this.windowStartOffset();
  }

  /**
   * The record's size in bytes; for a record in the log but outside the window, its segment's average record
   * size (may be fractional); 0 outside the log.
   */
  sizeAt(offset: number): number {
    if (this.isRetainedInWindow(offset)) return this.sizes[offset & this.mask]!;
    if (offset < this.lso || offset >= this.leo) return 0;
    const i = this.segments.indexOf(offset);
    return i < 0 ? 0 : this.averageRecordSize(i);
  }

  /** The record's key id; -1 for a null key, outside the window, or outside the log. */
  keyAt(offset: number): number {
    return this.isRetainedInWindow(offset) ? this.keys[offset & this.mask]! : -1;
  }

  /**
   * The record's timestamp in ms. Outside the window, an estimate: interpolated by offset between the
   * segment's first batch timestamp and its largest timestamp, rounded to a whole ms. -1 outside the log.
   */
  timestampAt(offset: number): number {
    if (this.isRetainedInWindow(offset)) return this.timestamps[offset & this.mask]!;
    if (offset < this.lso || offset >= this.leo) return -1;
    const segs = this.segments;
    const i = segs.indexOf(offset);
    if (i < 0) return -1;
    const first = segs.firstBatchTimestamp(i);
    const last = segs.maxTimestamp(i);
    const n = segs.recordCount(i);
    if (first < 0 || last < 0 || n <= 1) return last;
    return Math.round(first + ((last - first) / (n - 1)) * (offset - segs.baseOffset(i)));
  }

  /**
   * The sum of record sizes over offsets [fromOffset, toOffsetExclusive), clamped to the log. Records outside
   * the window count at their segment's average record size.
   */
  bytesInRange(fromOffset: number, toOffsetExclusive: number): number {
    const from = fromOffset > this.lso ? fromOffset : this.lso;
    const to = toOffsetExclusive < this.leo ? toOffsetExclusive : this.leo;
    if (from >= to) return 0;
    const windowStart = this.windowStartOffset();
    let total = 0;
    if (from < windowStart) {
      // Outside the window: whole or partial segments at their average record size.
      const end = to < windowStart ? to : windowStart;
      const segs = this.segments;
      const n = segs.count();
      let i = segs.indexOf(from);
      if (i < 0) i = 0;
      let o = from;
      while (o < end && i < n) {
        const segEnd = i + 1 < n ? segs.baseOffset(i + 1) : this.leo;
        const partEnd = segEnd < end ? segEnd : end;
        total += (partEnd - o) * this.averageRecordSize(i);
        o = partEnd;
        i++;
      }
    }
    const szs = this.sizes;
    const mask = this.mask;
    for (let o = from > windowStart ? from : windowStart; o < to; o++) total += szs[o & mask]!;
    return total;
  }

  /**
   * Copies up to `maxRecords` records from `fromOffset` (clamped to the log) into the given columns at
   * `outStart`, reading each as `timestampAt`, `keyAt` and `sizeAt` do, and returns how many it copied.
   * `outSizes` is a Float64Array because sizes outside the window are segment averages.
   */
  readRange(
    fromOffset: number,
    maxRecords: number,
    outTimestamps: Float64Array,
    outKeys: Int32Array,
    outSizes: Float64Array,
    outStart: number,
  ): number {
    const from = fromOffset > this.lso ? fromOffset : this.lso;
    const to = Math.min(from + maxRecords, this.leo);
    for (let o = from; o < to; o++) {
      const j = outStart + o - from;
      outTimestamps[j] = this.timestampAt(o);
      outKeys[j] = this.keyAt(o);
      outSizes[j] = this.sizeAt(o);
    }
    return to > from ? to - from : 0;
  }

  /** UnifiedLog.size: the sum of the segments' sizes in bytes, batch headers included. */
  sizeInBytes(): number {
    return this.segments.sizeInBytes();
  }

  segmentCount(): number {
    return this.segments.count();
  }

  /** Segment `i`'s base offset; segments run from 0 (oldest) to segmentCount() - 1 (active). */
  segmentBaseOffset(i: number): number {
    return this.segments.baseOffset(i);
  }

  /** Segment `i`'s size on disk, batch headers included. */
  segmentBytes(i: number): number {
    return this.segments.bytes(i);
  }

  segmentRecordCount(i: number): number {
    return this.segments.recordCount(i);
  }

  /** LogSegment.largestTimestamp of segment `i` (the one retention.ms compares with). */
  segmentLargestTimestamp(i: number): number {
    return this.segments.largestTimestamp(i);
  }

  /** Typed-array bytes of the record ring: RETAINED_BYTES_PER_RECORD * capacity. */
  memoryBytes(): number {
    return (
      this.offsets.byteLength + this.timestamps.byteLength + this.keys.byteLength + this.sizes.byteLength
    );
  }

  /** Typed-array bytes of the segment metadata (small; grows only with the number of segments). */
  segmentMemoryBytes(): number {
    return this.segments.memoryBytes();
  }

  /**
   * UnifiedLog.maybeIncrementLogStartOffset (as DeleteRecords uses it): raise the log start offset if
   * `newLogStartOffset` is larger. Throws a RangeError (OffsetOutOfRangeException) above the high watermark.
   * Segments wholly below it are deleted by the next `applyRetention`. Returns true when it moved.
   */
  maybeIncrementLogStartOffset(newLogStartOffset: number, highWatermark: number = this.leo): boolean {
    if (newLogStartOffset > highWatermark) {
      throw new RangeError(
        `Cannot increment the log start offset to ${newLogStartOffset} since it is larger than the high watermark ${highWatermark}`,
      );
    }
    if (newLogStartOffset > this.lso) {
      this.lso = newLogStartOffset;
      return true;
    }
    return false;
  }

  /**
   * UnifiedLog.deleteOldSegments: with `cleanup.policy` containing `delete`, delete segments breaching the log
   * start offset, then `retention.bytes`, then `retention.ms`; otherwise only those breaching the log start
   * offset. Segments at or above `highWatermark` (default: the log end offset) are never deleted.
   * Returns the number of segments deleted.
   */
  applyRetention(nowMs: number, highWatermark: number = this.leo): number {
    let deleted = this.deleteOldSegments(RetentionRule.LogStartOffsetBreach, this.lso, nowMs, highWatermark);
    if (deletesOnRetention(this.config.cleanupPolicy)) {
      deleted += this.deleteOldSegments(
        RetentionRule.RetentionSizeBreach,
        this.config.retentionBytes,
        nowMs,
        highWatermark,
      );
      deleted += this.deleteOldSegments(
        RetentionRule.RetentionMsBreach,
        this.config.retentionMs,
        nowMs,
        highWatermark,
      );
    }
    return deleted;
  }

  private deleteOldSegments(
    rule: RetentionRule,
    limit: number,
    nowMs: number,
    highWatermark: number,
  ): number {
    const k = this.segments.deletableCount(rule, limit, nowMs, highWatermark, this.leo);
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
    let toDelete = numToDelete;
    if (segs.count() === numToDelete) {
      const lastDeletableBase = segs.baseOffset(numToDelete - 1);
      segs.roll(this.leo, nowMs);
      if (lastDeletableBase === this.leo) toDelete--;
    }
    if (toDelete > 0) {
      // localLog.segments.higherSegment(segmentsToDelete.last.baseOffset).baseOffset, via maybeIncrementLogStartOffset
      const newLogStartOffset = segs.baseOffset(toDelete);
      if (newLogStartOffset > this.lso) this.lso = newLogStartOffset;
      segs.removeOldest(toDelete);
    }
    return numToDelete;
  }

  private averageRecordSize(i: number): number {
    const n = this.segments.recordCount(i);
    return n > 0 ? this.segments.recordBytes(i) / n : 0;
  }
}
