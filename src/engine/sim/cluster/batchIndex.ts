// Which producer wrote which batch of a partition's log, in which leader epoch, for every offset that a leader change
// could still cut: everything above the shortest replica's log end offset. Below that every replica has the records,
// so no election can lose them and their entries are dropped. Memory grows only while a replica is far behind.

export class BatchIndex {
  private offsets = new Float64Array(64);
  private tags = new Int32Array(64);
  private epochs = new Int32Array(64);
  private mask = 63;
  private head = 0;
  private n = 0;

  get size(): number {
    return this.n;
  }

  baseOffset(i: number): number {
    return this.offsets[(this.head + i) & this.mask]!;
  }

  tag(i: number): number {
    return this.tags[(this.head + i) & this.mask]!;
  }

  epoch(i: number): number {
    return this.epochs[(this.head + i) & this.mask]!;
  }

  /** A batch appended to the leader's log at `baseOffset`. */
  append(baseOffset: number, tag: number, epoch: number): void {
    if (this.n === this.mask + 1) this.grow();
    const s = (this.head + this.n) & this.mask;
    this.offsets[s] = baseOffset;
    this.tags[s] = tag;
    this.epochs[s] = epoch;
    this.n++;
  }

  /** The entry whose batch holds `offset` (the last with base <= offset), or -1 below the first entry. */
  find(offset: number): number {
    let lo = 0;
    let hi = this.n - 1;
    if (hi < 0 || this.baseOffset(0) > offset) return -1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.baseOffset(mid) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Drops entries wholly below `offset` (the next entry starts at or below it). */
  trimBelow(offset: number): void {
    while (this.n > 1 && this.baseOffset(1) <= offset) {
      this.head = (this.head + 1) & this.mask;
      this.n--;
    }
  }

  /** Drops entries of batches at or above `offset` (the log was cut there). */
  truncateTo(offset: number): void {
    while (this.n > 0 && this.baseOffset(this.n - 1) >= offset) this.n--;
  }

  private grow(): void {
    const cap = (this.mask + 1) * 2;
    const offsets = new Float64Array(cap);
    const tags = new Int32Array(cap);
    const epochs = new Int32Array(cap);
    for (let i = 0; i < this.n; i++) {
      offsets[i] = this.baseOffset(i);
      tags[i] = this.tag(i);
      epochs[i] = this.epoch(i);
    }
    this.offsets = offsets;
    this.tags = tags;
    this.epochs = epochs;
    this.mask = cap - 1;
    this.head = 0;
  }
}
