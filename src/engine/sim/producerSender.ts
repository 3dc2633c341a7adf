// Follows Kafka's Sender and RecordAccumulator on the way out: batches wait in the accumulator until their
// partition's leader can take them, go out as produce requests (at most max.in.flight.requests.per.connection at a
// time), and are retried on retriable errors after an exponential backoff (retry.backoff.ms doubling up to
// retry.backoff.max.ms, skipped when the leader changed) until delivery.timeout.ms. With acks=all the
// answer waits for the high watermark (DelayedProduce); an idempotent producer's retry of a batch the leader already
// has is answered from the log instead of written twice (DUPLICATE_SEQUENCE). A batch the leader refuses as larger
// than max.message.bytes is split and resent when it holds several records (Sender.completeBatch on
// MESSAGE_TOO_LARGE → RecordAccumulator.splitAndReenqueue), and fails when it holds one.
import { compacts } from '../kafka/log/logConfig';
import { APPEND_REJECTED_BATCH_TOO_LARGE, APPEND_REJECTED_NO_KEY, UNKNOWN } from '../kafka/log/partitionLog';
import { acksCode, isIdempotent } from '../kafka/producer/producerSettings';
import { defaultRecordSizeInBytes, estimateSizeInBytesUpperBound } from '../kafka/producer/recordSize';
import { RECORD_BATCH_OVERHEAD } from '../kafka/log/recordBatch';
import { retryBackoffMs } from '../kafka/producer/retryBackoff';
import {
  PRODUCE_ACKNOWLEDGED,
  PRODUCE_PENDING,
  ReplicationError,
} from '../kafka/replication/replicatedPartition';
import { producerTag, sequenceBefore, tagSequence } from './cluster/producerTag';
import { BatchDeque } from './batchDeque';
import { ProducerBatch, type BatchRecords } from './producerBatch';
import { CachedLeader } from './producerMetadata';
import type { ProducerRuntime } from './producerRuntime';
import type { TopicRuntime } from './topicRuntime';

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
  /** The leader the producer's metadata names for this partition. */
  readonly leader = new CachedLeader();
}

// What an attempt to write a batch to the leader gave.
const WAIT = -1_000_000; // not sent: no leader yet, the leader's broker is down, or its link is full
/** Errors.MESSAGE_TOO_LARGE (10): the batch is larger than the topic's max.message.bytes (RecordTooLargeException). */
export const MESSAGE_TOO_LARGE = 10;
const REFUSED_TOO_LARGE = -MESSAGE_TOO_LARGE;

/** Kafka's error names by code, for the event log. */
const ERROR_NAMES: Record<number, string> = Object.fromEntries([
  ...Object.entries(ReplicationError).map(([name, code]) => [code, name]),
  [MESSAGE_TOO_LARGE, 'MESSAGE_TOO_LARGE'],
]);

/**
 * Errors after which the producer asks for a metadata update: InvalidMetadataException's (Sender.completeBatch) and
 * a request timeout or disconnect (NetworkClient's DefaultMetadataUpdater.handleServerDisconnect).
 */
const REFRESHES_METADATA: ReadonlySet<number> = new Set([
  ReplicationError.NOT_LEADER_OR_FOLLOWER,
  ReplicationError.LEADER_NOT_AVAILABLE,
  ReplicationError.REQUEST_TIMED_OUT,
  ReplicationError.NETWORK_EXCEPTION,
]);

/** Troubles told once per outage that are not Kafka error codes (negative, so they never meet one). */
const Trouble = {
  EXPIRED: -2,
  TOO_LARGE: -3,
  NO_KEY: -4,
  NO_LEADER: -5,
  LEADER_DOWN: -6,
  SPLIT: -7,
} as const;

export class Sender {
  private readonly pool: ProducerBatch[] = [];
  private readonly active: PartitionQueue[] = [];
  /** Records of closed batches not yet acknowledged or failed (open batches are the accumulator's to count). */
  recordsInFlight = 0;
  /** Reused by splitAndReenqueue. */
  private readonly splits: ProducerBatch[] = [];

  constructor(private readonly producer: ProducerRuntime) {}

  /** A batch leaves the accumulator's open batch (full, lingered, or flushed). */
  send(
    topic: TopicRuntime,
    queue: PartitionQueue,
    partition: number,
    records: BatchRecords,
    nowMs: number,
    allocatedBytes: number,
  ): void {
    const p = this.producer;
    const { count } = records;
    const tag = producerTag(p.index, queue.nextSequence++);
    if (queue.waiting.length === 0 && p.settings.acks !== 'all') {
      // acks=0/1 with nothing queued ahead: written and answered at once, no copy needed.
      const base = this.append(topic, partition, queue, records, tag, nowMs);
      if (base >= 0) {
        p.recordsAcked += count;
        p.pool.deallocate(allocatedBytes);
        if (queue.told.size > 0) queue.told.clear();
        return;
      }
      // A batch of several records refused as too large is queued, to be split and resent.
      if (base !== WAIT && !(base === REFUSED_TOO_LARGE && count > 1)) {
        this.fail(count, base, topic, partition, queue, records.bytes);
        p.pool.deallocate(allocatedBytes);
        return;
      }
    }
    const b = this.pool.pop() ?? new ProducerBatch();
    b.fill(topic, partition, records, nowMs, tag);
    b.allocatedBytes = allocatedBytes;
    queue.waiting.addLast(b);
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
        base = this.append(topic, b.partition, q, b, b.tag, nowMs);
        if (base === WAIT) {
          this.reportWait(q, topic, b.partition);
          return;
        }
        if (base >= 0) {
          if (duplicate) this.producer.recordsDuplicated += b.count;
          b.baseOffset = base;
          b.epoch = topic.replicas[b.partition]!.appendEpoch;
        }
      }
      if (b.attempts > 0) this.producer.recordsRetried += b.count;
      b.attempts++;
      waiting.pollFirst();
      if (base < 0) {
        if (base === REFUSED_TOO_LARGE && b.count > 1) {
          // The split batches go out from the next pass, as after a produce response.
          this.splitAndReenqueue(q, b);
          return;
        }
        if (
          base === APPEND_REJECTED_BATCH_TOO_LARGE ||
          base === APPEND_REJECTED_NO_KEY ||
          base === REFUSED_TOO_LARGE
        ) {
          this.fail(0, base, topic, b.partition, q, b.bytes);
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
   * Partition.appendRecordsToLeader on the broker the producer's metadata names as leader, if its network in and disk
   * have room. Returns the base offset, WAIT, or a negative Kafka error.
   */
  private append(
    topic: TopicRuntime,
    partition: number,
    q: PartitionQueue,
    records: BatchRecords,
    tag: number,
    nowMs: number,
  ): number {
    const { keys, sizes, count, bytes } = records;
    const replicas = topic.replicas[partition]!;
    const broker = this.producer.metadata.leaderFor(q.leader, replicas);
    if (
      broker === null ||
      !broker.alive ||
      !broker.networkIn.clientMayStart() ||
      !broker.disk.clientMayStart()
    )
      return WAIT;
    const log = topic.partitions[partition]!;
    // Kafka's order: UnifiedLog.analyzeAndValidateRecords (max.message.bytes), LogValidator (a compacted topic needs
    // keys), then UnifiedLog.append (a batch larger than segment.bytes, which max.message.bytes prevents by default).
    if (bytes > log.config.maxMessageBytes) return REFUSED_TOO_LARGE;
    if (compacts(log.config.cleanupPolicy)) {
      for (let i = 0; i < count; i++) if (keys[i]! < 0) return APPEND_REJECTED_NO_KEY;
    }
    if (bytes > log.config.segmentBytes) return APPEND_REJECTED_BATCH_TOO_LARGE;
    const base = replicas.appendVia(broker, records, tag, acksCode(this.producer.settings), nowMs);
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
    // Sender.completeBatch / NetworkClient: stale metadata may be why it failed (the leader moved, or a request to a
    // zombie leader timed out and the connection was closed): ask for an update.
    if (REFRESHES_METADATA.has(error)) this.producer.metadata.requestUpdate();
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

  private fail(
    count: number,
    code: number,
    topic: TopicRuntime,
    partition: number,
    q: PartitionQueue,
    bytes: number,
  ): void {
    this.producer.recordsFailed += count;
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
   * RecordAccumulator.splitAndReenqueue / ProducerBatch.split: the records of a batch the leader refused as too large
   * are packed again into batches of at most batch.size (a batch always takes its first record), which go to the
   * front of the partition's queue in order, never tried, keeping the big batch's creation time.
   */
  private splitAndReenqueue(q: PartitionQueue, big: ProducerBatch): void {
    const p = this.producer;
    const limit = p.settings.batchSize;
    const splits = this.splits;
    const { timestamps, keys, sizes, tombstones, count } = big;
    let start = 0;
    while (start < count) {
      const baseTs = timestamps[start]!;
      let end = start;
      let estimated = RECORD_BATCH_OVERHEAD;
      let writeLimit = 0;
      while (end < count) {
        const keySize = p.keyLength(keys[end]!);
        const payload = sizes[end]!;
        const valueSize =
          tombstones !== null && tombstones[end] === 1 ? -1 : payload - (keySize < 0 ? 0 : keySize);
        const recordSize = defaultRecordSizeInBytes(
          end - start,
          timestamps[end]! - baseTs,
          keySize,
          valueSize,
        );
        if (end === start) {
          const upperBound = estimateSizeInBytesUpperBound(keySize, valueSize);
          writeLimit = limit > upperBound ? limit : upperBound;
        } else if (writeLimit <= estimated || writeLimit < estimated + recordSize) break;
        estimated += recordSize;
        end++;
      }
      const b = this.pool.pop() ?? new ProducerBatch();
      b.fillSplit(big, start, end - start, estimated);
      splits.push(b);
      start = end;
    }
    this.report(
      q,
      Trouble.SPLIT,
      `${big.topic!.name}-${big.partition}: MESSAGE_TOO_LARGE for a batch of ${count} records (${big.bytes} bytes, ` +
        `max.message.bytes ${big.topic!.partitions[big.partition]!.config.maxMessageBytes}): split by batch.size ` +
        `(${limit}) into ${splits.length} ${splits.length === 1 ? 'batch' : 'batches'} and sent again`,
    );
    this.recordsInFlight += count;
    this.release(big, false);
    for (let i = splits.length - 1; i >= 0; i--) q.waiting.addFirst(splits[i]!);
    splits.length = 0;
  }

  private release(b: ProducerBatch, failed: boolean): void {
    if (failed) this.producer.recordsFailed += b.count;
    this.producer.pool.deallocate(b.allocatedBytes);
    b.allocatedBytes = 0;
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
