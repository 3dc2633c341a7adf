// Follows Kafka's Sender and RecordAccumulator on the way out: batches wait in the accumulator until their
// partition's leader can take them, go out as produce requests per leader broker (at most
// max.in.flight.requests.per.connection per broker, none to a broker the producer cannot connect to), and are retried on retriable errors after an exponential backoff (retry.backoff.ms doubling up to
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
import { WindowedAvg } from '../kafka/producer/windowedAvg';
import type { BrokerRuntime } from './cluster/brokerRuntime';
import { producerTag, sequenceBefore, tagSequence } from './cluster/producerTag';
import { ProducerBatch, type BatchRecords } from './producerBatch';
import { PartitionQueue } from './partitionQueue';
import {
  ERROR_NAMES,
  MESSAGE_TOO_LARGE,
  REFRESHES_METADATA,
  REFUSED_TOO_LARGE,
  Trouble,
} from './produceErrors';
import { ProduceRequest, ProducerNode } from './producerNodes';
import type { ProducerRuntime } from './producerRuntime';
import type { TopicRuntime } from './topicRuntime';

/**
 * Sender.runOnce loops at once while some node had data to send; in simulated time a tick allows this many rounds of
 * ready() and drain(), so a backlog drains as fast as the links and max.in.flight allow without a tick running away
 * (a retry.backoff.ms of 0 against a broker that keeps refusing would loop forever).
 */
const MAX_SENDER_ROUNDS = 64;

export class Sender {
  private readonly pool: ProducerBatch[] = [];
  private readonly requestPool: ProduceRequest[] = [];
  /** Every partition deque of this producer, in the order drains visit them. */
  private readonly queues: PartitionQueue[] = [];
  private readonly nodes = new Map<BrokerRuntime, ProducerNode>();
  private readonly nodeList: ProducerNode[] = [];
  /** Records of closed batches not yet acknowledged or failed (open batches are the accumulator's to count). */
  recordsInFlight = 0;
  /** Reused by splitAndReenqueue. */
  private readonly splits: ProducerBatch[] = [];
  /** The request the open batch being taken joins; null when a batch is closed for appends instead. */
  private drainingInto: ProduceRequest | null = null;
  private nowMs = 0;
  /** No batch expires before this (delivery.timeout.ms after the oldest batch's creation), for `expiryTimeout`. */
  private nextExpiryMs = 0;
  private expiryTimeout = -1;
  /** Sender.SenderMetrics: batch-size-avg (bytes per drained batch) and records-per-request-avg. */
  readonly batchSizeAvg = new WindowedAvg();
  readonly recordsPerRequestAvg = new WindowedAvg();

  constructor(private readonly producer: ProducerRuntime) {}

  /** A partition deque of a topic the producer writes to; its open batch is in `open`. */
  addQueue(q: PartitionQueue): void {
    this.queues.push(q);
  }

  /**
   * A batch leaves the partition's open slot: closed for appends (full or flushed), it joins the deque behind the
   * older batches; taken by a drain, it goes out at once in the request being built.
   */
  send(
    topic: TopicRuntime,
    queue: PartitionQueue,
    partition: number,
    records: BatchRecords,
    nowMs: number,
    allocatedBytes: number,
  ): void {
    const p = this.producer;
    const createdMs = queue.open !== null ? queue.open.openCreatedMs(partition) : nowMs;
    const tag = producerTag(p.index, queue.nextSequence++);
    const request = this.drainingInto;
    if (request !== null && p.settings.acks !== 'all') {
      // acks=0/1 drained from the open batch: written and answered at once, no copy needed.
      const base = this.append(topic, partition, queue, records, tag, this.nowMs);
      if (base >= 0) {
        p.recordsAcked += records.count;
        p.pool.deallocate(allocatedBytes);
        if (queue.told.size > 0) queue.told.clear();
        return;
      }
      if (
        base === APPEND_REJECTED_BATCH_TOO_LARGE ||
        base === APPEND_REJECTED_NO_KEY ||
        (base === REFUSED_TOO_LARGE && records.count === 1)
      ) {
        this.fail(records.count, base, topic, partition, queue, records.bytes);
        p.pool.deallocate(allocatedBytes);
        return;
      }
      const b = this.admit(topic, partition, records, createdMs, tag, allocatedBytes);
      b.attempts = 1;
      // A batch of several records refused as too large is split and resent.
      if (base === REFUSED_TOO_LARGE) this.splitAndReenqueue(queue, b);
      else this.retry(queue, b, -base, this.nowMs);
      return;
    }
    const b = this.admit(topic, partition, records, createdMs, tag, allocatedBytes);
    if (request !== null) this.produce(queue, b, request, this.nowMs);
    else queue.waiting.addLast(b);
  }

  /**
   * One tick after the brokers moved: answers for in-flight batches and expiries. Sending is the producer's end of
   * tick (sendProducerData), before the brokers move, so followers fetch a batch in the tick it was written.
   */
  run(nowMs: number): void {
    const queues = this.queues;
    for (let i = 0; i < queues.length; i++) {
      const q = queues[i]!;
      if (q.inFlight.length > 0) this.answer(q, nowMs);
    }
    // RecordAccumulator.nextBatchExpiryTimeMs: look for expired batches only when the oldest one can have expired.
    const timeout = this.producer.settings.deliveryTimeoutMs;
    if (nowMs >= this.nextExpiryMs || timeout !== this.expiryTimeout) {
      this.expiryTimeout = timeout;
      // A batch made after this pass expires no sooner than a full delivery.timeout.ms from now.
      let next = nowMs + timeout;
      for (let i = 0; i < queues.length; i++) {
        const expiry = this.expire(queues[i]!, nowMs) + timeout;
        if (expiry < next) next = expiry;
      }
      this.nextExpiryMs = next;
    }
    for (let i = queues.length - 1; i >= 0; i--) {
      const q = queues[i]!;
      // A topic no longer written: its deque goes once it is empty.
      if (q.open === null && q.waiting.length === 0 && q.inFlight.length === 0) queues.splice(i, 1);
    }
  }

  /**
   * Sender.sendProducerData: RecordAccumulator.ready (which partitions may send, per leader node, and the
   * partitioners' load stats), NetworkClient.ready per node, then RecordAccumulator.drain of each ready node: one
   * produce request with the first batch of each of its partitions, up to max.request.size.
   */
  sendProducerData(nowMs: number): void {
    this.nowMs = nowMs;
    const p = this.producer;
    const s = p.settings;
    const timeout = s.partitionerAvailabilityTimeoutMs;
    const nodes = this.nodeList;
    const queues = this.queues;
    for (let round = 0; round < MAX_SENDER_ROUNDS; round++) {
      for (let i = 0; i < nodes.length; i++) nodes[i]!.readyToSend = false;
      for (let i = 0; i < queues.length; i++) this.batchReady(queues[i]!, nowMs);
      let any = false;
      for (let i = 0; i < nodes.length; i++) {
        const node = nodes[i]!;
        if (!node.readyToSend) continue;
        const ready = node.ready(nowMs, s.maxInFlightRequestsPerConnection, p.rng);
        if (timeout > 0) node.updateLatencyStats(nowMs, ready);
        if (ready) any = true;
        else node.readyToSend = false;
      }
      if (!any) break;
      let drained = 0;
      for (let i = 0; i < nodes.length; i++)
        if (nodes[i]!.readyToSend) drained += this.drainNode(nodes[i]!, nowMs);
      // Nothing could go (an idempotent retry waits for the batches in flight): the next round would find the same.
      if (drained === 0) break;
    }
    // The partitioners read the stats of the last ready() pass before the next records arrive: the queues as the
    // last round left them (every pass of a tick sees the same time, so earlier passes' stats make no difference).
    p.updatePartitionLoadStats();
  }

  /** The producer's process is gone: everything not yet acknowledged is dropped, and its connections with it. */
  abandon(): void {
    for (const q of this.queues) {
      for (const b of q.waiting.toArray()) this.release(b, true);
      for (const b of q.inFlight) this.release(b, true);
      q.waiting.clear();
      q.inFlight.length = 0;
    }
    this.nodes.clear();
    this.nodeList.length = 0;
  }

  /** The producer's connection state for a broker, made on first use. */
  nodeOf(broker: BrokerRuntime): ProducerNode {
    let node = this.nodes.get(broker);
    if (node === undefined) {
      node = new ProducerNode(broker);
      this.nodes.set(broker, node);
      this.nodeList.push(node);
    }
    return node;
  }

  /**
   * RecordAccumulator.partitionReady / batchReady for one partition: its leader's node joins the ready nodes when
   * its first batch may go (full, or lingered linger.ms, or back from retry.backoff.ms) and the partition is not
   * muted (max.in.flight.requests.per.connection=1 with a batch in flight).
   */
  private batchReady(q: PartitionQueue, nowMs: number): void {
    const waiting = q.waiting;
    // An empty deque has nothing to send (its `node` may be stale: a drain finds nothing in it either way).
    if (waiting.length === 0 && q.openCount === 0) return;
    // The cached leader while it is a zombie (cut off, still taking writes at its old epoch), else the controller's.
    const leader = this.producer.metadata.leaderFor(q.leader, q.topic.replicas[q.partition]!);
    const node = leader === null ? null : this.nodeOf(leader);
    q.node = node;
    // The messages are built only the first time per outage: this runs every tick.
    if (leader === null) {
      if (!q.told.has(Trouble.NO_LEADER))
        this.report(
          q,
          Trouble.NO_LEADER,
          `${q.topic.name}-${q.partition}: no leader; batches wait in the accumulator`,
        );
      return;
    }
    if (!leader.alive && !q.told.has(Trouble.LEADER_DOWN))
      this.report(
        q,
        Trouble.LEADER_DOWN,
        `${q.topic.name}-${q.partition}: leader broker ${leader.id} does not answer; batches wait in the accumulator`,
      );
    if (node!.readyToSend || this.muted(q) || q.splitAtMs === nowMs) return;
    if (waiting.length > 0) {
      // A closed batch is full (a batch with another behind it counts as full too).
      if (!this.backingOff(waiting.peekFirst()!, nowMs)) node!.readyToSend = true;
      return;
    }
    const batches = q.open!;
    if (
      batches.openFull(q.partition) ||
      nowMs - batches.openCreatedMs(q.partition) >= this.producer.settings.lingerMs
    )
      node!.readyToSend = true;
  }

  /**
   * Sender.sendProducerData mutes a partition while its batch is in flight when max.in.flight is 1 (ordering). An
   * idempotent producer's batches are taken only in sequence (ProducerStateManager answers a gap with
   * OUT_OF_ORDER_SEQUENCE_NUMBER, and RecordAccumulator holds back a partition with unresolved sequences), so while its
   * batches are still in flight at another broker (the old leader, or a zombie) nothing newer goes to the new one.
   */
  private muted(q: PartitionQueue): boolean {
    const inFlight = q.inFlight;
    if (inFlight.length === 0) return false;
    const s = this.producer.settings;
    if (s.maxInFlightRequestsPerConnection === 1) return true;
    const request = inFlight[0]!.request;
    return isIdempotent(s) && request !== null && request.node !== q.node;
  }

  /** RecordAccumulator.shouldBackoff: a retry waits out its backoff unless the leader changed (KIP-951). */
  private backingOff(b: ProducerBatch, nowMs: number): boolean {
    return b.retryAtMs > nowMs && b.topic!.replicas[b.partition]!.rp.leaderEpoch <= b.failedEpoch;
  }

  /**
   * RecordAccumulator.drainBatchesForOneNode: from where the last drain of this node stopped, the first batch of each
   * partition it leads (lingered or not), while the request stays within max.request.size (one batch always goes).
   */
  private drainNode(node: ProducerNode, nowMs: number): number {
    const queues = this.queues;
    const n = queues.length;
    if (n === 0) return 0;
    const s = this.producer.settings;
    const request = this.requestPool.pop() ?? new ProduceRequest();
    request.pending = 0;
    let size = 0;
    let records = 0;
    let batches = 0;
    let i = node.drainIndex % n;
    const start = i;
    do {
      const q = queues[i]!;
      const at = i;
      i = (i + 1) % n;
      if (q.node !== node) continue;
      node.drainIndex = at;
      if (this.muted(q) || q.splitAtMs === nowMs) continue;
      const waiting = q.waiting;
      const first = waiting.peekFirst();
      let bytes: number;
      let count: number;
      if (first !== undefined) {
        if (this.backingOff(first, nowMs)) continue;
        bytes = first.bytes;
        count = first.count;
      } else {
        count = q.openCount;
        if (count === 0) continue;
        bytes = q.open!.openBytes(q.partition);
      }
      if (size + bytes > s.maxRequestSize && size > 0) break;
      // shouldStopDrainBatchesForPartition: an idempotent retry goes alone, after the batches in flight are answered.
      if (first !== undefined && first.attempts > 0 && q.inFlight.length > 0 && isIdempotent(s)) break;
      size += bytes;
      records += count;
      batches++;
      this.batchSizeAvg.record(bytes, nowMs);
      if (first !== undefined) {
        waiting.pollFirst();
        this.produce(q, first, request, nowMs);
      } else {
        this.drainingInto = request;
        q.open!.take(q.partition);
        this.drainingInto = null;
      }
    } while (i !== start);
    this.recordsPerRequestAvg.record(records, nowMs);
    if (request.pending > 0) {
      request.node = node;
      node.inFlightRequests++;
    } else this.requestPool.push(request);
    return batches;
  }

  /**
   * Copies a closed batch out of the accumulator's open slot; the buffer.memory it was allocated travels with it
   * until it is acknowledged or fails (BufferPool.deallocate).
   */
  private admit(
    topic: TopicRuntime,
    partition: number,
    records: BatchRecords,
    createdMs: number,
    tag: number,
    allocatedBytes: number,
  ): ProducerBatch {
    const b = this.pool.pop() ?? new ProducerBatch();
    b.fill(topic, partition, records, createdMs, tag);
    b.allocatedBytes = allocatedBytes;
    this.recordsInFlight += records.count;
    return b;
  }

  /** One batch of a produce request on the leader: written, then answered (acks=0/1) or awaited (acks=all). */
  private produce(q: PartitionQueue, b: ProducerBatch, request: ProduceRequest, nowMs: number): void {
    const s = this.producer.settings;
    const topic = b.topic!;
    const rp = topic.replicas[b.partition]!.rp;
    let base: number;
    if (b.baseOffset >= 0 && isIdempotent(s) && this.stillInLog(b)) {
      // The leader already has this batch (the answer was lost): DUPLICATE_SEQUENCE, answered with its offsets.
      base = b.baseOffset;
      b.epoch = rp.leaderEpoch;
    } else {
      const duplicate = b.baseOffset >= 0 && this.stillInLog(b);
      base = this.append(topic, b.partition, q, b, b.tag, nowMs);
      if (base >= 0) {
        if (duplicate) this.producer.recordsDuplicated += b.count;
        b.baseOffset = base;
        // The epoch of the broker that wrote it (a zombie's is older than the controller's).
        b.epoch = topic.replicas[b.partition]!.appendEpoch;
      }
    }
    if (b.attempts > 0) this.producer.recordsRetried += b.count;
    b.attempts++;
    if (base < 0) {
      if (base === REFUSED_TOO_LARGE && b.count > 1) {
        // The split batches go out from the next round, as after a produce response.
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
      return;
    }
    if (s.acks === 'all') {
      b.sentMs = nowMs;
      b.request = request;
      request.pending++;
      q.inFlight.push(b);
    } else {
      this.producer.recordsAcked += b.count;
      this.release(b, false);
      if (q.told.size > 0) q.told.clear();
    }
  }

  /** The batch's request has one answer fewer to wait for; the last one frees the connection's slot. */
  private complete(b: ProducerBatch): void {
    const r = b.request;
    if (r === null) return;
    b.request = null;
    if (--r.pending > 0) return;
    r.node!.inFlightRequests--;
    r.node = null;
    this.requestPool.push(r);
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
      this.complete(b);
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

  /**
   * delivery.timeout.ms: batches are expired oldest first (the deque is in creation order, retries at the front), the
   * open batch too when it is first in its deque (RecordAccumulator.expiredBatches). Returns when the oldest batch left
   * was created (Infinity when none is).
   */
  private expire(q: PartitionQueue, nowMs: number): number {
    const timeout = this.producer.settings.deliveryTimeoutMs;
    let label: string | null = null;
    for (let i = 0; i < q.inFlight.length; i++) {
      const b = q.inFlight[i]!;
      if (nowMs - b.createdMs < timeout) continue;
      q.inFlight.splice(i--, 1);
      label = `${b.topic!.name}-${b.partition}`;
      this.complete(b);
      this.release(b, true);
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
        this.producer.recordsFailed += count;
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
   * Partition.appendRecordsToLeader on the broker of the node being drained (the leader the producer's metadata
   * names, a zombie included), which the sender found ready (connected, room on its links). Returns the base offset
   * or a negative Kafka error.
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
    const broker = q.node === null ? null : q.node.broker;
    if (broker === null) return -ReplicationError.LEADER_NOT_AVAILABLE;
    if (!broker.alive) return -ReplicationError.NETWORK_EXCEPTION;
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
    q.splitAtMs = this.nowMs;
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
