// One producer client (a source, or the output of a processor): it partitions each record for every
// topic it writes to, batches per partition, and sends batches to the partition logs.
import { BuiltInPartitioner, appendWithBuiltInPartitioner } from '../kafka/partitioner/builtInPartitioner';
import { RoundRobinPartitioner } from '../kafka/partitioner/roundRobinPartitioner';
import { PartitionBatches } from '../kafka/producer/partitionBatches';
import type { ProducerSettings } from '../kafka/producer/producerSettings';
import type { BrokerRuntime } from './cluster/brokerRuntime';
import type { EventSink } from './events';
import type { KeySpace } from './keySpace';
import { PartitionLoadStats } from './partitionLoadStats';
import type { BatchRecords } from './producerBatch';
import { PartitionQueue, Sender } from './producerSender';
import type { Rng } from './rng';
import type { TopicRuntime } from './topicRuntime';

/** One topic the producer writes to (RecordAccumulator.TopicInfo): its partitioners and its partitions' deques. */
class ProducerTarget {
  readonly batches: PartitionBatches;
  readonly sticky: BuiltInPartitioner;
  readonly roundRobin = new RoundRobinPartitioner();
  readonly loadStats = new PartitionLoadStats();
  /** The partition count as of the producer's last metadata refresh. */
  knownPartitions: number;
  /** Per partition: batches not yet acknowledged, and the batch numbering. */
  readonly queues: PartitionQueue[] = [];

  constructor(
    readonly topic: TopicRuntime,
    private readonly producer: ProducerRuntime,
    settings: ProducerSettings,
    rng: Rng,
  ) {
    this.knownPartitions = topic.partitionCount;
    this.sticky = new BuiltInPartitioner(this.knownPartitions, Math.max(1, settings.batchSize), rng);
    this.batches = new PartitionBatches(
      this.knownPartitions,
      settings.batchSize,
      settings.lingerMs,
      (p, ts, keys, sizes, tombstones, n, bytes) =>
        producer.onBatchSent(this, p, ts, keys, sizes, tombstones, n, bytes),
    );
    this.addQueues(this.knownPartitions);
  }

  /** Every known partition has a deque the sender visits (its open batch lives in `batches`). */
  addQueues(partitions: number): void {
    while (this.queues.length < partitions) {
      const q = new PartitionQueue(this.topic, this.queues.length);
      q.open = this.batches;
      this.queues.push(q);
      this.producer.sender.addQueue(q);
    }
  }

  queue(partition: number): PartitionQueue {
    return this.queues[partition]!;
  }

  /** The producer stops writing this topic: its open batches close and drain; the sender keeps what is left. */
  detach(): void {
    this.batches.flushAll();
    for (const q of this.queues) q.open = null;
  }
}

export class ProducerRuntime {
  private targets: ProducerTarget[] = [];
  recordsSent = 0;
  bytesSent = 0;
  /** Records acknowledged to the application (acks=0: as soon as they are written to the wire). */
  recordsAcked = 0;
  /** Acknowledged records that later vanished from the log (a leader with a shorter log took over). */
  recordsLost = 0;
  /** Records written a second time by a retry (without idempotence). */
  recordsDuplicated = 0;
  /** Record sends retried. */
  recordsRetried = 0;
  /** Records given up on: delivery.timeout.ms, retries exhausted, refused, or dropped with the process. */
  recordsFailed = 0;
  readonly sender: Sender;
  private readonly sent: BatchRecords = {
    timestamps: new Float64Array(0),
    keys: new Int32Array(0),
    sizes: new Int32Array(0),
    tombstones: null,
    count: 0,
    bytes: 0,
  };
  /** The producer's number in the simulation, written into the log with its records. */
  index = 0;
  /** The application sends null values (tombstones); when false, batches carry no tombstone column. */
  sendsTombstones = false;
  /** A record went through the sticky partitioner (BuiltInPartitioner): its inputs are kept up to date since. */
  private usesStickyPartitioner = false;
  /** False once the process is killed: nothing is sent until it restarts. */
  running = true;
  private nextMetadataMs: number;

  constructor(
    readonly clientId: string,
    public settings: ProducerSettings,
    private readonly keys: KeySpace,
    readonly rng: Rng,
    nowMs: number,
    public emit: EventSink = () => {},
  ) {
    this.nextMetadataMs = nowMs + settings.metadataMaxAgeMs;
    this.sender = new Sender(this);
  }

  /** Records sent and not yet acknowledged or failed: in the accumulator's open batches, closed batches or in flight. */
  get recordsInFlight(): number {
    let open = 0;
    for (const t of this.targets) open += t.batches.openRecords();
    return this.sender.recordsInFlight + open;
  }

  /** The record count of each batch in a partition's deque, oldest first, the open batch last (for tests and views). */
  queuedBatches(topic: string, partition: number): number[] {
    const t = this.targets.find((x) => x.topic.name === topic);
    if (t === undefined) return [];
    const q = t.queue(partition);
    const counts = q.waiting.toArray().map((b) => b.count);
    if (q.openCount > 0) counts.push(q.openCount);
    return counts;
  }

  /** Kafka's batch-size-avg: bytes per batch drained into produce requests, over the metrics window; NaN when none. */
  batchSizeAvg(nowMs: number): number {
    return this.sender.batchSizeAvg.measure(nowMs);
  }

  /** Kafka's records-per-request-avg: records per produce request, over the metrics window; NaN when none. */
  recordsPerRequestAvg(nowMs: number): number {
    return this.sender.recordsPerRequestAvg.measure(nowMs);
  }

  /** The process dies: open and unacknowledged batches are gone with it. */
  kill(): void {
    this.running = false;
    for (const t of this.targets) t.batches.discardAll();
    this.sender.abandon();
  }

  topics(): TopicRuntime[] {
    return this.targets.map((t) => t.topic);
  }

  /** The topics this producer writes to; a new topic's metadata is fetched on first send. */
  setTopics(topics: readonly TopicRuntime[]): void {
    const kept = this.targets.filter((t) => topics.includes(t.topic));
    for (const t of this.targets) if (!kept.includes(t)) t.detach();
    for (const topic of topics)
      if (!kept.some((t) => t.topic === topic))
        kept.push(new ProducerTarget(topic, this, this.settings, this.rng));
    this.targets = kept;
  }

  /** New batch.size, linger.ms or partitioner take effect as the application restarts its producer. */
  applySettings(settings: ProducerSettings): void {
    const p = this.settings;
    const restart =
      p.partitioner !== settings.partitioner ||
      p.partition !== settings.partition ||
      p.batchSize !== settings.batchSize ||
      p.lingerMs !== settings.lingerMs ||
      p.partitionerIgnoreKeys !== settings.partitionerIgnoreKeys;
    // Delivery settings (acks, retries, timeouts, idempotence) apply to batches sent from now on.
    if (!restart) {
      this.settings = settings;
      return;
    }
    const topics = this.topics();
    for (const t of this.targets) t.detach();
    this.settings = settings;
    this.targets = [];
    this.setTopics(topics);
  }

  /** KafkaProducer.send of one record to every topic of this producer. */
  send(nowMs: number, timestamp: number, key: number, valueSize: number): void {
    if (!this.running) return;
    this.lastNowMs = nowMs;
    const keySize = this.keys.length(key);
    const s = this.settings;
    const targets = this.targets;
    for (let i = 0; i < targets.length; i++) {
      const t = targets[i]!;
      const n = t.knownPartitions;
      t.batches.setPending(nowMs, timestamp, key, keySize, valueSize);
      if (s.partitioner === 'fixed') t.batches.appendTo(s.partition < n ? s.partition : n - 1);
      else if (s.partitioner === 'roundrobin') t.batches.appendTo(t.roundRobin.partition(t.topic.name, n));
      else if (key >= 0 && !s.partitionerIgnoreKeys) t.batches.appendTo(this.keys.positiveHash(key) % n);
      else {
        if (!this.usesStickyPartitioner) {
          // From now on every sender pass feeds the partitioners; this first record sees the cluster as it is.
          this.usesStickyPartitioner = true;
          this.updatePartitionLoadStats();
        }
        appendWithBuiltInPartitioner(t.sticky, t.batches);
      }
    }
    this.recordsSent += targets.length;
    this.bytesSent += ((keySize < 0 ? 0 : keySize) + (valueSize < 0 ? 0 : valueSize)) * targets.length;
  }

  /** End of a tick: the sender sends to every leader that has a full or lingered batch and can take a request. */
  endTick(nowMs: number): void {
    this.lastNowMs = nowMs;
    if (nowMs >= this.nextMetadataMs) this.refreshMetadata(nowMs);
    if (this.running) this.sender.sendProducerData(nowMs);
  }

  /**
   * RecordAccumulator.ready's part for the partitioners: each topic's partitions with a leader, and their load. Only
   * the sticky partitioner reads them: a producer that has not sent a record through it skips the work.
   */
  updatePartitionLoadStats(): void {
    if (!this.usesStickyPartitioner) return;
    const targets = this.targets;
    for (let i = 0; i < targets.length; i++) {
      const t = targets[i]!;
      t.loadStats.update(
        t.topic,
        t.knownPartitions,
        t.batches,
        t.queues,
        t.sticky,
        this.settings,
        this.nodeOf,
      );
    }
  }

  private readonly nodeOf = (broker: BrokerRuntime) => this.sender.nodeOf(broker);

  flush(): void {
    for (const t of this.targets) t.batches.flushAll();
  }

  /** metadata.max.age.ms: partitions added to a topic become visible to the partitioners now. */
  refreshMetadata(nowMs: number): void {
    this.nextMetadataMs = nowMs + this.settings.metadataMaxAgeMs;
    for (const t of this.targets) {
      const n = t.topic.partitionCount;
      if (n === t.knownPartitions) continue;
      t.batches.flushAll();
      t.knownPartitions = n;
      t.batches.resize(n);
      t.addQueues(n);
      t.sticky.setNumPartitions(n);
    }
  }

  onBatchSent(
    target: ProducerTarget,
    partition: number,
    timestamps: Float64Array,
    keys: Int32Array,
    sizes: Int32Array,
    tombstones: Uint8Array,
    count: number,
    batchBytes: number,
  ): void {
    // One reused view of the accumulator's columns: sending a batch allocates nothing.
    const r = this.sent;
    r.timestamps = timestamps;
    r.keys = keys;
    r.sizes = sizes;
    r.tombstones = this.sendsTombstones ? tombstones : null;
    r.count = count;
    r.bytes = batchBytes;
    this.sender.send(target.topic, target.queue(partition), partition, r, this.lastNowMs);
  }

  /** The simulated time of the tick being processed, for the broker's append time. */
  lastNowMs = 0;
}
