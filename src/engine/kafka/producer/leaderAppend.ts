// Follows Kafka's Sender.sendProduceRequest as the leader handles it (Partition.appendRecordsToLeader, with
// UnifiedLog's and LogValidator's checks): one batch of a produce request is written on the broker the producer's
// metadata names, then answered at once (acks=0/1) or awaited (acks=all). An idempotent producer's retry of a batch
// the leader already has is answered from the log instead of written twice (DUPLICATE_SEQUENCE).
import { COMPRESSION_RATIO, compressSizes, compressedBatchBytes, storedRatio } from '../log/compressionType';
import { compacts } from '../log/logConfig';
import { RECORD_BATCH_OVERHEAD } from '../log/recordBatch';
import { APPEND_REJECTED_BATCH_TOO_LARGE, APPEND_REJECTED_NO_KEY, UNKNOWN } from '../log/partitionLog';
import { ReplicationError } from '../replication/replicatedPartition';
import { BatchColumns } from './batchColumns';
import type { BatchCompletion } from './batchCompletion';
import type { DeliveryCounters } from './deliveryCounters';
import type { PartitionQueue } from './partitionQueue';
import { REFUSED_TOO_LARGE } from './produceErrors';
import type { PoisonPicker } from './poisonPicker';
import type { ProducerBatch } from './producerBatch';
import type { BrokerLink, ProduceTopic } from './producerCluster';
import type { ProduceRequest } from './producerNodes';
import { acksCode, isIdempotent, type ProducerSettings } from './producerSettings';

export class LeaderAppend {
  /**
   * The batch as the leader stores it when its codec shrinks it: the producer's columns with sizes of their own
   * (reused, so compressing allocates nothing once it has grown to the largest batch).
   */
  private readonly stored = new BatchColumns(0);
  private storedSizes = new Int32Array(64);
  /** Marks the records consumers cannot deserialize; null when the source sends none (the common case). */
  poison: PoisonPicker | null = null;

  constructor(
    private readonly counters: DeliveryCounters,
    public settings: ProducerSettings,
    private readonly completion: BatchCompletion,
    /** The network link of the producer's own machine (null: unlimited); a produce request crosses it. */
    private readonly clientLink: () => BrokerLink | null = () => null,
  ) {}

  /**
   * One batch of a produce request leaves the producer. With no round trip to the leader it is written and answered
   * at once (produce). Otherwise it travels half the round trip in the partition's in-flight list (`arrive` writes
   * it), holding a slot of its request (max.in.flight.requests.per.connection) until its answer is back, except with
   * acks=0: no answer is awaited, so its records are acknowledged and its buffer.memory freed as it goes on the wire.
   */
  dispatch(
    q: PartitionQueue,
    b: ProducerBatch,
    request: ProduceRequest,
    nowMs: number,
    halfRttMs: number,
  ): void {
    if (halfRttMs <= 0) {
      this.produce(q, b, request, nowMs);
      return;
    }
    const acks = acksCode(this.settings);
    b.halfRttMs = halfRttMs;
    b.arriveMs = nowMs + halfRttMs;
    b.responseMs = -1;
    b.acks = acks;
    b.sentMs = nowMs;
    if (acks !== 0) {
      b.request = request;
      request.pending++;
    } else {
      this.counters.acknowledged(b, nowMs);
      this.counters.recordsInClosedBatches -= b.count;
      this.completion.freeMemory(b);
    }
    q.inFlight.push(b);
  }

  /**
   * A dispatched batch reaches the leader at `nowMs`: written as `produce` writes it. acks=1 is answered now (the
   * answer reaches the producer half a round trip later), acks=all once the high watermark passes it
   * (BatchCompletion.answer); an error comes back half a round trip later, and a retry waits for it. Returns true when
   * the batch stays in flight.
   */
  arrive(q: PartitionQueue, b: ProducerBatch, nowMs: number): boolean {
    b.arriveMs = -1;
    const base = this.write(q, b, nowMs);
    const done = this.completion;
    // acks=0: nobody awaits the answer, nor hears of an error (as with Kafka's acks=0).
    if (b.acks === 0) {
      done.releaseSent(b);
      return false;
    }
    if (base >= 0) {
      if (b.acks === 1) b.responseMs = nowMs + b.halfRttMs;
      return true;
    }
    const answeredMs = nowMs + b.halfRttMs;
    done.complete(b, answeredMs);
    if (base === REFUSED_TOO_LARGE && b.count > 1) done.splitAndReenqueue(q, b, nowMs);
    else if (
      base === APPEND_REJECTED_BATCH_TOO_LARGE ||
      base === APPEND_REJECTED_NO_KEY ||
      base === REFUSED_TOO_LARGE
    ) {
      done.fail(0, base, b.topic!, b.partition, q, b.bytes);
      done.release(b, true);
    } else done.retry(q, b, -base, answeredMs);
    return false;
  }

  /** One batch of a produce request on the leader: written, then answered (acks=0/1) or awaited (acks=all). */
  produce(q: PartitionQueue, b: ProducerBatch, request: ProduceRequest, nowMs: number): void {
    const s = this.settings;
    const base = this.write(q, b, nowMs);
    const done = this.completion;
    if (base < 0) {
      if (base === REFUSED_TOO_LARGE && b.count > 1) {
        // The split batches go out from the next round, as after a produce response.
        done.splitAndReenqueue(q, b, nowMs);
        return;
      }
      if (
        base === APPEND_REJECTED_BATCH_TOO_LARGE ||
        base === APPEND_REJECTED_NO_KEY ||
        base === REFUSED_TOO_LARGE
      ) {
        done.fail(0, base, b.topic!, b.partition, q, b.bytes);
        done.release(b, true);
      } else done.retry(q, b, -base, nowMs);
      return;
    }
    if (s.acks === 'all') {
      b.sentMs = nowMs;
      b.request = request;
      request.pending++;
      q.inFlight.push(b);
    } else done.acknowledge(q, b, nowMs);
  }

  /**
   * Partition.appendRecordsToLeader for a batch of a produce request, an idempotent retry the leader already has
   * answered from the log; counts the attempt. Returns the base offset or a negative Kafka error.
   */
  private write(q: PartitionQueue, b: ProducerBatch, nowMs: number): number {
    const s = this.settings;
    const topic = b.topic!;
    const rp = topic.replicas[b.partition]!.rp;
    let base: number;
    // Partition.appendRecordsToLeader refuses an acks=all write below min.insync.replicas before the log looks for
    // a duplicate, so a retry the leader already has gets NOT_ENOUGH_REPLICAS too (from append below).
    const refusedBelowMinIsr = b.acks === -1 && rp.isUnderMinIsr;
    if (b.baseOffset >= 0 && isIdempotent(s) && !refusedBelowMinIsr && this.stillInLog(b)) {
      // The leader already has this batch (the answer was lost): DUPLICATE_SEQUENCE, answered with its offsets.
      base = b.baseOffset;
      b.epoch = rp.leaderEpoch;
    } else {
      const duplicate = b.baseOffset >= 0 && this.stillInLog(b);
      base = this.append(topic, b.partition, q, b, b.tag, nowMs);
      if (base >= 0) {
        if (duplicate) this.counters.recordsDuplicated += b.count;
        b.baseOffset = base;
        // The epoch of the broker that wrote it (a zombie's is older than the controller's).
        b.epoch = topic.replicas[b.partition]!.appendEpoch;
      }
    }
    if (b.attempts > 0) this.counters.recordsRetried += b.count;
    b.attempts++;
    return base;
  }

  /**
   * Partition.appendRecordsToLeader on the broker of the node being drained (the leader the producer's metadata
   * names, a zombie included), which the sender found ready (connected, room on its links). Returns the base offset
   * or a negative Kafka error.
   */
  append(
    topic: ProduceTopic,
    partition: number,
    q: PartitionQueue,
    records: BatchColumns,
    tag: number,
    nowMs: number,
  ): number {
    const { keys, count } = records;
    const replicas = topic.replicas[partition]!;
    const broker = q.node === null ? null : q.node.broker;
    if (broker === null) return -ReplicationError.LEADER_NOT_AVAILABLE;
    if (!broker.alive) return -ReplicationError.NETWORK_EXCEPTION;
    const log = topic.partitions[partition]!;
    // The producer compressed the batch's records as a whole (MemoryRecordsBuilder); the leader stores them at the
    // topic's codec, recompressing when it differs from the batch's (LogValidator). A codec of ratio 1 changes nothing.
    const codec = this.settings.compressionType;
    const wireRatio = COMPRESSION_RATIO[codec];
    const diskRatio = storedRatio(topic.compressionType, codec);
    const bytes = compressedBatchBytes(records.bytes, RECORD_BATCH_OVERHEAD, wireRatio);
    const kept = diskRatio === 1 ? records : this.compress(records, diskRatio);
    const storedBytes = kept.bytes;
    // Kafka's order: UnifiedLog.analyzeAndValidateRecords (max.message.bytes, on the batch as it arrived), LogValidator
    // (a compacted topic needs keys), then UnifiedLog.append (a batch larger than segment.bytes, which
    // max.message.bytes prevents by default).
    if (bytes > log.config.maxMessageBytes) return REFUSED_TOO_LARGE;
    if (compacts(log.config.cleanupPolicy)) {
      for (let i = 0; i < count; i++) if (keys[i]! < 0) return APPEND_REJECTED_NO_KEY;
    }
    if (storedBytes > log.config.segmentBytes) return APPEND_REJECTED_BATCH_TOO_LARGE;
    const base = replicas.appendVia(broker, kept, tag, acksCode(this.settings), nowMs);
    if (base < 0) return base;
    broker.networkIn.use(bytes);
    broker.disk.use(storedBytes);
    this.clientLink()?.use(bytes);
    topic.recordsIn[partition]! += count;
    topic.storedRatios[partition] = diskRatio;
    const sizes = kept.sizes;
    let recordBytes = 0;
    for (let i = 0; i < count; i++) recordBytes += sizes[i]!;
    topic.bytesIn[partition]! += recordBytes;
    if (this.poison !== null && this.poison.active) this.poison.pick(topic, partition, base, count);
    return base;
  }

  /** `records` as stored at `ratio`: the same records, each sized at its share of the compressed batch. */
  private compress(records: BatchColumns, ratio: number): BatchColumns {
    const count = records.count;
    if (this.storedSizes.length < count) {
      let n = this.storedSizes.length;
      while (n < count) n *= 2;
      this.storedSizes = new Int32Array(n);
    }
    const out = this.stored;
    out.viewOf(records, records.tombstones !== null);
    out.sizes = this.storedSizes;
    compressSizes(records.sizes, count, ratio, out.sizes);
    out.bytes = compressedBatchBytes(records.bytes, RECORD_BATCH_OVERHEAD, ratio);
    return out;
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
}
