// Follows Kafka's RecordAccumulator.ready and drain as Sender.sendProducerData calls them: which partitions may send
// (their leader known and connected, their first batch full, lingered or back from its backoff, not muted by
// max.in.flight.requests.per.connection), then per ready node one produce request with the first batch of each of its
// partitions, up to max.request.size.
import { COMPRESSION_RATIO, compressedBatchBytes } from '../log/compressionType';
import { RECORD_BATCH_OVERHEAD } from '../log/recordBatch';
import type { BatchCompletion } from './batchCompletion';
import type { LeaderAppend } from './leaderAppend';
import type { PartitionQueue } from './partitionQueue';
import type { ProducerBatch } from './producerBatch';
import type { ProducerBroker } from './producerCluster';
import type { ProducerMetadata } from './producerMetadata';
import { ProduceRequest, ProducerNode } from './producerNodes';
import { isIdempotent, type ProducerSettings } from './producerSettings';
import { Trouble } from './produceErrors';
import { WindowedAvg } from './windowedAvg';

export class AccumulatorDrain {
  private readonly nodes = new Map<ProducerBroker, ProducerNode>();
  /** The nodes in the order they were first used, for passes that allocate nothing. */
  readonly nodeList: ProducerNode[] = [];
  /** The request the open batch being taken joins; null when a batch is closed for appends instead. */
  drainingInto: ProduceRequest | null = null;
  /** Half the round trip to the node being drained (0: the leader answers at once). */
  drainingHalfRttMs = 0;
  /** Sender.SenderMetrics: batch-size-avg (bytes per drained batch) and records-per-request-avg. */
  readonly batchSizeAvg = new WindowedAvg();
  readonly recordsPerRequestAvg = new WindowedAvg();

  constructor(
    public settings: ProducerSettings,
    private readonly metadata: ProducerMetadata,
    private readonly completion: BatchCompletion,
    private readonly leader: LeaderAppend,
    /** Requests whose every batch is answered, shared with the completion side that returns them. */
    private readonly requestPool: ProduceRequest[],
  ) {}

  /** The network round trip in ms between the producer's machine and `broker`'s (0: instant); the client sets it. */
  roundTripMs: (broker: ProducerBroker) => number = () => 0;

  /** The producer's connection state for a broker, made on first use. */
  nodeOf(broker: ProducerBroker): ProducerNode {
    let node = this.nodes.get(broker);
    if (node === undefined) {
      node = new ProducerNode(broker);
      this.nodes.set(broker, node);
      this.nodeList.push(node);
    }
    return node;
  }

  /** The producer's connections are gone with its process. */
  clearNodes(): void {
    this.nodes.clear();
    this.nodeList.length = 0;
  }

  /**
   * RecordAccumulator.partitionReady / batchReady for one partition: its leader's node joins the ready nodes when
   * its first batch may go (full, or lingered linger.ms, or back from retry.backoff.ms) and the partition is not
   * muted (max.in.flight.requests.per.connection=1 with a batch in flight).
   */
  batchReady(q: PartitionQueue, nowMs: number): void {
    const waiting = q.waiting;
    // An empty deque has nothing to send (its `node` may be stale: a drain finds nothing in it either way).
    if (waiting.length === 0 && q.openCount === 0) return;
    // The cached leader while it is a zombie (cut off, still taking writes at its old epoch), else the controller's.
    const leader = this.metadata.leaderFor(q.leader, q.topic.replicas[q.partition]!);
    const node = leader === null ? null : this.nodeOf(leader);
    q.node = node;
    // The messages are built only the first time per outage: this runs every tick.
    if (leader === null) {
      if (!q.told.has(Trouble.NO_LEADER))
        this.completion.report(
          q,
          Trouble.NO_LEADER,
          `${q.topic.name}-${q.partition}: no leader; batches wait in the accumulator`,
        );
      return;
    }
    if (!leader.alive && !q.told.has(Trouble.LEADER_DOWN))
      this.completion.report(
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
    if (batches.openFull(q.partition) || nowMs - batches.openCreatedMs(q.partition) >= this.settings.lingerMs)
      node!.readyToSend = true;
  }

  /**
   * RecordAccumulator.drainBatchesForOneNode: from where the last drain of this node stopped, the first batch of each
   * partition it leads (lingered or not), while the request stays within max.request.size (one batch always goes).
   * Returns the batches drained.
   */
  drainNode(node: ProducerNode, queues: readonly PartitionQueue[], nowMs: number): number {
    const n = queues.length;
    if (n === 0) return 0;
    const s = this.settings;
    const request = this.requestPool.pop() ?? new ProduceRequest();
    request.pending = 0;
    request.sentMs = nowMs;
    const halfRtt = this.roundTripMs(node.broker) / 2;
    this.drainingHalfRttMs = halfRtt;
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
      // batch-size-avg counts the batch as sent, compressed (its records estimated uncompressed above: batch.size
      // and max.request.size are held to uncompressed bytes here, where Kafka holds them to an estimate of the
      // compressed size).
      this.batchSizeAvg.record(
        compressedBatchBytes(bytes, RECORD_BATCH_OVERHEAD, COMPRESSION_RATIO[s.compressionType]),
        nowMs,
      );
      if (first !== undefined) {
        waiting.pollFirst();
        this.leader.dispatch(q, first, request, nowMs, halfRtt);
      } else {
        // The open batch is closed and handed to Sender.send, which sends it in this request.
        this.drainingInto = request;
        q.open!.take(q.partition);
        this.drainingInto = null;
      }
    } while (i !== start);
    this.recordsPerRequestAvg.record(records, nowMs);
    // acks=1 with no round trip: answered as it was sent.
    if (request.pending === 0 && halfRtt <= 0 && batches > 0 && s.acks === '1')
      this.completion.requestLatencyAvg.record(0, nowMs);
    if (request.pending > 0) {
      request.node = node;
      node.inFlightRequests++;
    } else this.requestPool.push(request);
    return batches;
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
    const s = this.settings;
    if (s.maxInFlightRequestsPerConnection === 1) {
      // A batch awaiting an answer mutes the partition; an acks=0 batch on its way awaits none.
      for (let i = 0; i < inFlight.length; i++) if (inFlight[i]!.request !== null) return true;
      return false;
    }
    const request = inFlight[0]!.request;
    return isIdempotent(s) && request !== null && request.node !== q.node;
  }

  /** RecordAccumulator.shouldBackoff: a retry waits out its backoff unless the leader changed (KIP-951). */
  private backingOff(b: ProducerBatch, nowMs: number): boolean {
    return b.retryAtMs > nowMs && b.topic!.replicas[b.partition]!.rp.leaderEpoch <= b.failedEpoch;
  }
}
