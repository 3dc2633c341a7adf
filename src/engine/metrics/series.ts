// A bounded time series: the newest `capacity` samples in a ring, so memory stays flat for any run length.
export class Series {
  private readonly values: Float64Array;
  private start = 0;
  length = 0;

  constructor(readonly capacity: number) {
    this.values = new Float64Array(capacity);
  }

  push(value: number): void {
    if (this.length < this.capacity) this.values[(this.start + this.length++) % this.capacity] = value;
    else {
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
}
