// The sends an application has made that KafkaProducer.send has not returned from: the first waits in
// BufferPool.allocate for buffer.memory (up to max.block.ms); the rest queue behind it in the application (a
// processor's output of one poll). A source stops drawing records while blocked, so it has at most one here.
// Columns in typed arrays, a ring that only grows: queueing allocates nothing once warm.

export class BlockedSends {
  private timestamps = new Float64Array(16);
  private keys = new Int32Array(16);
  private valueSizes = new Int32Array(16);
  private head = 0;
  length = 0;
  /** The target (topic) of the first record that its send() is blocked on; earlier targets have it. */
  target = 0;
  /** When the first record's current send() started to block. */
  sinceMs = 0;
  /** The bytes the blocked send asked of buffer.memory. */
  neededBytes = 0;

  push(timestamp: number, key: number, valueSize: number): void {
    if (this.length === this.timestamps.length) this.grow();
    const i = (this.head + this.length) & (this.timestamps.length - 1);
    this.timestamps[i] = timestamp;
    this.keys[i] = key;
    this.valueSizes[i] = valueSize;
    this.length++;
  }

  get firstTimestamp(): number {
    return this.timestamps[this.head]!;
  }

  get firstKey(): number {
    return this.keys[this.head]!;
  }

  get firstValueSize(): number {
    return this.valueSizes[this.head]!;
  }

  shift(): void {
    this.head = (this.head + 1) & (this.timestamps.length - 1);
    this.length--;
    this.target = 0;
  }

  clear(): void {
    this.head = 0;
    this.length = 0;
    this.target = 0;
  }

  private grow(): void {
    const n = this.timestamps.length * 2;
    const ts = new Float64Array(n);
    const ks = new Int32Array(n);
    const vs = new Int32Array(n);
    for (let i = 0; i < this.length; i++) {
      const j = (this.head + i) & (this.timestamps.length - 1);
      ts[i] = this.timestamps[j]!;
      ks[i] = this.keys[j]!;
      vs[i] = this.valueSizes[j]!;
    }
    this.timestamps = ts;
    this.keys = ks;
    this.valueSizes = vs;
    this.head = 0;
  }
}
