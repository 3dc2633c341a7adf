// Follows Kafka's FileRecords (a LogSegment's record data), kept only for the log's newest records: their details, column by column, in a ring.

import { FLAG_BATCH_START, FLAG_TOMBSTONE } from './recordBatch';
import { BATCH_MAX_TIMESTAMP, BATCH_RECORD_BYTES } from './segments';

/**
 * The typed-array bytes the log keeps per retained record: offset f64 + timestamp f64 + key i32 + size i32 +
 * producer tag i32 + flags u8.
 */
export const RETAINED_BYTES_PER_RECORD = 29;

/** Largest ring the log accepts: slots are computed with 32-bit `&`. */
const MAX_CAPACITY = 1 << 30;

/** Slots a ring starts with; it doubles up to its capacity only as the log keeps more records. */
const INITIAL_SLOTS = 64;

/**
 * The details of a log's most recent records (offset, timestamp, key id, size, producer tag, flags), kept
 * column-wise in `capacity` slots, a power of two: slot = offset & mask, so memory stays flat however long the log
 * grows. An offset's slot holds it until a later offset takes the slot; the offsets whose slots still hold them
 * make up the log's window (see `holds`). The columns are public for the loops that read or mark many records at
 * a time (LiveRecords, the cleaner); a single offset is read only after `holds` says its slot is still its own.
 *
 * The columns start small and double (up to `capacity`) only when a write would push out a record still in the
 * log, so a partition that holds few records costs little: a topic of 1,000 quiet partitions no longer takes
 * 475 MB up front. Until the ring is full every record of the log is in it, so the window is the same as with
 * all `capacity` slots from the start. Read the columns afresh in each call: growing replaces them.
 */
export class RecordRing {
  /** The number of most recent records whose details are kept (once the log holds that many). */
  readonly capacity: number;
  /** `slots - 1`: slot = offset & mask. */
  mask: number;
  offsets: Float64Array;
  timestamps: Float64Array;
  keys: Int32Array;
  sizes: Int32Array;
  /** Which producer wrote each record, and its batch (the simulation's producer tag), for delivery order. */
  producers: Int32Array;
  /** FLAG_BATCH_START, FLAG_TOMBSTONE, FLAG_REMOVED, FLAG_BATCH_DELETED (see recordBatch.ts). */
  flags: Uint8Array;
  /** Slots below this offset were overwritten by records a truncation later removed. */
  private floor = 0;

  /** `capacity` is rounded up to a power of two. */
  constructor(capacity: number) {
    if (!(capacity >= 1 && capacity <= MAX_CAPACITY)) {
      throw new RangeError(`capacity must be in [1, ${MAX_CAPACITY}], got ${capacity}`);
    }
    let cap = 1;
    while (cap < capacity) cap *= 2;
    this.capacity = cap;
    const slots = cap < INITIAL_SLOTS ? cap : INITIAL_SLOTS;
    this.mask = slots - 1;
    this.offsets = new Float64Array(slots);
    this.timestamps = new Float64Array(slots);
    this.keys = new Int32Array(slots);
    this.sizes = new Int32Array(slots);
    this.producers = new Int32Array(slots);
    this.flags = new Uint8Array(slots);
  }

  /** Slots allocated now: grows from INITIAL_SLOTS to `capacity`. */
  get slots(): number {
    return this.mask + 1;
  }

  /**
   * Makes room before records up to `endOffset` (exclusive) are written to a log starting at `logStartOffset`:
   * while those records would push out one still in the log, the columns double (up to `capacity`). Every record
   * the ring holds keeps its details, at its slot under the new mask. Allocates only when it grows.
   */
  reserve(logStartOffset: number, logEndOffset: number, endOffset: number): void {
    let slots = this.mask + 1;
    if (endOffset - slots <= logStartOffset || slots >= this.capacity) return;
    while (endOffset - slots > logStartOffset && slots < this.capacity) slots *= 2;
    const from = this.windowStart(logStartOffset, logEndOffset);
    const mask = slots - 1;
    const offsets = new Float64Array(slots).fill(-1);
    const timestamps = new Float64Array(slots);
    const keys = new Int32Array(slots);
    const sizes = new Int32Array(slots);
    const producers = new Int32Array(slots);
    const flags = new Uint8Array(slots);
    const old = this.mask;
    for (let o = from; o < logEndOffset; o++) {
      const s = o & old;
      if (this.offsets[s] !== o) continue;
      const d = o & mask;
      offsets[d] = o;
      timestamps[d] = this.timestamps[s]!;
      keys[d] = this.keys[s]!;
      sizes[d] = this.sizes[s]!;
      producers[d] = this.producers[s]!;
      flags[d] = this.flags[s]!;
    }
    this.mask = mask;
    this.offsets = offsets;
    this.timestamps = timestamps;
    this.keys = keys;
    this.sizes = sizes;
    this.producers = producers;
    this.flags = flags;
  }

  /**
   * Writes one batch at offsets `base` .. `base + count - 1`: record i is taken from `start + i` in the given
   * columns and is a tombstone where `tombstones[start + i] === 1`. Copying does not depend on the segments, so the
   * same pass gathers what the segment needs of the batch into `batch` (BATCH_RECORD_BYTES and
   * BATCH_MAX_TIMESTAMP, see segments.ts). Only small integers and arrays cross this call, so nothing is boxed.
   */
  write(
    base: number,
    timestamps: Float64Array,
    keys: Int32Array,
    sizes: Int32Array,
    start: number,
    count: number,
    producer: number,
    tombstones: Uint8Array | null,
    batch: Float64Array,
  ): void {
    const mask = this.mask;
    const offs = this.offsets;
    const tss = this.timestamps;
    const ks = this.keys;
    const szs = this.sizes;
    const prs = this.producers;
    const fls = this.flags;
    // maxTimestamp starts at -1 (RecordBatch.NO_TIMESTAMP).
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
    batch[BATCH_RECORD_BYTES] = recordBytes;
    batch[BATCH_MAX_TIMESTAMP] = maxTs;
  }

  /** True when `offset` is in the log [logStartOffset, logEndOffset) and its details are still in the ring. */
  holds(offset: number, logStartOffset: number, logEndOffset: number): boolean {
    return (
      offset >= logStartOffset &&
      offset < logEndOffset &&
      offset >= logEndOffset - this.mask - 1 &&
      this.offsets[offset & this.mask] === offset
    );
  }

  /** The first offset of the log [logStartOffset, logEndOffset) whose details are in the ring. */
  windowStart(logStartOffset: number, logEndOffset: number): number {
    let w = logEndOffset - this.mask - 1;
    if (this.floor > w) w = this.floor;
    return w > logStartOffset ? w : logStartOffset;
  }

  /**
   * Keeps the offsets below `offset` out of the window from now on, whatever the log end offset: their slots were
   * taken by records that a truncation then removed.
   */
  raiseFloor(offset: number): void {
    if (offset > this.floor) this.floor = offset;
  }

  /** Typed-array bytes of the columns: RETAINED_BYTES_PER_RECORD * slots (at most * capacity). */
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
}
