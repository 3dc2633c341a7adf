// What one producer's records look like on one topic, as rates: each partition's share (the Java client's
// partitioners in expectation: murmur2 of the key space for keyed records, weighted as KeyChooser draws the keys; the
// sticky and round-robin partitioners even out; a fixed partition takes all), and the bytes per record on the wire, on
// disk and as the consumer reads them, with RECORD_BATCH_OVERHEAD spread over the records a batch holds
// (RecordAccumulator: a batch takes the records that arrive while it lingers, up to batch.size). The same formulas
// as capacity/topicLoad.ts, per writer, so the fluid mode can follow a rate that changes.
import {
  evenShares,
  fixedShares,
  keyDistribution,
  keyedShares,
  meanKeyLength,
} from '../../capacity/keyShares';
import { COMPRESSION_RATIO, storedRatio } from '../../kafka/log/compressionType';
import { RECORD_BATCH_OVERHEAD } from '../../kafka/log/recordBatch';
import { defaultRecordSizeInBytes } from '../../kafka/producer/recordSize';
import type { SourceConfig, TopicConfig } from '../../model/schema';

/** Bytes per record of a flow at a given arrival rate. */
export interface RecordBytes {
  /** A record's key and value bytes as the log keeps them (what consumer and follower fetches count). */
  record: number;
  /** Its share of its batch's header (RECORD_BATCH_OVERHEAD over the records of a batch). */
  header: number;
  /** On disk: the record framed (DefaultRecord.sizeInBytes) plus its header share. */
  stored: number;
  /** On the wire to the leader (the producer's codec), header share included. */
  produce: number;
}

export class WriterShape {
  /** Each partition's share of the records. */
  readonly shares: Float64Array;
  private readonly keySize: number;
  private readonly meanValue: number;
  private readonly sticky: boolean;
  private readonly fullBatch: number;
  private readonly wire: number;
  private readonly disk: number;
  readonly acks: 0 | 1 | -1;
  /** Mean key and value bytes a record carries (the producer's bytesSent). */
  readonly payload: number;
  /**
   * Per partition, the rate `bytes` last worked for and its answer (record, header, stored, produce): a source's
   * rate stays the same step after step (or takes a few values, in bursts), so most steps reuse it.
   */
  private readonly lastRate: Float64Array;
  private readonly lastBytes: Float64Array;

  constructor(
    private readonly config: SourceConfig,
    topic: TopicConfig,
    partitions: number,
  ) {
    const c = config;
    const keys = keyDistribution(c.keys);
    const keyed = keys !== null && !c.partitionerIgnoreKeys;
    this.shares =
      c.partitioner === 'fixed'
        ? fixedShares(c.partition, partitions)
        : c.partitioner === 'roundrobin' || !keyed
          ? evenShares(partitions)
          : keyedShares(keys, partitions);
    this.keySize = meanKeyLength(keys);
    const size = c.recordSize;
    const value = size.type === 'fixed' ? size.bytes : (size.min + size.max) / 2;
    this.meanValue = value * (keys !== null ? 1 - c.tombstoneRatio : 1);
    this.payload = Math.max(0, this.keySize) + this.meanValue;
    this.sticky = c.partitioner === 'default' && !keyed;
    const first = defaultRecordSizeInBytes(0, 0, this.keySize, this.meanValue);
    this.fullBatch = Math.max(1, Math.floor((c.batchSize - RECORD_BATCH_OVERHEAD) / first));
    this.wire = COMPRESSION_RATIO[c.compressionType];
    this.disk = storedRatio(topic.compressionType, c.compressionType);
    this.acks = c.acks === 'all' ? -1 : c.acks === '0' ? 0 : 1;
    this.lastRate = new Float64Array(partitions).fill(NaN);
    this.lastBytes = new Float64Array(partitions * 4);
  }

  /**
   * Bytes per record on partition `p` while the producer sends `rate` records/s in all (into `out`): a batch opens
   * with a record and closes linger.ms later or full, so it holds 1 + rate x linger.ms records of its partition (the
   * sticky partitioner sends all null-key records to one partition at a time); at least the records of one 1 ms tick.
   */
  bytes(p: number, rate: number, out: RecordBytes): RecordBytes {
    const last = this.lastBytes;
    const k = p * 4;
    if (this.lastRate[p] === rate) {
      out.record = last[k]!;
      out.header = last[k + 1]!;
      out.stored = last[k + 2]!;
      out.produce = last[k + 3]!;
      return out;
    }
    const c = this.config;
    const r = rate * this.shares[p]!;
    const lambda = this.sticky ? rate : r;
    const lingering = c.lingerMs > 0 ? 1 + (lambda * c.lingerMs) / 1000 : Math.max(1, lambda / 1000);
    const inBatch = lingering < this.fullBatch ? lingering : this.fullBatch;
    const framed = defaultRecordSizeInBytes(
      Math.floor(inBatch / 2),
      Math.round(Math.min(c.lingerMs, 1000 / Math.max(r, 1e-9)) / 2),
      this.keySize,
      this.meanValue,
    );
    const header = RECORD_BATCH_OVERHEAD / inBatch;
    out.record = this.payload * this.disk;
    out.header = header;
    out.stored = framed * this.disk + header;
    out.produce = framed * this.wire + header;
    this.lastRate[p] = rate;
    last[k] = out.record;
    last[k + 1] = out.header;
    last[k + 2] = out.stored;
    last[k + 3] = out.produce;
    return out;
  }
}
