// A bounded time series: the newest `capacity` samples in a ring, so memory stays flat for any run length.

/** Samples a series starts with room for; it doubles up to its capacity as samples come. */
const INITIAL_ROOM = 64;

export class Series {
  /** Grows (doubling) to `capacity`: a one-minute run of 100,000 series takes 64 samples each, not 600. */
  private values: Float64Array;
  private start = 0;
  length = 0;

  constructor(readonly capacity: number) {
    this.values = new Float64Array(capacity < INITIAL_ROOM ? capacity : INITIAL_ROOM);
  }

  push(value: number): void {
    if (this.length < this.capacity) {
      // Until full the ring has not wrapped (start is 0), so growing keeps the samples where they are.
      if (this.length === this.values.length) {
        const grown = new Float64Array(Math.min(this.capacity, this.values.length * 2));
        grown.set(this.values);
        this.values = grown;
      }
      this.values[this.length++] = value;
    } else {
      this.values[this.start] = value;
      this.start = (this.start + 1) % this.capacity;
    }
  }

  /** The i-th oldest retained sample. */
  at(i: number): number {
    return this.values[(this.start + i) % this.capacity]!;
  }

  last(): number {
    return this.length === 0 ? 0 : this.at(this.length - 1);
  }

  toArray(): number[] {
    const out: number[] = [];
    for (let i = 0; i < this.length; i++) out.push(this.at(i));
    return out;
  }

  /** Typed-array bytes held now: 8 per sample of room, at most 8 * capacity. */
  memoryBytes(): number {
    return this.values.byteLength;
  }
}
