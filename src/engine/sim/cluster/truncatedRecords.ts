// The records a partition's log lost when replicas with shorter logs took over. Kafka keeps them only on the
// replicas that still have them; if one of those becomes leader again (unclean election), they come back.
import type { PartitionLog } from '../../kafka/log/partitionLog';
import type { BatchIndex } from './batchIndex';
import { tagProducer } from '../../kafka/log/producerTag';

/** The most records one cut keeps: a longer suffix is cut from its oldest end. */
const MAX_RECORDS = 1 << 20;
/** The most cuts remembered: each leader change that cut the log leaves one (the dead replicas' tails). */
const MAX_CUTS = 4;

/** The records one truncation removed, offsets [baseOffset, baseOffset + count). */
export class TruncatedSuffix {
  readonly baseOffset: number;
  readonly count: number;
  readonly timestamps: Float64Array;
  readonly keys: Int32Array;
  readonly sizes: Int32Array;
  readonly epochs: Int32Array;
  readonly tags: Int32Array;
  /** 1 where the record counted as lost when it was truncated. */
  readonly lost: Uint8Array;

  /**
   * Log records [from, to) as they are before the log is cut there, with their producers and epochs from `index`;
   * a record counts as lost when its offset is below `ackedBelow(producer)`.
   */
  constructor(
    log: PartitionLog,
    index: BatchIndex,
    from: number,
    to: number,
    ackedBelow: (producer: number) => number,
  ) {
    const start = to - from > MAX_RECORDS ? to - MAX_RECORDS : from;
    const n = to - start;
    this.baseOffset = start;
    this.count = n;
    this.timestamps = new Float64Array(n);
    this.keys = new Int32Array(n);
    this.sizes = new Int32Array(n);
    this.epochs = new Int32Array(n);
    this.tags = new Int32Array(n);
    this.lost = new Uint8Array(n);
    let k = index.find(start);
    for (let i = 0; i < n; i++) {
      const o = start + i;
      while (k + 1 < index.size && index.baseOffset(k + 1) <= o) k++;
      const tag = k >= 0 ? index.tag(k) : -1;
      this.timestamps[i] = log.timestampAt(o);
      this.keys[i] = log.keyAt(o);
      this.sizes[i] = Math.round(log.sizeAt(o));
      this.epochs[i] = k >= 0 ? index.epoch(k) : -1;
      this.tags[i] = tag;
      this.lost[i] = o < ackedBelow(tagProducer(tag)) ? 1 : 0;
    }
  }

  /** True when this cut removed offset `o`, written in `epoch`. */
  has(o: number, epoch: number): boolean {
    const i = o - this.baseOffset;
    return i >= 0 && i < this.count && this.epochs[i] === epoch;
  }
}

export class TruncatedRecords {
  /** Newest first. */
  private cuts: TruncatedSuffix[] = [];

  keep(cut: TruncatedSuffix): void {
    this.cuts.unshift(cut);
    if (this.cuts.length > MAX_CUTS) this.cuts.pop();
  }

  /** The cut that holds offset `o` as written in `epoch`, or null. */
  find(o: number, epoch: number): TruncatedSuffix | null {
    for (const cut of this.cuts) if (cut.has(o, epoch)) return cut;
    return null;
  }
}
