// The records of one producer batch, column-wise (Kafka's MemoryRecordsBuilder holds them as bytes; here each field
// is a typed array). One shape for every place a batch's records live: the accumulator's open batch, a closed
// ProducerBatch, the parts a split makes, and the view the Sender writes to a leader's log.

export class BatchColumns {
  timestamps: Float64Array;
  keys: Int32Array;
  /** Payload bytes (key + value) per record, as the log keeps them. */
  sizes: Int32Array;
  /** 1 where the value is null (a tombstone); null when the batch carries no tombstone column. */
  tombstones: Uint8Array | null = null;
  count = 0;
  /** On-disk size: records plus the batch header (MemoryRecordsBuilder.estimatedSizeInBytes while it is open). */
  bytes = 0;
  /** Where `tombstones` points when the batch carries them: kept across batches so appending allocates nothing. */
  private tombstoneColumn: Uint8Array;

  constructor(capacity = 64) {
    this.timestamps = new Float64Array(capacity);
    this.keys = new Int32Array(capacity);
    this.sizes = new Int32Array(capacity);
    this.tombstoneColumn = new Uint8Array(capacity);
  }

  /** From now on the batch carries a tombstone column (the accumulator's open batch always does). */
  withTombstones(): this {
    this.tombstones = this.tombstoneColumn;
    return this;
  }

  /** Appends one record's columns (the tombstone column is written whether the batch carries it or not). */
  push(timestamp: number, key: number, size: number, tombstone: number): void {
    if (this.count === this.timestamps.length) this.reserve(this.count + 1);
    this.timestamps[this.count] = timestamp;
    this.keys[this.count] = key;
    this.sizes[this.count] = size;
    this.tombstoneColumn[this.count] = tombstone;
    this.count++;
  }

  /**
   * Copies records [start, start + count) of `from` (whose arrays its owner reuses), `bytes` on disk. A loop, not
   * set(subarray()): a subarray view is an allocation per batch.
   */
  copyFrom(from: BatchColumns, start: number, count: number, bytes: number): void {
    if (this.timestamps.length < count) this.reserve(count);
    const { timestamps, keys, sizes, tombstones } = from;
    if (tombstones !== null) {
      const tb = this.tombstoneColumn;
      for (let i = 0; i < count; i++) tb[i] = tombstones[start + i]!;
      this.tombstones = tb;
    } else this.tombstones = null;
    const ts = this.timestamps;
    const ks = this.keys;
    const ss = this.sizes;
    for (let i = 0; i < count; i++) {
      ts[i] = timestamps[start + i]!;
      ks[i] = keys[start + i]!;
      ss[i] = sizes[start + i]!;
    }
    this.count = count;
    this.bytes = bytes;
  }

  /** Points this batch at `from`'s columns, without copying; its tombstones only when `withTombstones`. */
  viewOf(from: BatchColumns, withTombstones: boolean): void {
    this.timestamps = from.timestamps;
    this.keys = from.keys;
    this.sizes = from.sizes;
    this.tombstones = withTombstones ? from.tombstones : null;
    this.count = from.count;
    this.bytes = from.bytes;
  }

  /** Room for at least `capacity` records, doubling, keeping the records held. */
  private reserve(capacity: number): void {
    let n = this.timestamps.length;
    if (n === 0) n = 1;
    while (n < capacity) n *= 2;
    const ts = new Float64Array(n);
    ts.set(this.timestamps);
    const ks = new Int32Array(n);
    ks.set(this.keys);
    const ss = new Int32Array(n);
    ss.set(this.sizes);
    const tb = new Uint8Array(n);
    tb.set(this.tombstoneColumn);
    const carried = this.tombstones !== null;
    this.timestamps = ts;
    this.keys = ks;
    this.sizes = ss;
    this.tombstoneColumn = tb;
    if (carried) this.tombstones = tb;
  }
}
