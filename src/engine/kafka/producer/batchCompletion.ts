// Follows Kafka's Sender.completeBatch and what it calls: a batch is acknowledged (its buffer.memory goes back to the
// BufferPool), retried after retry.backoff.ms on a retriable error (RecordAccumulator.reenqueue, in sequence order for
// an idempotent producer), split and resent on MESSAGE_TOO_LARGE (RecordAccumulator.splitAndReenqueue), or failed;
// and RecordAccumulator.expiredBatches: batches older than delivery.timeout.ms fail. With acks=all the answer waits
// for the high watermark (DelayedProduce) or request.timeout.ms.
import { APPEND_REJECTED_BATCH_TOO_LARGE, APPEND_REJECTED_NO_KEY } from '../log/partitionLog';
import { sequenceBefore, tagSequence } from '../log/producerTag';
import { PRODUCE_ACKNOWLEDGED, PRODUCE_PENDING, ReplicationError } from '../replication/replicatedPartition';
import type { BatchColumns } from './batchColumns';
import { splitBatch } from './batchSplit';
import type { BufferPool } from './bufferPool';
import type { DeliveryCounters } from './deliveryCounters';
import type { PartitionQueue } from './partitionQueue';
import {
  ERROR_NAMES,
  MESSAGE_TOO_LARGE,
  REFRESHES_METADATA,
  REFUSED_TOO_LARGE,
  Trouble,
} from './produceErrors';
import { ProducerBatch } from './producerBatch';
import type { ProduceTopic } from './producerCluster';
import type { ProducerMetadata } from './producerMetadata';
import type { ProduceRequest } from './producerNodes';
import { isIdempotent, type ProducerSettings } from './producerSettings';
import { retryBackoffMs } from './retryBackoff';
import type { SenderClient } from './senderClient';
import { WindowedAvg } from './windowedAvg';

export class BatchCompletion {
  /** Batches done with, reused for the next ones. */
  private readonly free: ProducerBatch[] = [];
  /** Reused by splitAndReenqueue. */
  private readonly splits: ProducerBatch[] = [];
  /**
   * Sender.SenderMetrics request-latency-avg, "The average request latency in ms" (SenderMetricsRegistry,
   * https://github.com/apache/kafka/blob/trunk/clients/src/main/java/org/apache/kafka/clients/producer/internals/SenderMetricsRegistry.java):
   * Sender.handleProduceResponse records each response's requestLatencyMs (its send to its answer), and nothing for
   * acks=0, which has no response; over the same samples as batch-size-avg.
   */
  readonly requestLatencyAvg = new WindowedAvg();

  constructor(
    private readonly counters: DeliveryCounters,
    public settings: ProducerSettings,
    private readonly client: SenderClient,
    private readonly metadata: ProducerMetadata,
    private readonly bufferPool: BufferPool,
    private readonly rng: { nextFloat(): number },
    /** Requests whose every batch is answered, for the next drain. */
    private readonly requestPool: ProduceRequest[],
  ) {}

  /**
   * Copies a closed batch out of the accumulator's open slot; the buffer.memory it was allocated travels with it
   * until it is acknowledged or fails (BufferPool.deallocate).
   */
  admit(
    topic: ProduceTopic,
    partition: number,
    records: BatchColumns,
    createdMs: number,
    tag: number,
    allocatedBytes: number,
  ): ProducerBatch {
    const b = this.free.pop() ?? new ProducerBatch();
    b.fill(topic, partition, records, createdMs, tag);
    b.allocatedBytes = allocatedBytes;
    this.counters.recordsInClosedBatches += records.count;
    return b;
  }

  /** The batch is acknowledged at `nowMs`: its records count, and the partition's troubles are over. */
  acknowledge(q: PartitionQueue, b: ProducerBatch, nowMs: number): void {
    this.counters.acknowledged(b, nowMs);
    this.release(b, false);
    if (q.told.size > 0) q.told.clear();
  }

  /**
   * The batch's request has one answer fewer to wait for; the last one frees the connection's slot, and when it was
   * answered (not expired) at `answeredMs` its latency counts in request-latency-avg.
   */
  complete(b: ProducerBatch, answeredMs = NaN): void {
    const r = b.request;
    if (r === null) return;
    b.request = null;
    if (--r.pending > 0) return;
    if (answeredMs === answeredMs) this.requestLatencyAvg.record(answeredMs - r.sentMs, answeredMs);
    r.node!.inFlightRequests--;
    r.node = null;
    this.requestPool.push(r);
  }

  /**
   * The batches in flight: DelayedProduce for acks=all (acknowledged once the high watermark covers the batch, or
   * failed), and, for batches sent over a round trip, the answer on its way back (half the round trip after the leader
   * answered). A batch still on its way to the leader waits (LeaderAppend.arrive takes it there).
   */
  answer(q: PartitionQueue, nowMs: number): void {
    const inFlight = q.inFlight;
    let kept = 0;
    for (let i = 0; i < inFlight.length; i++) {
      const b = inFlight[i]!;
      if (b.arriveMs >= 0) {
        inFlight[kept++] = b;
        continue;
      }
      if (b.responseMs < 0) {
        const rp = b.topic!.replicas[b.partition]!.rp;
        let code = rp.checkEnoughReplicasReachOffset(b.baseOffset + b.count, b.epoch);
        if (code === PRODUCE_PENDING) {
          if (nowMs - b.sentMs < this.settings.requestTimeoutMs) {
            inFlight[kept++] = b;
            continue;
          }
          code = -ReplicationError.REQUEST_TIMED_OUT;
        }
        if (code !== PRODUCE_ACKNOWLEDGED || b.halfRttMs <= 0) {
          // The answer takes half the round trip back: a retry waits for it before its backoff.
          this.complete(b, nowMs + b.halfRttMs);
          if (code === PRODUCE_ACKNOWLEDGED) this.acknowledge(q, b, nowMs);
          else this.retry(q, b, -code, nowMs + b.halfRttMs);
          continue;
        }
        // The high watermark passed the batch: the leader answers, and the answer travels.
        b.responseMs = nowMs + b.halfRttMs;
      }
      if (nowMs < b.responseMs) {
        inFlight[kept++] = b;
        continue;
      }
      this.complete(b, nowMs);
      this.acknowledge(q, b, nowMs);
    }
    inFlight.length = kept;
  }

  /**
   * An acks=0 batch has reached the leader: nobody awaits an answer (its records were acknowledged when sent and its
   * buffer.memory given back), so the batch is only kept for reuse.
   */
  releaseSent(b: ProducerBatch): void {
    this.counters.recordsInClosedBatches += b.count;
    this.release(b, false);
  }

  /**
   * delivery.timeout.ms: batches are expired oldest first (the deque is in creation order, retries at the front), the
   * open batch too when it is first in its deque (RecordAccumulator.expiredBatches). Returns when the oldest batch left
   * was created (Infinity when none is).
   */
  expire(q: PartitionQueue, nowMs: number): number {
    const timeout = this.settings.deliveryTimeoutMs;
    let label: string | null = null;
    for (let i = 0; i < q.inFlight.length; i++) {
      const b = q.inFlight[i]!;
      if (nowMs - b.createdMs < timeout) continue;
      q.inFlight.splice(i--, 1);
      label = `${b.topic!.name}-${b.partition}`;
      this.complete(b);
      if (b.acks === 0 && b.arriveMs >= 0) this.releaseSent(b);
      else this.release(b, true);
    }
    const waiting = q.waiting;
    while (waiting.length > 0 && nowMs - waiting.peekFirst()!.createdMs >= timeout) {
      const b = waiting.pollFirst()!;
      label = `${b.topic!.name}-${b.partition}`;
      this.release(b, true);
    }
    const open = q.open;
    if (waiting.length === 0 && open !== null) {
      const count = open.openCount(q.partition);
      if (count > 0 && nowMs - open.openCreatedMs(q.partition) >= timeout) {
        this.counters.recordsFailed += count;
        open.drop(q.partition);
        label = `${q.topic.name}-${q.partition}`;
      }
    }
    if (label !== null)
      this.report(
        q,
        Trouble.EXPIRED,
        `${label}: batches expire after delivery.timeout.ms (${timeout} ms): their records fail`,
      );
    let oldest = Infinity;
    for (let i = 0; i < q.inFlight.length; i++)
      if (q.inFlight[i]!.createdMs < oldest) oldest = q.inFlight[i]!.createdMs;
    // The deque is in creation order (retries go back in front, in sequence order): its first batch is its oldest.
    const first = waiting.peekFirst();
    if (first !== undefined && first.createdMs < oldest) oldest = first.createdMs;
    if (open !== null && open.openCount(q.partition) > 0 && open.openCreatedMs(q.partition) < oldest)
      oldest = open.openCreatedMs(q.partition);
    return oldest;
  }

  /** A retriable error: back to the accumulator after retry.backoff.ms, unless retries or time ran out. */
  retry(q: PartitionQueue, b: ProducerBatch, error: number, nowMs: number): void {
    const s = this.settings;
    const name = ERROR_NAMES[error] ?? `error ${error}`;
    if (b.attempts > s.retries || nowMs - b.createdMs >= s.deliveryTimeoutMs) {
      this.report(q, error, `${b.topic!.name}-${b.partition}: ${b.count} records failed with ${name}`);
      this.release(b, true);
      return;
    }
    this.report(q, error, `${b.topic!.name}-${b.partition}: ${name}, retrying`);
    // Sender.completeBatch / NetworkClient: stale metadata may be why it failed (the leader moved, or a request to a
    // zombie leader timed out and the connection was closed): ask for an update.
    if (REFRESHES_METADATA.has(error)) this.metadata.requestUpdate();
    b.retryAtMs =
      nowMs + retryBackoffMs(s.retryBackoffMs, s.retryBackoffMaxMs, b.attempts - 1, this.rng.nextFloat());
    b.failedEpoch = b.topic!.replicas[b.partition]!.rp.leaderEpoch;
    const waiting = q.waiting;
    if (isIdempotent(s)) {
      // RecordAccumulator.insertInSequenceOrder: an idempotent producer sends its batches in sequence order.
      let i = 0;
      const seq = tagSequence(b.tag);
      while (i < waiting.length && sequenceBefore(tagSequence(waiting.at(i).tag), seq)) i++;
      waiting.insertAt(i, b);
    } else {
      // RecordAccumulator.reenqueue: addFirst, ahead of batches sent after it.
      waiting.addFirst(b);
    }
  }

  /** `count` records fail for good: the leader refused their batch (too large, or no key on a compacted topic). */
  fail(
    count: number,
    code: number,
    topic: ProduceTopic,
    partition: number,
    q: PartitionQueue,
    bytes: number,
  ): void {
    this.counters.recordsFailed += count;
    const config = topic.partitions[partition]!.config;
    if (code === REFUSED_TOO_LARGE)
      this.report(
        q,
        MESSAGE_TOO_LARGE,
        `${topic.name}-${partition}: MESSAGE_TOO_LARGE (RecordTooLargeException): the record batch size is ${bytes} ` +
          `bytes, above max.message.bytes ${config.maxMessageBytes}: its record fails`,
      );
    else if (code === APPEND_REJECTED_BATCH_TOO_LARGE)
      this.report(
        q,
        Trouble.TOO_LARGE,
        `${topic.name}-${partition}: RECORD_LIST_TOO_LARGE (RecordBatchTooLargeException): the batch of ${bytes} ` +
          `bytes is larger than segment.bytes ${config.segmentBytes}: its records fail`,
      );
    else if (code === APPEND_REJECTED_NO_KEY)
      this.report(
        q,
        Trouble.NO_KEY,
        `${topic.name}-${partition}: compacted topic cannot accept a record without a key (INVALID_RECORD)`,
      );
  }

  /**
   * RecordAccumulator.splitAndReenqueue: the parts of a batch the leader refused as too large go to the front of the
   * partition's queue in order, never tried, keeping the big batch's creation time; they go out from the next tick,
   * as after the produce response that refused it.
   */
  splitAndReenqueue(q: PartitionQueue, big: ProducerBatch, nowMs: number): void {
    const limit = this.settings.batchSize;
    const splits = this.splits;
    const count = big.count;
    splitBatch(big, limit, this.client, this.free, splits);
    this.report(
      q,
      Trouble.SPLIT,
      `${big.topic!.name}-${big.partition}: MESSAGE_TOO_LARGE for a batch of ${count} records (${big.bytes} bytes, ` +
        `max.message.bytes ${big.topic!.partitions[big.partition]!.config.maxMessageBytes}): split by batch.size ` +
        `(${limit}) into ${splits.length} ${splits.length === 1 ? 'batch' : 'batches'} and sent again`,
    );
    this.counters.recordsInClosedBatches += count;
    q.splitAtMs = nowMs;
    this.release(big, false);
    for (let i = splits.length - 1; i >= 0; i--) q.waiting.addFirst(splits[i]!);
    splits.length = 0;
  }

  /** The batch's buffer.memory goes back before the batch is done with (acks=0: once it is on the wire). */
  freeMemory(b: ProducerBatch): void {
    this.bufferPool.deallocate(b.allocatedBytes);
    b.allocatedBytes = 0;
  }

  /** The batch is done with: failed or not, its buffer.memory goes back and it is kept for reuse. */
  release(b: ProducerBatch, failed: boolean): void {
    if (failed) this.counters.recordsFailed += b.count;
    this.bufferPool.deallocate(b.allocatedBytes);
    b.allocatedBytes = 0;
    this.counters.recordsInClosedBatches -= b.count;
    b.topic = null;
    this.free.push(b);
  }

  /** Tells a partition's trouble once per outage: it is told again only after a success clears `told`. */
  report(q: PartitionQueue, code: number, message: string): void {
    if (q.told.has(code)) return;
    q.told.add(code);
    this.client.produceError(message);
  }
}
