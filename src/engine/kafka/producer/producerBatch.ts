// Follows Kafka's ProducerBatch: a batch the producer has closed and not yet finished with, in the accumulator's deque
// or in flight, and ProducerBatch.split's batches made off the accumulator.
import { BatchColumns } from './batchColumns';
import type { ProduceTopic } from './producerCluster';
import type { ProduceRequest } from './producerNodes';

export class ProducerBatch extends BatchColumns {
  topic: ProduceTopic | null = null;
  partition = 0;
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
  /**
   * The network, for a batch sent with a round trip to its leader: half that round trip; when the request reaches
   * the leader (-1: it has, or the batch was never sent that way); when the answer reaches the producer (-1: not
   * answered yet); and the acks it was sent with (0, 1, -1 for all).
   */
  halfRttMs = 0;
  arriveMs = -1;
  responseMs = -1;
  acks: 0 | 1 | -1 = -1;

  /** Copies `records` (their arrays are reused by the accumulator) and starts the batch's life at `nowMs`. */
  fill(topic: ProduceTopic, partition: number, records: BatchColumns, nowMs: number, tag: number): void {
    this.copyFrom(records, 0, records.count, records.bytes);
    this.start(topic, partition, nowMs, tag);
  }

  /**
   * ProducerBatch.split's createBatchOffAccumulatorForRecord: records [start, start + count) of `big` as a batch of
   * their own, `bytes` on disk, keeping the big batch's creation time (delivery.timeout.ms runs on) and its tag (the
   * records keep their sequence), never tried, holding no buffer.memory.
   */
  fillSplit(big: ProducerBatch, start: number, count: number, bytes: number): void {
    this.copyFrom(big, start, count, bytes);
    this.start(big.topic!, big.partition, big.createdMs, big.tag);
  }

  private start(topic: ProduceTopic, partition: number, nowMs: number, tag: number): void {
    this.topic = topic;
    this.partition = partition;
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
    this.halfRttMs = 0;
    this.arriveMs = -1;
    this.responseMs = -1;
    this.acks = -1;
  }
}
