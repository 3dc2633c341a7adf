// Follows Kafka's LogSegments (the segment list) and LogSegment (shouldRoll, append); the cleaner's rewrite follows LocalLog.replaceSegments.

/** Largest offset delta a segment's offset index can hold (OffsetIndex.canAppendOffset: Integer.MAX_VALUE). */
const MAX_RELATIVE_OFFSET = 2147483647;

// One segment = STRIDE doubles in one Float64Array, kept as a ring so deleting old segments never copies.
const F_BASE = 0; // baseOffset
const F_RECORDS = 1; // number of records
const F_BYTES = 2; // size on disk (LogSegment.size(): batches including the 61-byte batch headers)
const F_RECORD_BYTES = 3; // sum of the record sizes the caller gave (no batch headers)
const F_MAX_TS = 4; // maxTimestampSoFar, -1 (TimestampOffset.UNKNOWN) while none
const F_FIRST_TS = 5; // rollingBasedTimestamp: max timestamp of the first batch, -1 while empty
const F_CREATED = 6; // `created`: the time the segment was opened
const F_LAST_MODIFIED = 7; // lastModified(): the time of the last append (file mtime)
const STRIDE = 8;

// Slots of `LogSegments.batch`, the batch about to be appended. The per-batch numbers travel in a typed array
// rather than as arguments, so no double (timestamps, clock) is boxed when a call is not inlined.
/** On-disk size of the batch (records + RECORD_BATCH_OVERHEAD). */
export const BATCH_BYTES = 0;
/** Number of records in the batch. */
export const BATCH_RECORDS = 1;
/** Sum of the batch's record sizes (no header). */
export const BATCH_RECORD_BYTES = 2;
/** Largest record timestamp in the batch (RecordBatch.maxTimestamp), -1 when none. */
export const BATCH_MAX_TIMESTAMP = 3;
/** Offset of the batch's first record (= the log end offset before the append). */
export const BATCH_BASE_OFFSET = 4;
/** The simulated time of the append. */
export const BATCH_NOW = 5;
/** `segment.bytes` in force for this append. */
export const BATCH_SEGMENT_BYTES = 6;
/** `segment.ms` in force for this append. */
export const BATCH_SEGMENT_MS = 7;
const BATCH_SLOTS = 8;

const T_BYTES = 0; // totals: sum of segment sizes

/**
 * The segments of one partition's log, oldest first: metadata only (no records). Index `i` runs from 0 (the
 * oldest segment) to `count() - 1` (the active segment); accessors expect `0 <= i < count()`.
 * Appending allocates nothing; a roll allocates only when the ring of segments has to double.
 */
export class LogSegments {
  private data: Float64Array;
  private mask: number;
  /**
   * The ring's first slot, in a typed array: it first moves when retention deletes a segment, an hour or more into a
   * run, and a field that moves for the first time makes V8 throw away the compiled code of every segment reader.
   */
  private readonly headAt = new Int32Array(1);
  private n = 0;
  private readonly totals = new Float64Array(1);
  /** The batch about to be appended; fill the BATCH_* slots, then call `append()` (or `shouldRoll()`). */
  readonly batch = new Float64Array(BATCH_SLOTS);

  constructor(baseOffset: number, nowMs: number, initialCapacity = 16) {
    let cap = 4;
    while (cap < initialCapacity) cap *= 2;
    this.data = new Float64Array(cap * STRIDE);
    this.mask = cap - 1;
    this.roll(baseOffset, nowMs);
  }

  /** LogSegments.numberOfSegments(). Always at least 1: a log always has an active segment. */
  count(): number {
    return this.n;
  }

  /** LogSegments.sizeInBytes(): the sum of the segments' sizes, batch headers included. */
  sizeInBytes(): number {
    return this.totals[T_BYTES]!;
  }

  baseOffset(i: number): number {
    return this.data[this.slot(i) + F_BASE]!;
  }

  recordCount(i: number): number {
    return this.data[this.slot(i) + F_RECORDS]!;
  }

  /** LogSegment.size(): bytes on disk, batch headers included. */
  bytes(i: number): number {
    return this.data[this.slot(i) + F_BYTES]!;
  }

  /** The sum of the record sizes in the segment, without batch headers. */
  recordBytes(i: number): number {
    return this.data[this.slot(i) + F_RECORD_BYTES]!;
  }

  /** LogSegment.maxTimestampSoFar(): -1 while the segment has no batch with a timestamp. */
  maxTimestamp(i: number): number {
    return this.data[this.slot(i) + F_MAX_TS]!;
  }

  /** LogSegment.largestTimestamp(): maxTimestampSoFar when >= 0, else lastModified (the last append time). */
  largestTimestamp(i: number): number {
    const s = this.slot(i);
    const ts = this.data[s + F_MAX_TS]!;
    return ts >= 0 ? ts : this.data[s + F_LAST_MODIFIED]!;
  }

  /** The max timestamp of the segment's first batch (LogSegment.rollingBasedTimestamp); -1 when empty. */
  firstBatchTimestamp(i: number): number {
    return this.data[this.slot(i) + F_FIRST_TS]!;
  }

  /** The simulated time at which the segment was opened (LogSegment.created). */
  createdMs(i: number): number {
    return this.data[this.slot(i) + F_CREATED]!;
  }

  /** The simulated time of the segment's last append, or its creation time while empty. */
  lastModifiedMs(i: number): number {
    return this.data[this.slot(i) + F_LAST_MODIFIED]!;
  }

  /** Typed-array bytes held for segment metadata. */
  memoryBytes(): number {
    return this.data.byteLength;
  }

  /**
   * The index of the segment that holds `offset` (LogSegments.floorSegment): the last segment whose base
   * offset is <= `offset`, or -1 when `offset` is below the oldest segment.
   */
  indexOf(offset: number): number {
    const n = this.n;
    if (offset < this.baseOffset(0)) return -1;
    // Most reads are of the active segment (a consumer or follower near the log end).
    if (offset >= this.baseOffset(n - 1)) return n - 1;
    let lo = 0;
    let hi = n - 2;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.baseOffset(mid) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /**
   * LogSegment.shouldRoll for the active segment, before appending the batch described in `batch`:
   *   size > segment.bytes - messagesSize
   *   || (size > 0 && timeWaitedForRoll(now, maxTimestampInMessages) > segment.ms - rollJitterMs)   (jitter = 0)
   *   || !canConvertToRelativeOffset(maxOffsetInMessages)
   * timeWaitedForRoll is `batch max timestamp - first batch's max timestamp` when the first batch has a
   * timestamp (>= 0), else `now - created`. (The offset/time index "isFull" checks are not modelled: with
   * Kafka's default segment.index.bytes they never trigger before segment.bytes does.)
   */
  shouldRoll(): boolean {
    const b = this.batch;
    const d = this.data;
    const s = this.slot(this.n - 1);
    const size = d[s + F_BYTES]!;
    const firstTs = d[s + F_FIRST_TS]!;
    const timeWaited = firstTs >= 0 ? b[BATCH_MAX_TIMESTAMP]! - firstTs : b[BATCH_NOW]! - d[s + F_CREATED]!;
    const lastOffset = b[BATCH_BASE_OFFSET]! + b[BATCH_RECORDS]! - 1;
    return (
      size > b[BATCH_SEGMENT_BYTES]! - b[BATCH_BYTES]! ||
      (size > 0 && timeWaited > b[BATCH_SEGMENT_MS]!) ||
      lastOffset - d[s + F_BASE]! > MAX_RELATIVE_OFFSET
    );
  }

  /**
   * UnifiedLog.maybeRoll then LogSegment.append for the batch described in `batch`: roll at the batch's base
   * offset (appendInfo.firstOffset, the log end offset) when `shouldRoll()`, then add the batch to the active
   * segment. Allocates nothing unless a roll has to grow the segment ring.
   */
  append(): void {
    const b = this.batch;
    if (this.shouldRoll()) this.roll(b[BATCH_BASE_OFFSET]!, b[BATCH_NOW]!);
    this.appendToActive();
  }

  /**
   * LogSegment.append for the batch in `batch`: sizes, max timestamp, and the first batch's timestamp when the
   * segment was empty (`if (physicalPosition == 0) rollingBasedTimestamp = largestTimestampMs`).
   */
  appendToActive(): void {
    const b = this.batch;
    const d = this.data;
    const s = this.slot(this.n - 1);
    const batchBytes = b[BATCH_BYTES]!;
    const maxTs = b[BATCH_MAX_TIMESTAMP]!;
    if (d[s + F_BYTES] === 0) d[s + F_FIRST_TS] = maxTs;
    d[s + F_BYTES] = d[s + F_BYTES]! + batchBytes;
    d[s + F_RECORDS] = d[s + F_RECORDS]! + b[BATCH_RECORDS]!;
    d[s + F_RECORD_BYTES] = d[s + F_RECORD_BYTES]! + b[BATCH_RECORD_BYTES]!;
    if (maxTs > d[s + F_MAX_TS]!) d[s + F_MAX_TS] = maxTs;
    d[s + F_LAST_MODIFIED] = b[BATCH_NOW]!;
    this.totals[T_BYTES] = this.totals[T_BYTES]! + batchBytes;
  }

  /**
   * LocalLog.roll: open a new active segment at `newBaseOffset` (the log end offset). When the active segment
   * is empty and already starts there, it is deleted and recreated in place (KAFKA-6388) instead.
   */
  roll(newBaseOffset: number, nowMs: number): void {
    if (this.n > 0) {
      const s = this.slot(this.n - 1);
      const base = this.data[s + F_BASE]!;
      if (base === newBaseOffset) {
        if (this.data[s + F_BYTES]! !== 0) {
          throw new Error(`segment with base offset ${newBaseOffset} already exists and is not empty`);
        }
        this.init(s, newBaseOffset, nowMs);
        return;
      }
      if (newBaseOffset < base) {
        throw new Error(`cannot roll to ${newBaseOffset}, below the active segment's base offset ${base}`);
      }
      if (this.n === this.mask + 1) this.grow();
    }
    this.n++;
    this.init(this.slot(this.n - 1), newBaseOffset, nowMs);
  }

  /** LocalLog.removeAndDeleteSegments for the `k` oldest segments; at least one segment must remain. */
  removeOldest(k: number): void {
    if (k < 0 || k >= this.n) throw new RangeError(`cannot remove ${k} of ${this.n} segments`);
    let removed = 0;
    for (let i = 0; i < k; i++) removed += this.bytes(i);
    this.totals[T_BYTES] = this.totals[T_BYTES]! - removed;
    this.headAt[0] = (this.headAt[0]! + k) & this.mask;
    this.n -= k;
  }

  /** LocalLog.truncateTo's deletion of the newest segment (its base offset is above the truncation point). */
  removeNewest(): void {
    if (this.n <= 1) throw new RangeError('the last segment cannot be removed');
    this.totals[T_BYTES] = this.totals[T_BYTES]! - this.bytes(this.n - 1);
    this.n--;
  }

  /**
   * LogSegment.truncateTo on the newest segment: drop its last `records` records (`recordBytes` of records,
   * `bytes` on disk). `maxTimestamp` is the largest timestamp left (-1 when unknown or empty).
   */
  truncateActive(records: number, recordBytes: number, bytes: number, maxTimestamp: number): void {
    const d = this.data;
    const s = this.slot(this.n - 1);
    const left = d[s + F_RECORDS]! - records;
    const removedBytes = left > 0 ? Math.min(bytes, d[s + F_BYTES]!) : d[s + F_BYTES]!;
    d[s + F_RECORDS] = left > 0 ? left : 0;
    d[s + F_RECORD_BYTES] = left > 0 ? Math.max(0, d[s + F_RECORD_BYTES]! - recordBytes) : 0;
    d[s + F_BYTES] = d[s + F_BYTES]! - removedBytes;
    this.totals[T_BYTES] = this.totals[T_BYTES]! - removedBytes;
    if (left > 0) {
      if (maxTimestamp >= 0) d[s + F_MAX_TS] = maxTimestamp;
    } else {
      d[s + F_MAX_TS] = -1;
      d[s + F_FIRST_TS] = -1;
    }
  }

  /**
   * Cleaner.cleanSegments for segment `i` (not the active one): the cleaned copy lacks `records` records of
   * `recordBytes` bytes, and `bytes` bytes on disk (those records plus the headers of the batches that went).
   */
  removeCleaned(i: number, records: number, recordBytes: number, bytes: number): void {
    const d = this.data;
    const s = this.slot(i);
    d[s + F_RECORDS] = d[s + F_RECORDS]! - records;
    d[s + F_RECORD_BYTES] = d[s + F_RECORD_BYTES]! - recordBytes;
    d[s + F_BYTES] = d[s + F_BYTES]! - bytes;
    this.totals[T_BYTES] = this.totals[T_BYTES]! - bytes;
  }

  /**
   * The cleaned segment `i`'s timestamps, rebuilt from the batches it kept: maxTimestampSoFar and the first
   * batch's max timestamp (rollingBasedTimestamp), -1 when it kept no batch.
   */
  setCleanedTimestamps(i: number, maxTimestamp: number, firstBatchTimestamp: number): void {
    const s = this.slot(i);
    this.data[s + F_MAX_TS] = maxTimestamp;
    this.data[s + F_FIRST_TS] = firstBatchTimestamp;
  }

  /**
   * LocalLog.replaceSegments of the `k` segments from `i` (a group of Cleaner.groupSegmentsBySize, none of them
   * the active one) by the one segment they were cleaned into: it starts at segment `i`'s base offset, holds their
   * records and bytes, the largest max timestamp, the first non-empty one's first batch timestamp, and the last
   * one's last-modified time (`cleaned.setLastModified(segments.last.lastModified)`).
   */
  merge(i: number, k: number): void {
    if (k <= 1) return;
    if (i < 0 || i + k >= this.n) throw new RangeError(`cannot merge ${k} segments from ${i} of ${this.n}`);
    const d = this.data;
    const into = this.slot(i);
    for (let j = i + 1; j < i + k; j++) {
      const s = this.slot(j);
      if (d[into + F_BYTES] === 0) d[into + F_FIRST_TS] = d[s + F_FIRST_TS]!;
      d[into + F_RECORDS] = d[into + F_RECORDS]! + d[s + F_RECORDS]!;
      d[into + F_BYTES] = d[into + F_BYTES]! + d[s + F_BYTES]!;
      d[into + F_RECORD_BYTES] = d[into + F_RECORD_BYTES]! + d[s + F_RECORD_BYTES]!;
      if (d[s + F_MAX_TS]! > d[into + F_MAX_TS]!) d[into + F_MAX_TS] = d[s + F_MAX_TS]!;
      d[into + F_LAST_MODIFIED] = d[s + F_LAST_MODIFIED]!;
    }
    // Close the hole: the segments after the group move down by k - 1.
    for (let j = i + k; j < this.n; j++) {
      const from = this.slot(j);
      const to = this.slot(j - k + 1);
      for (let f = 0; f < STRIDE; f++) d[to + f] = d[from + f]!;
    }
    this.n -= k - 1;
  }

  private slot(i: number): number {
    return ((this.headAt[0]! + i) & this.mask) * STRIDE;
  }

  private init(s: number, baseOffset: number, nowMs: number): void {
    const d = this.data;
    d[s + F_BASE] = baseOffset;
    d[s + F_RECORDS] = 0;
    d[s + F_BYTES] = 0;
    d[s + F_RECORD_BYTES] = 0;
    d[s + F_MAX_TS] = -1;
    d[s + F_FIRST_TS] = -1;
    d[s + F_CREATED] = nowMs;
    d[s + F_LAST_MODIFIED] = nowMs;
  }

  private grow(): void {
    const cap = this.mask + 1;
    const next = new Float64Array(cap * 2 * STRIDE);
    for (let i = 0; i < this.n; i++) {
      const s = this.slot(i);
      next.set(this.data.subarray(s, s + STRIDE), i * STRIDE);
    }
    this.data = next;
    this.mask = cap * 2 - 1;
    this.headAt[0] = 0;
  }
}
