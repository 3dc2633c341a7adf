// Follows Kafka's Sender and RecordAccumulator on the way out: batches wait in the accumulator until their
// partition's leader can take them, go out as produce requests (at most max.in.flight.requests.per.connection at a
// time), and are retried on retriable errors after an exponential backoff (retry.backoff.ms doubling up to
// retry.backoff.max.ms, skipped when the leader changed) until delivery.timeout.ms. With acks=all the
// answer waits for the high watermark (DelayedProduce); an idempotent producer's retry of a batch the leader already
// has is answered from the log instead of written twice (DUPLICATE_SEQUENCE).
import { compacts } from '../kafka/log/logConfig';
import { APPEND_REJECTED_BATCH_TOO_LARGE, APPEND_REJECTED_NO_KEY, UNKNOWN } from '../kafka/log/partitionLog';
import { acksCode, isIdempotent } from '../kafka/producer/producerSettings';
import { retryBackoffMs } from '../kafka/producer/retryBackoff';
import {
  PRODUCE_ACKNOWLEDGED,
  PRODUCE_PENDING,
  ReplicationError,
} from '../kafka/replication/replicatedPartition';
import { producerTag, sequenceBefore, tagSequence } from './cluster/producerTag';
import { BatchDeque } from './batchDeque';
import { ProducerBatch, type BatchRecords } from './producerBatch';
import type { ProducerRuntime } from './producerRuntime';
import type { TopicRuntime } from './topicRuntime';

/** buffer.memory: the accumulator's bytes; when full, new batches fail (send() would block max.block.ms, then throw). */
export const BUFFER_MEMORY_BYTES = 33_554_432;

/** The batches of one partition the producer is not done with, and its batch numbering. */
export class PartitionQueue {
  /** In the accumulator: waiting for a leader, for room on the link, or for retry.backoff.ms. Oldest first. */
  readonly waiting = new BatchDeque();
  /** Sent with acks=all, waiting for the answer. */
  readonly inFlight: ProducerBatch[] = [];
  nextSequence = 0;
  /** Errors already told since this partition's last success, so an outage reads as one line per error. */
  readonly told = new Set<number>();
  active = false;
}

// What an attempt to write a batch to the leader gave.
const WAIT = -1_000_000; // not sent: no leader yet, the leader's broker is down, or its link is full

/** Kafka's error names by code, for the event log. */
const ERROR_NAMES: Record<number, string> = Object.fromEntries(
  Object.entries(ReplicationError).map(([name, code]) => [code, name]),
);

/** Troubles told once per outage that are not Kafka error codes (negative, so they never meet one). */
const Trouble = { EXPIRED: -2, TOO_LARGE: -3, NO_KEY: -4, NO_LEADER: -5, LEADER_DOWN: -6 } as const;

export class Sender {
  private readonly pool: ProducerBatch[] = [];
  private readonly active: PartitionQueue[] = [];
  /** Bytes of batches held in the accumulator or in flight. */
  bufferedBytes = 0;
  recordsInFlight = 0;
  private bufferFull = false;

  constructor(private readonly producer: ProducerRuntime) {}

  /** A batch leaves the accumulator's open batch (full, lingered, or flushed). */
  send(
    topic: TopicRuntime,
    queue: PartitionQueue,
    partition: number,
    records: BatchRecords,
    nowMs: number,
  ): void {
    const p = this.producer;
    const { count, bytes } = records;
    const tag = producerTag(p.index, queue.nextSequence++);
    if (queue.waiting.length === 0 && p.settings.acks !== 'all') {
      // acks=0/1 with nothing queued ahead: written and answered at once, no copy needed.
      const base = this.append(topic, partition, records, tag, nowMs);
      if (base >= 0) {
        p.recordsAcked += count;
        if (queue.told.size > 0) queue.told.clear();
        return;
      }
      if (base !== WAIT) {
        this.fail(count, base, topic, partition, queue);
        return;
      }
    }
    if (this.bufferedBytes + bytes > BUFFER_MEMORY_BYTES) {
      p.recordsFailed += count;
      if (!this.bufferFull)
        p.emit(
          'produce-error',
          p.clientId,
          `buffer.memory (32 MB) is full: new records fail until batches drain`,
        );
      this.bufferFull = true;
      return;
    }
    if (this.bufferFull && this.bufferedBytes < BUFFER_MEMORY_BYTES / 2) this.bufferFull = false;
    const b = this.pool.pop() ?? new ProducerBatch();
    b.fill(topic, partition, records, nowMs, tag);
    queue.waiting.addLast(b);
    this.bufferedBytes += bytes;
    this.recordsInFlight += count;
    this.activate(queue);
    this.pump(queue, nowMs);
  }

  /** One tick: answers for in-flight batches, expiries, then sends what may go. */
  run(nowMs: number): void {
    const active = this.active;
    for (let i = active.length - 1; i >= 0; i--) {
      const q = active[i]!;
      this.answer(q, nowMs);
      this.expire(q, nowMs);
      this.pump(q, nowMs);
      if (q.waiting.length === 0 && q.inFlight.length === 0) {
        q.active = false;
        active[i] = active[active.length - 1]!;
        active.pop();
      }
    }
  }

  /** The producer's process is gone: everything not yet acknowledged is dropped. */
  abandon(): void {
    for (const q of this.active) {
      for (const b of q.waiting.toArray()) this.release(b, true);
      for (const b of q.inFlight) this.release(b, true);
      q.waiting.clear();
      q.inFlight.length = 0;
      q.active = false;
    }
    this.active.length = 0;
  }

  private activate(q: PartitionQueue): void {
    if (q.active) return;
    q.active = true;
    this.active.push(q);
  }

  /** DelayedProduce for acks=all: acknowledged once the high watermark covers the batch, or failed. */
  private answer(q: PartitionQueue, nowMs: number): void {
    const inFlight = q.inFlight;
    let kept = 0;
    for (let i = 0; i < inFlight.length; i++) {
      const b = inFlight[i]!;
      const rp = b.topic!.replicas[b.partition]!.rp;
      let code = rp.checkEnoughReplicasReachOffset(b.baseOffset + b.count, b.epoch);
      if (code === PRODUCE_PENDING) {
        if (nowMs - b.sentMs < this.producer.settings.requestTimeoutMs) {
          inFlight[kept++] = b;
          continue;
        }
        code = -ReplicationError.REQUEST_TIMED_OUT;
      }
      if (code === PRODUCE_ACKNOWLEDGED) {
        this.producer.recordsAcked += b.count;
        this.release(b, false);
        if (q.told.size > 0) q.told.clear();
      } else {
        this.retry(q, b, -code, nowMs);
      }
    }
    inFlight.length = kept;
  }

  /** delivery.timeout.ms: batches are expired oldest first (the deque is in creation order, retries at the front). */
  private expire(q: PartitionQueue, nowMs: number): void {
    const timeout = this.producer.settings.deliveryTimeoutMs;
    let label: string | null = null;
    for (let i = 0; i < q.inFlight.length; i++) {
      const b = q.inFlight[i]!;
      if (nowMs - b.createdMs < timeout) continue;
      q.inFlight.splice(i--, 1);
      label = `${b.topic!.name}-${b.partition}`;
      this.release(b, true);
    }
    const waiting = q.waiting;
    while (waiting.length > 0 && nowMs - waiting.peekFirst()!.createdMs >= timeout) {
      const b = waiting.pollFirst()!;
      label = `${b.topic!.name}-${b.partition}`;
      this.release(b, true);
    }
    if (label !== null)
      this.report(
        q,
        Trouble.EXPIRED,
        `${label}: batches expire after delivery.timeout.ms (${timeout} ms): their records fail`,
      );
  }

  /** Sends waiting batches in order while the partition has room for more requests in flight. */
  private pump(q: PartitionQueue, nowMs: number): void {
    const s = this.producer.settings;
    const waiting = q.waiting;
    while (waiting.length > 0 && q.inFlight.length < s.maxInFlightRequestsPerConnection) {
      const b = waiting.peekFirst()!;
      const topic = b.topic!;
      // RecordAccumulator.shouldBackoff: a retry waits out its backoff unless the leader changed (KIP-951).
      if (b.retryAtMs > nowMs && topic.replicas[b.partition]!.rp.leaderEpoch <= b.failedEpoch) return;
      let base: number;
      if (b.baseOffset >= 0 && isIdempotent(s) && this.stillInLog(b)) {
        // The leader already has this batch (the answer was lost): DUPLICATE_SEQUENCE, answered with its offsets.
        base = b.baseOffset;
        b.epoch = topic.replicas[b.partition]!.rp.leaderEpoch;
      } else {
        const duplicate = b.baseOffset >= 0 && this.stillInLog(b);
        base = this.append(topic, b.partition, b, b.tag, nowMs);
        if (base === WAIT) {
          this.reportWait(q, topic, b.partition);
          return;
        }
        if (base >= 0) {
          if (duplicate) this.producer.recordsDuplicated += b.count;
          b.baseOffset = base;
          b.epoch = topic.replicas[b.partition]!.rp.leaderEpoch;
        }
      }
      if (b.attempts > 0) this.producer.recordsRetried += b.count;
      b.attempts++;
      waiting.pollFirst();
      if (base < 0) {
        if (base === APPEND_REJECTED_BATCH_TOO_LARGE || base === APPEND_REJECTED_NO_KEY) {
          this.fail(0, base, topic, b.partition, q);
          this.release(b, true);
        } else this.retry(q, b, -base, nowMs);
        continue;
      }
      if (s.acks === 'all') {
        b.sentMs = nowMs;
        q.inFlight.push(b);
      } else {
        this.producer.recordsAcked += b.count;
        this.release(b, false);
        if (q.told.size > 0) q.told.clear();
      }
    }
  }

  /**
   * The log still holds the batch where it was written: the tag there is this batch's (producer and batch number, as
   * the broker's producer state matches a retried batch by producer id and sequence).
   */
  private stillInLog(b: ProducerBatch): boolean {
    const log = b.topic!.partitions[b.partition]!;
    if (log.logEndOffset < b.baseOffset + b.count) return false;
    const tag = log.producerAt(b.baseOffset);
    if (tag !== UNKNOWN) return tag === b.tag;
    // Older than the record window: the replicas' batch index may still know it.
    const index = b.topic!.replicas[b.partition]!.batches;
    const i = index.find(b.baseOffset);
    return i >= 0 && index.baseOffset(i) === b.baseOffset && index.tag(i) === b.tag;
  }

  /**
   * Partition.appendRecordsToLeader on the leader's broker, if its network in and disk have room. Returns the base
   * offset, WAIT, or a negative Kafka error.
   */
  private append(
    topic: TopicRuntime,
    partition: number,
    records: BatchRecords,
    tag: number,
    nowMs: number,
  ): number {
    const { keys, sizes, count, bytes } = records;
    const replicas = topic.replicas[partition]!;
    const broker = replicas.leaderBroker();
    if (
      broker === null ||
      !broker.alive ||
      !broker.networkIn.clientMayStart() ||
      !broker.disk.clientMayStart()
    )
      return WAIT;
    const log = topic.partitions[partition]!;
    if (compacts(log.config.cleanupPolicy)) {
      for (let i = 0; i < count; i++) if (keys[i]! < 0) return APPEND_REJECTED_NO_KEY;
    }
    if (bytes > log.config.segmentBytes) return APPEND_REJECTED_BATCH_TOO_LARGE;
    const base = replicas.appendToLeader(records, tag, acksCode(this.producer.settings), nowMs);
    if (base < 0) return base;
    broker.networkIn.use(bytes);
    broker.disk.use(bytes);
    topic.recordsIn[partition]! += count;
    let recordBytes = 0;
    for (let i = 0; i < count; i++) recordBytes += sizes[i]!;
    topic.bytesIn[partition]! += recordBytes;
    return base;
  }

  /** A retriable error: back to the accumulator after retry.backoff.ms, unless retries or time ran out. */
  private retry(q: PartitionQueue, b: ProducerBatch, error: number, nowMs: number): void {
    const s = this.producer.settings;
    const name = ERROR_NAMES[error] ?? `error ${error}`;
    if (b.attempts > s.retries || nowMs - b.createdMs >= s.deliveryTimeoutMs) {
      this.report(q, error, `${b.topic!.name}-${b.partition}: ${b.count} records failed with ${name}`);
      this.release(b, true);
      return;
    }
    this.report(q, error, `${b.topic!.name}-${b.partition}: ${name}, retrying`);
    const rng = this.producer.rng;
    b.retryAtMs =
      nowMs + retryBackoffMs(s.retryBackoffMs, s.retryBackoffMaxMs, b.attempts - 1, rng.nextFloat());
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

  private fail(count: number, code: number, topic: TopicRuntime, partition: number, q: PartitionQueue): void {
    this.producer.recordsFailed += count;
    if (code === APPEND_REJECTED_BATCH_TOO_LARGE)
      this.report(
        q,
        Trouble.TOO_LARGE,
        `${topic.name}-${partition}: batch larger than segment.bytes, refused (RECORD_BATCH_TOO_LARGE)`,
      );
    else if (code === APPEND_REJECTED_NO_KEY)
      this.report(
        q,
        Trouble.NO_KEY,
        `${topic.name}-${partition}: compacted topic cannot accept a record without a key (INVALID_RECORD)`,
      );
  }

  private release(b: ProducerBatch, failed: boolean): void {
    if (failed) this.producer.recordsFailed += b.count;
    this.bufferedBytes -= b.bytes;
    this.recordsInFlight -= b.count;
    b.topic = null;
    this.pool.push(b);
  }

  /** Batches wait because the leader cannot be reached (not for a full link, which is routine). */
  private reportWait(q: PartitionQueue, topic: TopicRuntime, partition: number): void {
    const leader = topic.replicas[partition]!.leaderBroker();
    if (leader === null)
      this.report(
        q,
        Trouble.NO_LEADER,
        `${topic.name}-${partition}: no leader; batches wait in the accumulator`,
      );
    else if (!leader.alive)
      this.report(
        q,
        Trouble.LEADER_DOWN,
        `${topic.name}-${partition}: leader broker ${leader.id} does not answer; batches wait in the accumulator`,
      );
  }

  private report(q: PartitionQueue, code: number, message: string): void {
    if (q.told.has(code)) return;
    q.told.add(code);
    this.producer.emit('produce-error', this.producer.clientId, message);
  }
}
