// The records a partition's log lost when a replica with a shorter log took over. Kafka keeps them only on the
// replicas that still have them; if one of those becomes leader again (unclean election), they come back.
import type { PartitionLog } from '../../kafka/log/partitionLog';
import type { BatchIndex } from './batchIndex';
import { tagProducer } from './producerTag';

/** The most records kept: a longer suffix is cut from its oldest end. */
const MAX_RECORDS = 1 << 20;

export class TruncatedRecords {
  baseOffset = 0;
  count = 0;
  timestamps = new Float64Array(0);
  keys = new Int32Array(0);
  sizes = new Int32Array(0);
  epochs = new Int32Array(0);
  tags = new Int32Array(0);
  /** 1 where the record counted as lost when it was truncated. */
  lost = new Uint8Array(0);

  /**
   * Keeps log records [from, to) before the log is cut there, with their producers and epochs from `index`; a record
   * counts as lost when its offset is below `ackedBelow(producer)`.
   */
  keep(
    log: PartitionLog,
    index: BatchIndex,
    from: number,
    to: number,
    ackedBelow: (producer: number) => number,
  ): void {
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

  /** True when the kept records include offset `o` written in `epoch`. */
  has(o: number, epoch: number): boolean {
    const i = o - this.baseOffset;
    return i >= 0 && i < this.count && this.epochs[i] === epoch;
  }
}
