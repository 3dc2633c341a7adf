// A batch the producer has closed and not yet finished with (Kafka's ProducerBatch in the accumulator or in flight).
import type { ProduceRequest } from './producerNodes';
import type { TopicRuntime } from './topicRuntime';

/** The records of one batch, column-wise, as the sender writes them to a leader's log. */
export interface BatchRecords {
  timestamps: Float64Array;
  keys: Int32Array;
  /** Payload bytes (key + value) per record. */
  sizes: Int32Array;
  /** 1 where the value is null; null when the producer sends no tombstones. */
  tombstones: Uint8Array | null;
  count: number;
  /** On-disk size: records plus the batch header. */
  bytes: number;
}

export class ProducerBatch implements BatchRecords {
  topic: TopicRuntime | null = null;
  partition = 0;
  timestamps = new Float64Array(64);
  keys = new Int32Array(64);
  sizes = new Int32Array(64);
  /** 1 where the value is null; null when the producer sends no tombstones. */
  tombstones: Uint8Array | null = null;
  private tombstoneBuffer = new Uint8Array(64);
  count = 0;
  /** On-disk size: records plus the batch header. */
  bytes = 0;
  /** The buffer.memory this batch holds until it is done; 0 for a batch split off the accumulator. */
  allocatedBytes = 0;
  createdMs = 0;
  /** Sends so far; a retry is a send after the first. */
  attempts = 0;
  /** Not sent again before this time (retry.backoff.ms after a failure). */
  retryAtMs = 0;
  /** When the in-flight request went out, for request.timeout.ms. */
  sentMs = 0;
  /** The producer's tag for this batch in the log (producer and batch number). */
  tag = 0;
  /** Where the batch was last appended: its base offset and the leader epoch then; -1 before. */
  baseOffset = -1;
  epoch = -1;
  /** The partition's leader epoch when the last attempt failed: a newer leader skips the backoff (KIP-951). */
  failedEpoch = -1;
  /** The acks=all produce request carrying this batch while it is in flight. */
  request: ProduceRequest | null = null;

  /** Copies `records` (their arrays are reused by the accumulator) and starts the batch's life at `nowMs`. */
  fill(topic: TopicRuntime, partition: number, records: BatchRecords, nowMs: number, tag: number): void {
    this.fillRange(topic, partition, records, 0, records.count, records.bytes, nowMs, tag);
  }

  /**
   * ProducerBatch.split's createBatchOffAccumulatorForRecord: records [start, start + count) of `big` as a batch of
   * their own, `bytes` on disk, keeping the big batch's creation time (delivery.timeout.ms runs on) and its tag (the
   * records keep their sequence), never tried, holding no buffer.memory.
   */
  fillSplit(big: ProducerBatch, start: number, count: number, bytes: number): void {
    this.fillRange(big.topic!, big.partition, big, start, count, bytes, big.createdMs, big.tag);
  }

  private fillRange(
    topic: TopicRuntime,
    partition: number,
    records: BatchRecords,
    start: number,
    count: number,
    bytes: number,
    nowMs: number,
    tag: number,
  ): void {
    const { timestamps, keys, sizes, tombstones } = records;
    if (this.timestamps.length < count) {
      let n = this.timestamps.length;
      while (n < count) n *= 2;
      this.timestamps = new Float64Array(n);
      this.keys = new Int32Array(n);
      this.sizes = new Int32Array(n);
      this.tombstoneBuffer = new Uint8Array(n);
    }
    if (tombstones !== null) {
      const tb = this.tombstoneBuffer;
      for (let i = 0; i < count; i++) tb[i] = tombstones[start + i]!;
      this.tombstones = tb;
    } else this.tombstones = null;
    // A loop, not set(subarray()): a subarray view is an allocation per batch.
    const ts = this.timestamps;
    const ks = this.keys;
    const ss = this.sizes;
    for (let i = 0; i < count; i++) {
      ts[i] = timestamps[start + i]!;
      ks[i] = keys[start + i]!;
      ss[i] = sizes[start + i]!;
    }
    this.topic = topic;
    this.partition = partition;
    this.count = count;
    this.bytes = bytes;
    this.allocatedBytes = 0;
    this.createdMs = nowMs;
    this.attempts = 0;
    this.retryAtMs = nowMs;
    this.sentMs = 0;
    this.tag = tag;
    this.baseOffset = -1;
    this.epoch = -1;
    this.failedEpoch = -1;
    this.request = null;
  }
}
