// What LinkedIn Burrow stores per consumer-group partition to judge it: its in-memory storage module
// (InMemoryStorage, core/internal/storage/inmemory.go, https://github.com/linkedin/Burrow) keeps a ring of the
// last `intervals` offset commits, each with the lag Burrow computed when the commit arrived, and per topic
// partition a ring of the last `intervals` broker log-end offsets it fetched every `offset-refresh`.
// Both rings here are typed arrays of fixed size: recording a commit or a log end allocates nothing.

/** Burrow's defaults: storage `intervals` 10 (InMemoryStorage.Configure), cluster `offset-refresh` 10 s (KafkaCluster). */
export const BURROW_INTERVALS = 10;
export const BURROW_OFFSET_REFRESH_MS = 10_000;

/**
 * One partition's span of the last `intervals` commits, oldest first. Burrow appends every commit it reads
 * from `__consumer_offsets` (with its default `min-distance` 0 none is merged into the one before), and the
 * newest `intervals` stay. `lag(i)` is NaN where Burrow's Lag is nil (a commit it stored out of order, with no
 * broker offset to measure it against); commits recorded here always carry one.
 */
export class CommitWindow {
  private readonly offsets: Float64Array;
  private readonly lags: Float64Array;
  private readonly timestamps: Float64Array;
  private start = 0;
  /** Commits stored, at most `intervals`. */
  length = 0;

  constructor(readonly intervals: number = BURROW_INTERVALS) {
    this.offsets = new Float64Array(intervals);
    this.lags = new Float64Array(intervals);
    this.timestamps = new Float64Array(intervals);
  }

  /**
   * A commit of `offset` at `timestampMs`, while the partition's log ends at `brokerOffset`. Burrow's lag at
   * commit (addConsumerOffset): broker offset minus committed offset, 0 when the broker offset it knows is behind.
   */
  record(offset: number, brokerOffset: number, timestampMs: number): void {
    this.push(offset, brokerOffset > offset ? brokerOffset - offset : 0, timestampMs);
  }

  /** A commit with its lag as given (NaN: unknown); for histories built by hand. */
  push(offset: number, lag: number, timestampMs: number): void {
    let slot: number;
    if (this.length < this.intervals) slot = (this.start + this.length++) % this.intervals;
    else {
      slot = this.start;
      this.start = (this.start + 1) % this.intervals;
    }
    this.offsets[slot] = offset;
    this.lags[slot] = lag;
    this.timestamps[slot] = timestampMs;
  }

  /** The i-th oldest stored commit's offset. */
  offset(i: number): number {
    return this.offsets[(this.start + i) % this.intervals]!;
  }

  lag(i: number): number {
    return this.lags[(this.start + i) % this.intervals]!;
  }

  timestampMs(i: number): number {
    return this.timestamps[(this.start + i) % this.intervals]!;
  }

  /** The newest commit's offset; -1 before the first. */
  lastOffset(): number {
    return this.length === 0 ? -1 : this.offset(this.length - 1);
  }

  clear(): void {
    this.start = 0;
    this.length = 0;
  }
}

/** A partition's last `intervals` log-end offsets, one per `offset-refresh`, oldest first (Burrow's broker ring). */
export class BrokerOffsetRing {
  private readonly values: Float64Array;
  private start = 0;
  length = 0;

  constructor(readonly intervals: number = BURROW_INTERVALS) {
    this.values = new Float64Array(intervals);
  }

  push(logEndOffset: number): void {
    if (this.length < this.intervals)
      this.values[(this.start + this.length++) % this.intervals] = logEndOffset;
    else {
      this.values[this.start] = logEndOffset;
      this.start = (this.start + 1) % this.intervals;
    }
  }

  at(i: number): number {
    return this.values[(this.start + i) % this.intervals]!;
  }
}
