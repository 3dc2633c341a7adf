// Follows Kafka's OffsetMap / SkimpyOffsetMap: the cleaner's key => latest offset table (Kafka 4.0).

const EMPTY = -1;

/**
 * Key id => the latest offset seen for it, in an open-addressing table with linear probing, as
 * SkimpyOffsetMap is (which hashes the key bytes with MD5; key ids are already small integers). Kafka sizes it
 * from `log.cleaner.dedupe.buffer.size` and fills it to `log.cleaner.io.buffer.load.factor`; the log's window
 * of records is far smaller than that, so this one grows instead and is never full.
 * `clear` keeps the table, so a cleaning pass allocates only when it meets more keys than any before.
 */
export class OffsetMap {
  private keys = new Int32Array(64).fill(EMPTY);
  private offsets = new Float64Array(64);
  private mask = 63;
  private bits = 6;
  private entries = 0;

  /** The number of keys in the map. */
  get size(): number {
    return this.entries;
  }

  clear(): void {
    if (this.entries === 0) return;
    this.keys.fill(EMPTY);
    this.entries = 0;
  }

  /** Records `offset` as the latest for `key` (a key id >= 0); later puts for the same key overwrite. */
  put(key: number, offset: number): void {
    if ((this.entries + 1) * 2 > this.mask + 1) this.grow();
    const slot = this.find(key);
    if (this.keys[slot] === EMPTY) {
      this.keys[slot] = key;
      this.entries++;
    }
    this.offsets[slot] = offset;
  }

  /** The latest offset put for `key`, or -1 when the key is not in the map (OffsetMap.get). */
  get(key: number): number {
    const slot = this.find(key);
    return this.keys[slot] === EMPTY ? -1 : this.offsets[slot]!;
  }

  /** The slot holding `key`, or the empty slot where it would go. */
  private find(key: number): number {
    const keys = this.keys;
    const mask = this.mask;
    // Fibonacci hashing: the top bits of key * 2^32/phi spread consecutive key ids over the table.
    let slot = Math.imul(key, 0x9e3779b1) >>> (32 - this.bits);
    while (keys[slot] !== EMPTY && keys[slot] !== key) slot = (slot + 1) & mask;
    return slot;
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldOffsets = this.offsets;
    const capacity = (this.mask + 1) * 2;
    this.keys = new Int32Array(capacity).fill(EMPTY);
    this.offsets = new Float64Array(capacity);
    this.mask = capacity - 1;
    this.bits++;
    for (let i = 0; i < oldKeys.length; i++) {
      const key = oldKeys[i]!;
      if (key === EMPTY) continue;
      const slot = this.find(key);
      this.keys[slot] = key;
      this.offsets[slot] = oldOffsets[i]!;
    }
  }
}
