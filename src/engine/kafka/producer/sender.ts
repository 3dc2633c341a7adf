// Follows Kafka's Sender (runOnce, sendProducerData) over the RecordAccumulator's deques: batches wait in the
// accumulator until their partition's leader can take them, go out as produce requests per leader broker (at most
// max.in.flight.requests.per.connection per broker, none to a broker the producer cannot connect to), and are answered,
// retried, split or failed until delivery.timeout.ms. The halves live beside it: AccumulatorDrain (ready, drain),
// LeaderAppend (the leader's side of a produce request), BatchCompletion (Sender.completeBatch, expiry).
import type { Rng } from '../../common/rng';
import { APPEND_REJECTED_BATCH_TOO_LARGE, APPEND_REJECTED_NO_KEY } from '../log/partitionLog';
import { producerTag } from '../log/producerTag';
import { AccumulatorDrain } from './accumulatorDrain';
import type { BatchColumns } from './batchColumns';
import { BatchCompletion } from './batchCompletion';
import type { BufferPool } from './bufferPool';
import type { DeliveryCounters } from './deliveryCounters';
import { LeaderAppend } from './leaderAppend';
import type { PoisonPicker } from './poisonPicker';
import type { PartitionQueue } from './partitionQueue';
import { REFUSED_TOO_LARGE } from './produceErrors';
import { PRODUCE_PENDING } from '../replication/replicatedPartition';
import type { ProduceTopic, ProducerBroker } from './producerCluster';
import type { ProducerMetadata } from './producerMetadata';
import type { ProduceRequest, ProducerNode } from './producerNodes';
import type { ProducerSettings } from './producerSettings';
import type { SenderClient } from './senderClient';
import type { WindowedAvg } from './windowedAvg';

/**
 * Sender.runOnce loops at once while some node had data to send; in simulated time a tick allows this many rounds of
 * ready() and drain(), so a backlog drains as fast as the links and max.in.flight allow without a tick running away
 * (a retry.backoff.ms of 0 against a broker that keeps refusing would loop forever).
 */
const MAX_SENDER_ROUNDS = 64;

/** How much earlier than a reconnect attempt the Sender asks to be woken (rounding in the backoff's comparison). */
const RECONNECT_WAKE_MARGIN_MS = 1e-6;

export class Sender {
  /** Every partition deque of this producer, in the order drains visit them. */
  private readonly queues: PartitionQueue[] = [];
  private readonly completion: BatchCompletion;
  private readonly leader: LeaderAppend;
  private readonly drain: AccumulatorDrain;
  private currentSettings: ProducerSettings;
  private nowMs = 0;
  /** No batch expires before this (delivery.timeout.ms after the oldest batch's creation), for `expiryTimeout`. */
  private nextExpiryMs = 0;
  private expiryTimeout = -1;

  constructor(
    private readonly counters: DeliveryCounters,
    settings: ProducerSettings,
    private readonly client: SenderClient,
    metadata: ProducerMetadata,
    private readonly bufferPool: BufferPool,
    private readonly rng: Rng,
  ) {
    this.currentSettings = settings;
    const requestPool: ProduceRequest[] = [];
    this.completion = new BatchCompletion(counters, settings, client, metadata, bufferPool, rng, requestPool);
    this.leader = new LeaderAppend(counters, settings, this.completion, () => client.link);
    this.drain = new AccumulatorDrain(settings, metadata, this.completion, this.leader, requestPool);
  }

  /** Which records the leader marks as poison (a source's poisonShare); null: none. */
  set poison(picker: PoisonPicker | null) {
    this.leader.poison = picker;
  }

  /** The producer settings the Sender reads; delivery settings apply to batches sent from now on. */
  get settings(): ProducerSettings {
    return this.currentSettings;
  }

  set settings(settings: ProducerSettings) {
    this.currentSettings = settings;
    this.completion.settings = settings;
    this.leader.settings = settings;
    this.drain.settings = settings;
  }

  /** Sender.SenderMetrics batch-size-avg: bytes per drained batch. */
  get batchSizeAvg(): WindowedAvg {
    return this.drain.batchSizeAvg;
  }

  /** Sender.SenderMetrics records-per-request-avg. */
  get recordsPerRequestAvg(): WindowedAvg {
    return this.drain.recordsPerRequestAvg;
  }

  /** The round trip in ms from the producer's machine to a broker (client.rack against broker.rack; 0: instant). */
  set roundTripMs(f: (broker: ProducerBroker) => number) {
    this.drain.roundTripMs = f;
  }

  /** Sender.SenderMetrics request-latency-avg: ms from a produce request's send to its response. */
  get requestLatencyAvg(): WindowedAvg {
    return this.completion.requestLatencyAvg;
  }

  /** A partition deque of a topic the producer writes to; its open batch is in `open`. */
  addQueue(q: PartitionQueue): void {
    this.queues.push(q);
  }

  /** The producer's connection state for a broker, made on first use. */
  nodeOf(broker: ProducerBroker): ProducerNode {
    return this.drain.nodeOf(broker);
  }

  /**
   * A batch leaves the partition's open slot: closed for appends (full or flushed), it joins the deque behind the
   * older batches; taken by a drain, it goes out at once in the request being built.
   */
  send(
    topic: ProduceTopic,
    queue: PartitionQueue,
    partition: number,
    records: BatchColumns,
    nowMs: number,
    allocatedBytes: number,
  ): void {
    const createdMs = queue.open !== null ? queue.open.openCreatedMs(partition) : nowMs;
    const tag = producerTag(this.client.index, queue.nextSequence++);
    const request = this.drain.drainingInto;
    const done = this.completion;
    const halfRtt = this.drain.drainingHalfRttMs;
    if (request !== null && this.currentSettings.acks !== 'all' && halfRtt <= 0) {
      // acks=0/1 drained from the open batch: written and answered at once, no copy needed.
      const base = this.leader.append(topic, partition, queue, records, tag, this.nowMs);
      if (base >= 0) {
        this.counters.acknowledged(records, this.nowMs);
        this.bufferPool.deallocate(allocatedBytes);
        if (queue.told.size > 0) queue.told.clear();
        return;
      }
      if (
        base === APPEND_REJECTED_BATCH_TOO_LARGE ||
        base === APPEND_REJECTED_NO_KEY ||
        (base === REFUSED_TOO_LARGE && records.count === 1)
      ) {
        done.fail(records.count, base, topic, partition, queue, records.bytes);
        this.bufferPool.deallocate(allocatedBytes);
        return;
      }
      const b = done.admit(topic, partition, records, createdMs, tag, allocatedBytes);
      b.attempts = 1;
      // A batch of several records refused as too large is split and resent.
      if (base === REFUSED_TOO_LARGE) done.splitAndReenqueue(queue, b, this.nowMs);
      else done.retry(queue, b, -base, this.nowMs);
      return;
    }
    const b = done.admit(topic, partition, records, createdMs, tag, allocatedBytes);
    if (request !== null) this.leader.dispatch(queue, b, request, this.nowMs, halfRtt);
    else queue.waiting.addLast(b);
  }

  /**
   * One tick after the brokers moved: answers for in-flight batches and expiries. Sending is the producer's end of
   * tick (sendProducerData), before the brokers move, so followers fetch a batch in the tick it was written.
   */
  run(nowMs: number): void {
    const queues = this.queues;
    const done = this.completion;
    for (let i = 0; i < queues.length; i++) {
      const q = queues[i]!;
      if (q.inFlight.length > 0) done.answer(q, nowMs);
    }
    // RecordAccumulator.nextBatchExpiryTimeMs: look for expired batches only when the oldest one can have expired.
    const timeout = this.currentSettings.deliveryTimeoutMs;
    if (nowMs >= this.nextExpiryMs || timeout !== this.expiryTimeout) {
      this.expiryTimeout = timeout;
      // A batch made after this pass expires no sooner than a full delivery.timeout.ms from now.
      let next = nowMs + timeout;
      for (let i = 0; i < queues.length; i++) {
        const expiry = done.expire(queues[i]!, nowMs) + timeout;
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
    this.deliverArrivals(nowMs);
    const s = this.currentSettings;
    const timeout = s.partitionerAvailabilityTimeoutMs;
    const drain = this.drain;
    const nodes = drain.nodeList;
    const queues = this.queues;
    const link = this.client.link;
    for (let round = 0; round < MAX_SENDER_ROUNDS; round++) {
      for (let i = 0; i < nodes.length; i++) nodes[i]!.readyToSend = false;
      for (let i = 0; i < queues.length; i++) drain.batchReady(queues[i]!, nowMs);
      let any = false;
      for (let i = 0; i < nodes.length; i++) {
        const node = nodes[i]!;
        if (!node.readyToSend) continue;
        const ready = node.ready(nowMs, s.maxInFlightRequestsPerConnection, this.rng);
        if (timeout > 0) node.updateLatencyStats(nowMs, ready);
        if (ready) any = true;
        else node.readyToSend = false;
      }
      if (!any) break;
      // The producer's own link is busy: nothing more goes this tick (its socket's send buffer is full).
      if (link !== null && !link.clientMayStart()) break;
      let drained = 0;
      for (let i = 0; i < nodes.length; i++)
        if (nodes[i]!.readyToSend) drained += drain.drainNode(nodes[i]!, queues, nowMs);
      // Nothing could go (an idempotent retry waits for the batches in flight): the next round would find the same.
      if (drained === 0) break;
    }
    // The partitioners read the stats of the last ready() pass before the next records arrive: the queues as the
    // last round left them (every pass of a tick sees the same time, so earlier passes' stats make no difference).
    this.client.updatePartitionLoadStats();
  }

  /**
   * Produce requests sent over a round trip reach their leaders: each batch due by `nowMs` is written there, in the
   * order it was sent (before this tick's sends and before the brokers move, so followers fetch it this tick).
   */
  private deliverArrivals(nowMs: number): void {
    const queues = this.queues;
    const leader = this.leader;
    for (let i = 0; i < queues.length; i++) {
      const inFlight = queues[i]!.inFlight;
      if (inFlight.length === 0) continue;
      const q = queues[i]!;
      let kept = 0;
      // Taken out first: an arrival may put a batch back in the deque (retry) or split it.
      const n = inFlight.length;
      for (let k = 0; k < n; k++) {
        const b = inFlight[k]!;
        if (b.arriveMs < 0 || b.arriveMs > nowMs) inFlight[kept++] = b;
        else if (leader.arrive(q, b, nowMs)) inFlight[kept++] = b;
      }
      inFlight.length = kept;
    }
  }

  /**
   * The earliest end of a tick at which `sendProducerData` or `run` could change anything (for the simulation's event
   * skipping): an open batch's linger.ms running out, a batch reaching its leader or its answer coming back, a retry's
   * backoff ending, a request timing out, the next expiry pass. `nowMs` (the next tick) when something may go at once:
   * a full batch, a closed one ready to drain, an answer the replicas already allow.
   */
  nextEventMs(nowMs: number): number {
    const s = this.currentSettings;
    if (s.deliveryTimeoutMs !== this.expiryTimeout) return nowMs;
    let wake = this.nextExpiryMs;
    const queues = this.queues;
    for (let i = 0; i < queues.length; i++) {
      const q = queues[i]!;
      const inFlight = q.inFlight;
      for (let k = 0; k < inFlight.length; k++) {
        const b = inFlight[k]!;
        let w = b.arriveMs >= 0 ? b.arriveMs : b.responseMs;
        if (w < 0) {
          // DelayedProduce (acks=all): answered once the replicas reach the batch, else at request.timeout.ms.
          const rp = b.topic!.replicas[b.partition]!.rp;
          if (rp.checkEnoughReplicasReachOffset(b.baseOffset + b.count, b.epoch) !== PRODUCE_PENDING)
            return nowMs;
          w = b.sentMs + s.requestTimeoutMs;
        }
        if (w < wake) wake = w;
      }
      const first = q.waiting.peekFirst();
      if (first !== undefined) {
        // A retry waits out retry.backoff.ms (unless the leader changed); any other closed batch may go now.
        const backingOff =
          first.retryAtMs > nowMs &&
          first.topic!.replicas[first.partition]!.rp.leaderEpoch <= first.failedEpoch;
        const w = backingOff ? first.retryAtMs : this.sendableAtMs(q, nowMs);
        if (w <= nowMs) return nowMs;
        if (w < wake) wake = w;
      }
      const open = q.open;
      // A deque whose topic is no longer written goes once empty (`run`).
      if (open === null) {
        if (first === undefined && inFlight.length === 0) return nowMs;
        continue;
      }
      if (open.openCount(q.partition) === 0) continue;
      let w = open.openFull(q.partition) ? nowMs : open.openCreatedMs(q.partition) + s.lingerMs;
      if (w <= nowMs) w = this.sendableAtMs(q, nowMs);
      if (w <= nowMs) return nowMs;
      if (w < wake) wake = w;
    }
    return wake;
  }

  /**
   * A deque whose first batch may go: when its leader's node (as the last ready() pass found it) can take it. Nothing
   * goes to a broker the producer is not connected to before reconnect.backoff.ms allows an attempt, nor past
   * max.in.flight.requests.per.connection (an answer frees a slot: those wake the Sender themselves), nor without a
   * leader (an election, which the event log tells, comes first). `nowMs` when it may go now.
   */
  private sendableAtMs(q: PartitionQueue, nowMs: number): number {
    const node = q.node;
    if (node === null) return Infinity;
    // With partitioner.availability.timeout.ms every ready() pass times the node: each tick counts.
    if (this.currentSettings.partitionerAvailabilityTimeoutMs > 0) return nowMs;
    const reconnect = node.reconnectAtMs;
    // canConnect compares the time since the last attempt with the (jittered) backoff: wake a hair early.
    if (reconnect > nowMs) return reconnect - RECONNECT_WAKE_MARGIN_MS;
    if (node.connectionUp && node.inFlightRequests >= this.currentSettings.maxInFlightRequestsPerConnection)
      return Infinity;
    return nowMs;
  }

  /** The producer's process is gone: everything not yet acknowledged is dropped, and its connections with it. */
  abandon(): void {
    const done = this.completion;
    for (const q of this.queues) {
      for (const b of q.waiting.toArray()) done.release(b, true);
      // An acks=0 batch on its way was acknowledged when sent: it is not failed now.
      for (const b of q.inFlight) {
        if (b.acks === 0 && b.arriveMs >= 0) done.releaseSent(b);
        else done.release(b, true);
      }
      q.waiting.clear();
      q.inFlight.length = 0;
    }
    this.drain.clearNodes();
  }
}
