// Follows KIP-534's delete horizon (DefaultRecordBatch.deleteHorizonMs, set by MemoryRecords.filterTo) (Kafka 4.0).

/**
 * The delete horizons of a log's tombstones. The first cleaning pass that retains a batch holding tombstones
 * stamps it with `deleteHorizonMs = now + delete.retention.ms`; a pass at or after that time drops them.
 *
 * Every pass cleans the whole log below its end offset, so a tombstone first retained by a pass is one that lies
 * between the previous pass's end offset and this one's, and all of those share the pass's horizon. The horizons
 * are therefore kept per pass, not per record: `endOffsets[i]` is the end offset of a pass that first retained
 * tombstones and `horizonsMs[i]` their horizon, ascending. A tombstone's horizon is that of the first entry whose
 * end offset is above it; there is none before the pass that retains it first.
 */
export class DeleteHorizons {
  private readonly endOffsets: number[] = [];
  private readonly horizonsMs: number[] = [];

  /** The delete horizon of the tombstone at `offset`, or -1 while no pass has retained it (no deleteHorizonMs). */
  horizonAt(offset: number): number {
    const ends = this.endOffsets;
    let lo = 0;
    let hi = ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ends[mid]! > offset) hi = mid;
      else lo = mid + 1;
    }
    return lo < ends.length ? this.horizonsMs[lo]! : -1;
  }

  /** A pass that cleaned up to `endOffset` first retained tombstones below it: they get `horizonMs`. */
  add(endOffset: number, horizonMs: number): void {
    const n = this.endOffsets.length;
    if (n > 0 && this.endOffsets[n - 1]! >= endOffset) return;
    this.endOffsets.push(endOffset);
    this.horizonsMs.push(horizonMs);
  }

  /** Forgets passes whose tombstones all lie below `offset` (deleted by retention or out of the cleaner's reach). */
  dropBelow(offset: number): void {
    let k = 0;
    while (k < this.endOffsets.length && this.endOffsets[k]! <= offset) k++;
    if (k === 0) return;
    this.endOffsets.splice(0, k);
    this.horizonsMs.splice(0, k);
  }

  /** The log was truncated to `offset`: tombstones at or above it are gone. */
  truncateTo(offset: number): void {
    const ends = this.endOffsets;
    while (ends.length > 1 && ends[ends.length - 2]! >= offset) {
      ends.pop();
      this.horizonsMs.pop();
    }
    if (ends.length > 0 && ends[ends.length - 1]! > offset) ends[ends.length - 1] = offset;
  }

  /** The number of passes kept (for tests and memory accounting). */
  get size(): number {
    return this.endOffsets.length;
  }
}
