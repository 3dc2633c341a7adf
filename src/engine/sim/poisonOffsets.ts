// Not Kafka: the offsets of one partition that hold a record no consumer can deserialize (see PoisonPicker), in
// ascending order. Kept beside the log, not in it, so the log's per-record columns stay as they are; offsets below the
// log start and above a truncation are dropped as the log moves.

export class PoisonOffsets {
  private offsets: number[] = [];
  /** Offsets before this index are below the log start (dropped lazily, in chunks). */
  private head = 0;
  /** The partition's truncation count the offsets were last checked against. */
  truncationsSeen = 0;

  get size(): number {
    return this.offsets.length - this.head;
  }

  /** Offsets arrive in append order (ascending); a lower one follows a truncation, which `dropFrom` handled. */
  add(offset: number): void {
    this.offsets.push(offset);
  }

  /** The first poison offset in [from, end), or -1. */
  firstIn(from: number, end: number, logStartOffset: number): number {
    const o = this.offsets;
    while (this.head < o.length && o[this.head]! < logStartOffset) this.head++;
    if (this.head > 1024 && this.head * 2 > o.length) {
      this.offsets = o.slice(this.head);
      this.head = 0;
    }
    let lo = this.head;
    let hi = this.offsets.length;
    const list = this.offsets;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (list[mid]! < from) lo = mid + 1;
      else hi = mid;
    }
    return lo < list.length && list[lo]! < end ? list[lo]! : -1;
  }

  /** The log was truncated to `offset`: records from there on are gone (new ones will take their offsets). */
  dropFrom(offset: number): void {
    const o = this.offsets;
    while (o.length > this.head && o[o.length - 1]! >= offset) o.pop();
  }
}
