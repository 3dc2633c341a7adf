// Follows Kafka's UnifiedLog (append, maybeRoll, maybeIncrementLogStartOffset, truncateTo) over LocalLog, with LogValidator's key check for compacted topics.

import type { LatencyHistogram } from '../../common/latencyHistogram';
import { LiveRecords } from './liveRecords';
import { LogCleaner } from './logCleaner';
import { compacts, logConfig, type LogConfig } from './logConfig';
import { LogRetention } from './logRetention';
import { truncateSegments } from './logTruncation';
import { appendRun } from './logRun';
import { OutsideWindow } from './outsideWindow';
import { RECORD_BATCH_OVERHEAD } from './recordBatch';
import { RecordRing, RETAINED_BYTES_PER_RECORD } from './recordRing';
import {
  BATCH_BASE_OFFSET,
  BATCH_BYTES,
  BATCH_NOW,
  BATCH_RECORDS,
  BATCH_SEGMENT_BYTES,
  BATCH_SEGMENT_MS,
  LogSegments,
} from './segments';

export { RECORD_BATCH_OVERHEAD, RETAINED_BYTES_PER_RECORD };

/** What `appendBatch` returns when the batch is larger than `segment.bytes` (RecordBatchTooLargeException). */
export const APPEND_REJECTED_BATCH_TOO_LARGE = -1;

/**
 * What `appendBatch` returns when a compacted log is given a record without a key (InvalidRecordException:
 * "Compacted topic cannot accept message without key in topic partition ..."); nothing is appended.
 */
export const APPEND_REJECTED_NO_KEY = -2;

/** What `producerAt` returns for a record whose details are not kept. */
export const UNKNOWN = -1;

/**
 * The log of one partition.
 *
 * Offsets start at 0 and are never reused. The details of the newest records (offset, timestamp, key id, size) are
 * kept in a RecordRing of `capacity` slots, so memory stays flat. Records that fell out of the ring but are still in
 * the log (offset >= logStartOffset) are known only through their segment (see OutsideWindow): their size reads as
 * the segment's average record size, their key as -1 and their timestamp as an estimate inside the segment.
 *
 * Appending a batch allocates nothing; segment rolls allocate only when the segment ring must grow.
 * Retention runs only when the caller calls `applyRetention` (every `log.retention.check.interval.ms`), and
 * compaction only when it calls `clean` (every `log.cleaner.backoff.ms`; see LogCleaner).
 *
 * Gaps: the cleaner removes records but never re-offsets the rest, so a compacted log has gaps. `isRemoved`,
 * `liveRecordsIn`, `offsetAfterLiveRecords`, `bytesInRange` and `readRange` skip removed records; the per-offset
 * accessors (`sizeAt`, `keyAt`, `timestampAt`, ...) still describe what was appended there. Inside the window the
 * gaps are known record by record; before it a segment's remaining records are taken as spread evenly over its
 * offsets (exact for a segment the cleaner never touched), as sizes there are segment averages. See LiveRecords.
 *
 * Sizes: record sizes are the caller's per-record sizes; segment sizes (`segmentBytes`, `sizeInBytes`) are the
 * on-disk batch sizes the caller passes as `batchBytes` (records plus RECORD_BATCH_OVERHEAD per batch); cleaning
 * takes off the removed records' sizes and RECORD_BATCH_OVERHEAD per batch it drops.
 */
export class PartitionLog {
  readonly config: LogConfig;
  /** Ring capacity: the number of most recent records whose details are kept. */
  readonly capacity: number;
  private readonly ring: RecordRing;
  private readonly segments: LogSegments;
  private readonly outside: OutsideWindow;
  private readonly live: LiveRecords;
  private readonly cleaner: LogCleaner;
  private readonly retention: LogRetention;
  /** The producer tag of the next appended batch (set before `appendBatch`). */
  appendProducer = UNKNOWN;
  private leo = 0;
  /** The log start offset, in a typed array: a field that starts as a small integer and later takes a double (a
   * segment's base offset) changes the log's hidden class and throws away the compiled code of its readers. */
  private readonly start = new Float64Array(1);
  // Scratch arrays for `append`, so a one-record batch allocates nothing.
  private readonly oneTs = new Float64Array(1);
  private readonly oneKey = new Int32Array(1);
  private readonly oneSize = new Int32Array(1);

  constructor(capacity: number, config: Partial<LogConfig> = {}, nowMs = 0) {
    this.ring = new RecordRing(capacity);
    this.capacity = this.ring.capacity;
    this.config = logConfig(config);
    this.segments = new LogSegments(0, nowMs);
    this.outside = new OutsideWindow(this, this.ring, this.segments);
    this.live = new LiveRecords(this, this.ring, this.segments, this.outside);
    this.cleaner = new LogCleaner(this.ring, this.segments, 0);
    this.retention = new LogRetention(this, this.segments);
  }

  /** The offset the next record will get (LEO). */
  get logEndOffset(): number {
    return this.leo;
  }

  /** The first offset still in the log. */
  get logStartOffset(): number {
    return this.start[0]!;
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

  /** Appends `count` records known only by their sizes, stamped `nowMs` (fluid mode, logRun.ts); returns the base. */
  appendRun(count: number, recordBytes: number, batchBytes: number, nowMs: number): number {
    const base = this.leo;
    this.leo = appendRun(this.segments, this.config, base, count, recordBytes, batchBytes, nowMs);
    this.ring.raiseFloor(this.leo);
    return base;
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
    const segments = this.segments;
    const b = segments.batch;
    this.ring.reserve(this.logStartOffset, base, base + count);
    this.ring.write(base, timestamps, keys, sizes, start, count, this.appendProducer, tombstones, b);
    b[BATCH_BYTES] = batchBytes;
    b[BATCH_RECORDS] = count;
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
    return this.ring.holds(offset, this.logStartOffset, this.leo);
  }

  /** The first offset whose details are in the ring (= logEndOffset when the log is empty). */
  windowStartOffset(): number {
    return this.ring.windowStart(this.logStartOffset, this.leo);
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
    if (this.isRetainedInWindow(offset)) return this.ring.sizes[offset & this.ring.mask]!;
    return offset < this.logStartOffset || offset >= this.leo ? 0 : this.outside.sizeAt(offset);
  }

  /** The record's key id; -1 for a null key, outside the window, or outside the log. */
  keyAt(offset: number): number {
    return this.isRetainedInWindow(offset) ? this.ring.keys[offset & this.ring.mask]! : -1;
  }

  /** The record's flags (recordBatch.ts: batch start, tombstone, removed); 0 where its details are not kept. */
  flagsAt(offset: number): number {
    return this.isRetainedInWindow(offset) ? this.ring.flags[offset & this.ring.mask]! : 0;
  }

  /** The producer that wrote the record; UNKNOWN outside the window or for records without one. */
  producerAt(offset: number): number {
    return this.isRetainedInWindow(offset) ? this.ring.producers[offset & this.ring.mask]! : UNKNOWN;
  }

  /**
   * Each record of [fromOffset, toOffset) whose details the ring holds counts its age at `nowMs` (now - timestamp)
   * into `ages`; one pass over the ring, for the groups' end-to-end latency.
   */
  recordAges(fromOffset: number, toOffset: number, nowMs: number, ages: LatencyHistogram): void {
    this.live.recordAges(fromOffset, toOffset, nowMs, ages);
  }

  /**
   * The record's timestamp in ms. Outside the window, an estimate: interpolated by offset between the
   * segment's first batch timestamp and its largest timestamp, rounded to a whole ms. -1 outside the log.
   */
  timestampAt(offset: number): number {
    if (this.isRetainedInWindow(offset)) return this.ring.timestamps[offset & this.ring.mask]!;
    return offset < this.logStartOffset || offset >= this.leo ? -1 : this.outside.timestampAt(offset);
  }

  /**
   * True when the cleaner removed the record at `offset` (a gap); false for a record in the log and for offsets
   * outside it. Outside the window, the estimate described on the class.
   */
  isRemoved(offset: number): boolean {
    return this.live.isRemoved(offset);
  }

  /** How many records in [fromOffset, toOffsetExclusive), clamped to the log, the cleaner has not removed. */
  liveRecordsIn(fromOffset: number, toOffsetExclusive: number): number {
    return this.live.liveRecordsIn(fromOffset, toOffsetExclusive);
  }

  /**
   * The offset of the first record not removed after skipping `count` such records from `fromOffset` (clamped to
   * the log start offset), or `toOffset` (default: the log end offset) when [fromOffset, toOffset) holds no more
   * than `count` of them. This is where a consumer that was handed `count` records from `fromOffset` fetches next:
   * it passes over the gaps the cleaner left, so `liveRecordsIn(fromOffset, result) === count` when there are
   * enough. Returns the clamped `fromOffset` when it is at or beyond `toOffset`.
   */
  offsetAfterLiveRecords(fromOffset: number, count: number, toOffset: number = this.leo): number {
    return this.live.offsetAfterLiveRecords(fromOffset, count, toOffset);
  }

  /**
   * The sum of the sizes of the records not removed in [fromOffset, toOffsetExclusive), clamped to the log.
   * Records outside the window count at their segment's average record size.
   */
  bytesInRange(fromOffset: number, toOffsetExclusive: number): number {
    return this.live.bytesInRange(fromOffset, toOffsetExclusive);
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
    let o = fromOffset > this.logStartOffset ? fromOffset : this.logStartOffset;
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
   * UnifiedLog.truncateTo: removes the records at and above `offset` (a replica that took over with a shorter log,
   * or a follower cutting back to where its log agrees with the leader's). Segments whose base offset is above
   * `offset` are deleted and the one holding it is cut; the log start offset never moves, and the cleaner
   * checkpoint moves back to `offset` if it was above (LogCleanerManager.maybeTruncateCheckpoint). Returns how many
   * records went (removed records are not counted twice).
   */
  truncateTo(offset: number): number {
    const target = offset > this.logStartOffset ? offset : this.logStartOffset;
    if (target >= this.leo) return 0;
    const removed = this.liveRecordsIn(target, this.leo);
    truncateSegments(this.segments, this.live, this.outside, target);
    // The records going took the slots of the `capacity` offsets before theirs.
    this.ring.raiseFloor(this.leo - this.ring.slots);
    this.leo = target;
    this.live.truncateTo(target);
    this.cleaner.truncateTo(target);
    return removed;
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
    const [start, windowStart] = [this.logStartOffset, this.windowStartOffset()];
    const removed = this.cleaner.clean(start, windowStart, this.leo, highWatermark, this.config, nowMs);
    this.live.cleaned(removed, this.cleaner.firstDirtyOffset);
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

  /** Typed-array bytes of the record ring: RETAINED_BYTES_PER_RECORD * slots, up to * capacity when full. */
  memoryBytes(): number {
    return this.ring.memoryBytes();
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
    if (newLogStartOffset > this.logStartOffset) {
      this.start[0] = newLogStartOffset;
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
    return this.retention.deleteOldSegments(this.config, nowMs, highWatermark);
  }
}
