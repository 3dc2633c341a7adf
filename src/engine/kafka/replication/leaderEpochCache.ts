// Follows Kafka's LeaderEpochFileCache (storage/internals/epoch): assign, truncateFromEnd, endOffsetFor (KIP-101, KIP-279).

/** LeaderEpochFileCache's UNDEFINED_EPOCH. */
export const UNDEFINED_EPOCH = -1;
/** LeaderEpochFileCache's UNDEFINED_EPOCH_OFFSET. */
export const UNDEFINED_EPOCH_OFFSET = -1;

/**
 * The (leader epoch, start offset) entries of one replica's log.
 *
 * Entry k says: the records from `startOffset(k)` up to the next entry's start offset (or the log end offset)
 * were written by the leader of epoch `epoch(k)`. Epochs and start offsets both strictly increase.
 *
 * One leader per epoch means (offset, epoch) names one record: two replicas whose logs hold the same offset with
 * the same epoch hold the same record. That is why these few entries are enough to find where two logs diverge.
 */
export class LeaderEpochCache {
  private readonly epochs: number[] = [];
  private readonly starts: number[] = [];

  /** The epoch found by the last `endOffsetFor` (a field, so the fetch path allocates nothing). */
  foundEpoch = UNDEFINED_EPOCH;
  /** The end offset found by the last `endOffsetFor`. */
  foundOffset = UNDEFINED_EPOCH_OFFSET;

  get size(): number {
    return this.epochs.length;
  }

  epochAt(index: number): number {
    return this.epochs[index] ?? UNDEFINED_EPOCH;
  }

  startOffsetAt(index: number): number {
    return this.starts[index] ?? UNDEFINED_EPOCH_OFFSET;
  }

  /** The latest epoch, or UNDEFINED_EPOCH when empty. Followers send it as `lastFetchedEpoch`. */
  latestEpoch(): number {
    return this.epochs.length === 0
      ? UNDEFINED_EPOCH
      : (this.epochs[this.epochs.length - 1] ?? UNDEFINED_EPOCH);
  }

  /**
   * `assign(epoch, startOffset)`: records that `epoch` starts at `startOffset`. Does nothing when the latest entry
   * already has this epoch at or before this offset (isUpdateNeeded); otherwise first drops the entries that would
   * break monotonicity (maybeTruncateNonMonotonicEntries: epoch >= new epoch or start >= new start).
   */
  assign(epoch: number, startOffset: number): boolean {
    if (epoch < 0 || startOffset < 0) {
      throw new RangeError(`invalid leader epoch entry (${epoch}, ${startOffset})`);
    }
    let n = this.epochs.length;
    if (n > 0 && this.epochs[n - 1] === epoch && startOffset >= (this.starts[n - 1] ?? 0)) return false;
    while (n > 0 && ((this.epochs[n - 1] ?? 0) >= epoch || (this.starts[n - 1] ?? 0) >= startOffset)) {
      this.epochs.pop();
      this.starts.pop();
      n--;
    }
    this.epochs.push(epoch);
    this.starts.push(startOffset);
    return true;
  }

  /** `truncateFromEnd(endOffset)`: drops every entry starting at or after `endOffset` (the log was cut there). */
  truncateFromEnd(endOffset: number): void {
    let n = this.epochs.length;
    while (n > 0 && (this.starts[n - 1] ?? 0) >= endOffset) {
      this.epochs.pop();
      this.starts.pop();
      n--;
    }
  }

  /**
   * `endOffsetFor(requestedEpoch, logEndOffset)`: the largest epoch <= requestedEpoch this log knows and the offset
   * where it ends (the start of the next larger epoch, or the log end offset for the latest epoch). When the
   * requested epoch is older than every entry, Kafka answers (requestedEpoch, first start offset). Unknown cases give
   * (UNDEFINED_EPOCH, UNDEFINED_EPOCH_OFFSET). The answer is left in `foundEpoch` / `foundOffset`.
   */
  endOffsetFor(requestedEpoch: number, logEndOffset: number): void {
    const n = this.epochs.length;
    this.foundEpoch = UNDEFINED_EPOCH;
    this.foundOffset = UNDEFINED_EPOCH_OFFSET;
    if (requestedEpoch === UNDEFINED_EPOCH || n === 0) return;
    if (this.epochs[n - 1] === requestedEpoch) {
      this.foundEpoch = requestedEpoch;
      this.foundOffset = logEndOffset;
      return;
    }
    // higherEntry: the first entry with epoch > requested; floorEntry: the last with epoch <= requested.
    let higher = -1;
    for (let k = 0; k < n; k++) {
      if ((this.epochs[k] ?? 0) > requestedEpoch) {
        higher = k;
        break;
      }
    }
    if (higher < 0) return;
    const higherStart = this.starts[higher] ?? UNDEFINED_EPOCH_OFFSET;
    if (higher === 0) {
      this.foundEpoch = requestedEpoch;
      this.foundOffset = higherStart;
    } else {
      this.foundEpoch = this.epochs[higher - 1] ?? UNDEFINED_EPOCH;
      this.foundOffset = higherStart;
    }
  }

  /** The epoch of the record at `offset` (the entry whose range holds it), or UNDEFINED_EPOCH before every entry. */
  epochForOffset(offset: number): number {
    for (let k = this.epochs.length - 1; k >= 0; k--) {
      if ((this.starts[k] ?? 0) <= offset) return this.epochs[k] ?? UNDEFINED_EPOCH;
    }
    return UNDEFINED_EPOCH;
  }

  /** The index of the entry holding `offset`, or -1. */
  indexForOffset(offset: number): number {
    for (let k = this.epochs.length - 1; k >= 0; k--) {
      if ((this.starts[k] ?? 0) <= offset) return k;
    }
    return -1;
  }

  /** A copy of the entries as [epoch, startOffset] pairs (for views and tests). */
  entries(): [number, number][] {
    const out: [number, number][] = [];
    for (let k = 0; k < this.epochs.length; k++) out.push([this.epochs[k] ?? 0, this.starts[k] ?? 0]);
    return out;
  }
}
