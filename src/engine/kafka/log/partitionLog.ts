// Follows Kafka's UnifiedLog (append, maybeRoll, deleteOldSegments, deleteSegments, maybeIncrementLogStartOffset, truncateTo) over LocalLog, with LogValidator's key check for compacted topics.

import { LogCleaner, type RecordRing } from './logCleaner';
import { compacts, deletesOnRetention, logConfig, type LogConfig } from './logConfig';
import {
  FLAG_BATCH_DELETED,
  FLAG_BATCH_START,
  FLAG_REMOVED,
  FLAG_TOMBSTONE,
  RECORD_BATCH_OVERHEAD,
} from './recordBatch';
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

export { RECORD_BATCH_OVERHEAD };

/** What `appendBatch` returns when the batch is larger than `segment.bytes` (RecordBatchTooLargeException). */
export const APPEND_REJECTED_BATCH_TOO_LARGE = -1;

/**
 * What `appendBatch` returns when a compacted log is given a record without a key (InvalidRecordException:
 * "Compacted topic cannot accept message without key in topic partition ..."); nothing is appended.
 */
export const APPEND_REJECTED_NO_KEY = -2;

/**
 * The typed-array bytes the log keeps per retained record: offset f64 + timestamp f64 + key i32 + size i32 +
 * producer tag i32 + flags u8.
 */
export const RETAINED_BYTES_PER_RECORD = 29;

/** What `producerAt` returns for a record whose details are not kept. */
export const UNKNOWN = -1;

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
 * Retention runs only when the caller calls `applyRetention` (every `log.retention.check.interval.ms`), and
 * compaction only when it calls `clean` (every `log.cleaner.backoff.ms`; see LogCleaner).
 *
 * Gaps: the cleaner removes records but never re-offsets the rest, so a compacted log has gaps. `isRemoved`,
 * `liveRecordsIn`, `offsetAfterLiveRecords`, `bytesInRange` and `readRange` skip removed records; the per-offset
 * accessors (`sizeAt`, `keyAt`, `timestampAt`, ...) still describe what was appended there. Inside the window the
 * gaps are known record by record; outside it a segment's remaining records are taken as spread evenly over its
 * offsets (exact for a segment the cleaner never touched), as sizes there are segment averages.
 *
 * Sizes: record sizes are the caller's per-record sizes; segment sizes (`segmentBytes`, `sizeInBytes`) are the
 * on-disk batch sizes the caller passes as `batchBytes` (records plus RECORD_BATCH_OVERHEAD per batch); cleaning
 * takes off the removed records' sizes and RECORD_BATCH_OVERHEAD per batch it drops.
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
  /** Which producer wrote each record, and its batch (the simulation's producer tag), for delivery order. */
  private readonly producers: Int32Array;
  /** FLAG_BATCH_START, FLAG_TOMBSTONE, FLAG_REMOVED, FLAG_BATCH_DELETED (see recordBatch.ts). */
  private readonly flags: Uint8Array;
  private readonly segments: LogSegments;
  private readonly cleaner: LogCleaner;
  /** The producer tag of the next appended batch (set before `appendBatch`). */
  appendProducer = UNKNOWN;
  private leo = 0;
  private lso = 0;
  /** No record at or above this offset has been removed by the cleaner: readers skip the flag checks there. */
  private removedEnd = 0;
  /** Ring slots below this offset were overwritten by records a truncation later removed. */
  private ringFloor = 0;
  // Scratch results of outsidePart, and its cache of the window's share of a segment with gaps that straddles the
  // window start: [segment base, window start, segment end, records] (reset whenever flags or segments change).
  private partEnd = 0;
  private partRecords = 0;
  private readonly straddle = new Float64Array([-1, -1, -1, 0]);
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
    this.producers = new Int32Array(cap);
    this.flags = new Uint8Array(cap);
    this.config = logConfig(config);
    this.segments = new LogSegments(0, nowMs);
    const ring: RecordRing = {
      mask: this.mask,
      timestamps: this.timestamps,
      keys: this.keys,
      sizes: this.sizes,
      flags: this.flags,
    };
    this.cleaner = new LogCleaner(ring, this.segments, 0);
  }

  /** The offset the next record will get (LEO). */
  get logEndOffset(): number {
    return this.leo;
  }

  /** The first offset still in the log. */
  get logStartOffset(): number {
    return this.lso;
  }

  /** The cleaner checkpoint: records below it have been through a cleaning pass (LogToClean.firstDirtyOffset). */
  get firstDirtyOffset(): number {
    return this.cleaner.firstDirtyOffset;
  }

  /**
   * UnifiedLog.append for one batch of `count` records taken from `start` in the given columns; `tombstones`, when
   * given, marks record i a tombstone (null value) where `tombstones[start + i] === 1`. Returns the base offset of
   * the batch, or, with nothing appended:
   *   - APPEND_REJECTED_NO_KEY when the log is compacted and a record has no key (key id < 0);
   *   - APPEND_REJECTED_BATCH_TOO_LARGE when `batchBytes` exceeds `segment.bytes` ("Message batch size ...
   *     exceeds the maximum configured segment size").
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
    tombstones: Uint8Array | null = null,
  ): number {
    this.segments.batch[BATCH_NOW] = nowMs;
    return this.appendCore(timestamps, keys, sizes, start, count, batchBytes, tombstones);
  }

  /**
   * Appends a one-record batch of `size + RECORD_BATCH_OVERHEAD` bytes; returns the record's offset, or a rejection
   * code as `appendBatch` does.
   */
  append(timestampMs: number, keyId: number, size: number, nowMs: number): number {
    this.oneTs[0] = timestampMs;
    this.oneKey[0] = keyId;
    this.oneSize[0] = size;
    this.segments.batch[BATCH_NOW] = nowMs;
    return this.appendCore(this.oneTs, this.oneKey, this.oneSize, 0, 1, size + RECORD_BATCH_OVERHEAD, null);
  }

  // The clock is already in segments.batch[BATCH_NOW]: only small integers cross this call.
  private appendCore(
    timestamps: Float64Array,
    keys: Int32Array,
    sizes: Int32Array,
    start: number,
    count: number,
    batchBytes: number,
    tombstones: Uint8Array | null,
  ): number {
    if (!(count >= 1)) throw new RangeError(`a batch holds at least one record, got ${count}`);
    const config = this.config;
    // LogValidator checks keys before UnifiedLog.append checks the batch against segment.bytes.
    if (compacts(config.cleanupPolicy)) {
      for (let i = start; i < start + count; i++) if (keys[i]! < 0) return APPEND_REJECTED_NO_KEY;
    }
    if (batchBytes > config.segmentBytes) return APPEND_REJECTED_BATCH_TOO_LARGE;
    const base = this.leo;
    const mask = this.mask;
    const offs = this.offsets;
    const tss = this.timestamps;
    const ks = this.keys;
    const szs = this.sizes;
    const prs = this.producers;
    const fls = this.flags;
    const producer = this.appendProducer;
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
      prs[slot] = producer;
      fls[slot] = i === 0 ? FLAG_BATCH_START : 0;
      if (ts > maxTs) maxTs = ts;
      recordBytes += size;
    }
    // Tombstones in a loop of their own, so batches without them pay nothing per record.
    if (tombstones !== null) {
      for (let i = 0; i < count; i++) {
        const slot = (base + i) & mask;
        if (tombstones[start + i] === 1) fls[slot] = fls[slot]! | FLAG_TOMBSTONE;
      }
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
    let w = this.leo - this.capacity;
    if (this.ringFloor > w) w = this.ringFloor;
    return w > this.lso ? w : this.lso;
  }

  /** Number of offsets whose details are in the ring, removed records included. */
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

  /** The producer that wrote the record; UNKNOWN outside the window or for records without one. */
  producerAt(offset: number): number {
    return this.isRetainedInWindow(offset) ? this.producers[offset & this.mask]! : UNKNOWN;
  }

  /**
   * UnifiedLog.truncateTo: removes the records at and above `offset` (a replica that took over with a shorter log,
   * or a follower cutting back to where its log agrees with the leader's). Segments whose base offset is above
   * `offset` are deleted and the one holding it is cut; the log start offset never moves, and the cleaner
   * checkpoint moves back to `offset` if it was above (LogCleanerManager.maybeTruncateCheckpoint). Returns how many
   * records went (removed records are not counted twice).
   */
  truncateTo(offset: number): number {
    const target = offset > this.lso ? offset : this.lso;
    if (target >= this.leo) return 0;
    const removed = this.liveRecordsIn(target, this.leo);
    const segs = this.segments;
    // Measure the cut while every segment is still there: the estimates outside the window use segment spans.
    const i = Math.max(segs.indexOf(target), 0);
    const base = segs.baseOffset(i);
    let records = segs.recordCount(i);
    let recordBytes = segs.recordBytes(i);
    let bytes = segs.bytes(i);
    let maxTimestamp = -1;
    if (base < target) {
      const end = this.segmentEnd(i);
      records = this.liveRecordsIn(target, end);
      recordBytes = this.bytesInRange(target, end);
      bytes = recordBytes + RECORD_BATCH_OVERHEAD * this.batchesIn(target, end);
      maxTimestamp = this.maxTimestampIn(base, target);
    }
    while (segs.count() - 1 > i) segs.removeNewest();
    segs.truncateActive(records, recordBytes, bytes, maxTimestamp);
    if (this.leo - this.capacity > this.ringFloor) this.ringFloor = this.leo - this.capacity;
    this.leo = target;
    if (this.removedEnd > target) this.removedEnd = target;
    this.cleaner.truncateTo(target);
    this.straddle[0] = -1;
    return removed;
  }

  /** Batch headers in [from, to): counted in the window; a stretch outside it counts as one batch. */
  private batchesIn(from: number, to: number): number {
    const windowStart = this.windowStartOffset();
    const fls = this.flags;
    let n = from < windowStart ? 1 : 0;
    for (let o = from > windowStart ? from : windowStart; o < to; o++) {
      if ((fls[o & this.mask]! & (FLAG_BATCH_START | FLAG_BATCH_DELETED)) === FLAG_BATCH_START) n++;
    }
    return n;
  }

  /** The largest timestamp of the records in [from, to) that are in the window and not removed; -1 when none. */
  private maxTimestampIn(from: number, to: number): number {
    let max = -1;
    for (let o = from; o < to; o++) {
      if (!this.isRetainedInWindow(o) || (this.flags[o & this.mask]! & FLAG_REMOVED) !== 0) continue;
      const ts = this.timestamps[o & this.mask]!;
      if (ts > max) max = ts;
    }
    return max;
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
    const base = segs.baseOffset(i);
    const span = this.segmentEnd(i) - base;
    if (first < 0 || last < 0 || span <= 1) return last;
    return Math.round(first + ((last - first) / (span - 1)) * (offset - base));
  }

  /**
   * True when the cleaner removed the record at `offset` (a gap); false for a record in the log and for offsets
   * outside it. Outside the window, the estimate described on the class.
   */
  isRemoved(offset: number): boolean {
    if (offset < this.lso || offset >= this.leo || offset >= this.removedEnd) return false;
    if (offset >= this.windowStartOffset()) return (this.flags[offset & this.mask]! & FLAG_REMOVED) !== 0;
    const i = this.segments.indexOf(offset);
    return i >= 0 && this.liveBelow(i, offset + 1) === this.liveBelow(i, offset);
  }

  /** How many records in [fromOffset, toOffsetExclusive), clamped to the log, the cleaner has not removed. */
  liveRecordsIn(fromOffset: number, toOffsetExclusive: number): number {
    const from = fromOffset > this.lso ? fromOffset : this.lso;
    const to = toOffsetExclusive < this.leo ? toOffsetExclusive : this.leo;
    if (from >= to) return 0;
    if (from >= this.removedEnd) return to - from;
    const windowStart = this.windowStartOffset();
    let live = 0;
    if (from < windowStart) live += this.outsideWindow(from, to < windowStart ? to : windowStart, false);
    let o = from > windowStart ? from : windowStart;
    const fls = this.flags;
    const mask = this.mask;
    const gapsEnd = this.removedEnd < to ? this.removedEnd : to;
    for (; o < gapsEnd; o++) if ((fls[o & mask]! & FLAG_REMOVED) === 0) live++;
    return o < to ? live + to - o : live;
  }

  /**
   * The offset of the first record not removed after skipping `count` such records from `fromOffset` (clamped to
   * the log start offset), or `toOffset` (default: the log end offset) when [fromOffset, toOffset) holds no more
   * than `count` of them. This is where a consumer that was handed `count` records from `fromOffset` fetches next:
   * it passes over the gaps the cleaner left, so `liveRecordsIn(fromOffset, result) === count` when there are
   * enough. Returns the clamped `fromOffset` when it is at or beyond `toOffset`.
   */
  offsetAfterLiveRecords(fromOffset: number, count: number, toOffset: number = this.leo): number {
    const end = toOffset < this.leo ? toOffset : this.leo;
    let o = fromOffset > this.lso ? fromOffset : this.lso;
    if (o >= end) return o;
    let left = count;
    const windowStart = this.windowStartOffset();
    if (o < windowStart && o < this.removedEnd) {
      // Outside the window, segment by segment (the even-spread estimate).
      const segs = this.segments;
      const limit = windowStart < end ? windowStart : end;
      let i = segs.indexOf(o);
      while (o < limit) {
        const segEnd = this.segmentEnd(i);
        const partEnd = segEnd < limit ? segEnd : limit;
        const before = this.liveBelow(i, o);
        const live = this.liveBelow(i, partEnd) - before;
        if (live > left) return this.liveRecordOffset(i, before + left + 1);
        left -= live;
        o = partEnd;
        i++;
      }
    }
    const fls = this.flags;
    const mask = this.mask;
    const gapsEnd = this.removedEnd < end ? this.removedEnd : end;
    for (; o < gapsEnd; o++) {
      if ((fls[o & mask]! & FLAG_REMOVED) !== 0) continue;
      if (left === 0) return o;
      left--;
    }
    return o + left < end ? o + left : end;
  }

  /**
   * The sum of the sizes of the records not removed in [fromOffset, toOffsetExclusive), clamped to the log.
   * Records outside the window count at their segment's average record size.
   */
  bytesInRange(fromOffset: number, toOffsetExclusive: number): number {
    const from = fromOffset > this.lso ? fromOffset : this.lso;
    const to = toOffsetExclusive < this.leo ? toOffsetExclusive : this.leo;
    if (from >= to) return 0;
    const windowStart = this.windowStartOffset();
    let total = 0;
    if (from < windowStart) total += this.outsideWindow(from, to < windowStart ? to : windowStart, true);
    const szs = this.sizes;
    const fls = this.flags;
    const mask = this.mask;
    let o = from > windowStart ? from : windowStart;
    const gapsEnd = this.removedEnd < to ? this.removedEnd : to;
    for (; o < gapsEnd; o++) if ((fls[o & mask]! & FLAG_REMOVED) === 0) total += szs[o & mask]!;
    for (; o < to; o++) total += szs[o & mask]!;
    return total;
  }

  /**
   * Copies up to `maxRecords` records from `fromOffset` (clamped to the log) into the given columns at
   * `outStart`, reading each as `timestampAt`, `keyAt` and `sizeAt` do, and returns how many it copied. Removed
   * records are skipped, as a fetch skips the gaps the cleaner left, so the copied records may span more than
   * `maxRecords` offsets; `outOffsets`, when given, receives each copied record's offset.
   * `outSizes` is a Float64Array because sizes outside the window are segment averages.
   */
  readRange(
    fromOffset: number,
    maxRecords: number,
    outTimestamps: Float64Array,
    outKeys: Int32Array,
    outSizes: Float64Array,
    outStart: number,
    outOffsets: Float64Array | null = null,
  ): number {
    let o = fromOffset > this.lso ? fromOffset : this.lso;
    let n = 0;
    for (; n < maxRecords && o < this.leo; o++) {
      if (this.isRemoved(o)) continue;
      const j = outStart + n;
      outTimestamps[j] = this.timestampAt(o);
      outKeys[j] = this.keyAt(o);
      outSizes[j] = this.sizeAt(o);
      if (outOffsets !== null) outOffsets[j] = o;
      n++;
    }
    return n;
  }

  /**
   * UnifiedLog.deleteOldSegments' counterpart for compacted logs: one run of the log cleaner
   * (`log.cleaner.backoff.ms` apart). When `cleanup.policy` contains `compact` and the dirty ratio is above
   * `min.cleanable.dirty.ratio`, compacts the closed segments below the first uncleanable offset (see LogCleaner);
   * nothing at or above `highWatermark` (default: the log end offset) is cleaned. Returns the number of records
   * removed.
   */
  clean(nowMs: number, highWatermark: number = this.leo): number {
    if (!compacts(this.config.cleanupPolicy)) return 0;
    const windowStart = this.windowStartOffset();
    const removed = this.cleaner.clean(this.lso, windowStart, this.leo, highWatermark, this.config, nowMs);
    this.straddle[0] = -1;
    const cleanedTo = this.cleaner.firstDirtyOffset;
    if (removed > 0 && cleanedTo > this.removedEnd) this.removedEnd = cleanedTo;
    return removed;
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
      this.offsets.byteLength +
      this.timestamps.byteLength +
      this.keys.byteLength +
      this.sizes.byteLength +
      this.producers.byteLength +
      this.flags.byteLength
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

  /** The offset after segment `i`: the next segment's base offset, or the log end offset for the active one. */
  private segmentEnd(i: number): number {
    const segs = this.segments;
    return i + 1 < segs.count() ? segs.baseOffset(i + 1) : this.leo;
  }

  /**
   * Records of segment `i` below `offset`, for an offset in the segment's part outside the window, under the
   * even-spread estimate: floor((offset - base) * records / offsets) over that part. Exact for a segment without gaps.
   */
  private liveBelow(i: number, offset: number): number {
    this.outsidePart(i);
    const base = this.segments.baseOffset(i);
    const span = this.partEnd - base;
    const n = this.partRecords;
    return n < span ? Math.floor(((offset - base) * n) / span) : offset - base;
  }

  /** The offset of the `m`-th record (1-based) of segment `i`'s part outside the window: the inverse of liveBelow. */
  private liveRecordOffset(i: number, m: number): number {
    this.outsidePart(i);
    const base = this.segments.baseOffset(i);
    const span = this.partEnd - base;
    const n = this.partRecords;
    return n < span ? base + Math.ceil((m * span) / n) - 1 : base + m - 1;
  }

  /**
   * Sets `partEnd` and `partRecords` to segment `i`'s part outside the window: it ends at the window start (or the
   * segment's end) and holds the segment's records that are not inside the window, so that the estimate outside
   * and the exact count inside add up to the segment's record count.
   */
  private outsidePart(i: number): void {
    const segs = this.segments;
    const base = segs.baseOffset(i);
    const end = this.segmentEnd(i);
    const n = segs.recordCount(i);
    const windowStart = this.windowStartOffset();
    if (end <= windowStart) {
      this.partEnd = end;
      this.partRecords = n;
    } else if (n >= end - base) {
      this.partEnd = windowStart;
      this.partRecords = windowStart - base;
    } else {
      this.partEnd = windowStart;
      const inWindow = this.liveInWindowPart(base, windowStart, end);
      this.partRecords = n > inWindow ? n - inWindow : 0;
    }
  }

  /** Records not removed in [windowStart, end), the window's share of the segment at `base`; cached. */
  private liveInWindowPart(base: number, windowStart: number, end: number): number {
    const c = this.straddle;
    if (c[0] === base && c[1] === windowStart && c[2] === end) return c[3]!;
    let live = 0;
    for (let o = windowStart; o < end; o++) if ((this.flags[o & this.mask]! & FLAG_REMOVED) === 0) live++;
    c[0] = base;
    c[1] = windowStart;
    c[2] = end;
    c[3] = live;
    return live;
  }

  /** Records (or, with `bytes`, their sizes at segment averages) in [from, to), which lies outside the window. */
  private outsideWindow(from: number, to: number, bytes: boolean): number {
    const segs = this.segments;
    const n = segs.count();
    let i = segs.indexOf(from);
    if (i < 0) i = 0;
    let total = 0;
    let o = from;
    while (o < to && i < n) {
      const segEnd = this.segmentEnd(i);
      const partEnd = segEnd < to ? segEnd : to;
      const live = this.liveBelow(i, partEnd) - this.liveBelow(i, o);
      total += bytes ? live * this.averageRecordSize(i) : live;
      o = partEnd;
      i++;
    }
    return total;
  }
}
