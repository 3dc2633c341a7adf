// One producer client (a source, or the output of a processor): it partitions each record for every
// topic it writes to, batches per partition, and sends batches to the partition logs.
import { BuiltInPartitioner, appendWithBuiltInPartitioner } from '../kafka/partitioner/builtInPartitioner';
import { RoundRobinPartitioner } from '../kafka/partitioner/roundRobinPartitioner';
import { PartitionBatches } from '../kafka/producer/partitionBatches';
import type { ProducerSettings } from '../kafka/producer/producerSettings';
import type { EventSink } from './events';
import type { KeySpace } from './keySpace';
import type { BatchRecords } from './producerBatch';
import { ProducerMetadata } from './producerMetadata';
import { PartitionQueue, Sender } from './producerSender';
import type { Rng } from './rng';
import type { TopicRuntime } from './topicRuntime';

class ProducerTarget {
  readonly batches: PartitionBatches;
  readonly sticky: BuiltInPartitioner;
  readonly roundRobin = new RoundRobinPartitioner();
  /** The partition count as of the producer's last metadata refresh. */
  knownPartitions: number;
  /** Per partition: batches not yet acknowledged, and the batch numbering. */
  readonly queues: PartitionQueue[] = [];

  constructor(
    readonly topic: TopicRuntime,
    producer: ProducerRuntime,
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
  }

  queue(partition: number): PartitionQueue {
    while (this.queues.length <= partition) this.queues.push(new PartitionQueue());
    return this.queues[partition]!;
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
  /** The leaders as of the last metadata refresh. */
  readonly metadata: ProducerMetadata;
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
    this.metadata = new ProducerMetadata(nowMs);
    this.sender = new Sender(this);
  }

  /** Records sent and not yet acknowledged or failed. */
  get recordsInFlight(): number {
    return this.sender.recordsInFlight;
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
    for (const t of this.targets) if (!kept.includes(t)) t.batches.flushAll();
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
      p.lingerMs !== settings.lingerMs;
    // Delivery settings (acks, retries, timeouts, idempotence) apply to batches sent from now on.
    if (!restart) {
      this.settings = settings;
      return;
    }
    const topics = this.topics();
    for (const t of this.targets) t.batches.flushAll();
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
      else if (key >= 0) t.batches.appendTo(this.keys.positiveHash(key) % n);
      else appendWithBuiltInPartitioner(t.sticky, t.batches);
    }
    this.recordsSent += targets.length;
    this.bytesSent += ((keySize < 0 ? 0 : keySize) + (valueSize < 0 ? 0 : valueSize)) * targets.length;
  }

  /** End of a tick: the sender drains when a batch is full or has lingered long enough. */
  endTick(nowMs: number): void {
    this.lastNowMs = nowMs;
    if (nowMs >= this.nextMetadataMs || this.metadata.updateDue(nowMs, this.settings.retryBackoffMs))
      this.refreshMetadata(nowMs);
    const targets = this.targets;
    let ready = false;
    for (let i = 0; i < targets.length; i++) {
      const b = targets[i]!.batches;
      if (!b.readyToDrain) b.checkLinger(nowMs);
      if (b.readyToDrain) ready = true;
    }
    // All partitions lead on one broker here, so a ready batch drains every partition's first batch.
    for (let i = 0; i < targets.length; i++) {
      if (ready) targets[i]!.batches.drain();
      else targets[i]!.batches.endTick();
    }
  }

  flush(): void {
    for (const t of this.targets) t.batches.flushAll();
  }

  /**
   * metadata.max.age.ms, or an update requested after an error: partitions added to a topic become visible to the
   * partitioners now, and batches go to the leaders the controller has now.
   */
  refreshMetadata(nowMs: number): void {
    this.nextMetadataMs = nowMs + this.settings.metadataMaxAgeMs;
    this.metadata.refreshed(nowMs);
    for (const t of this.targets) {
      const n = t.topic.partitionCount;
      if (n === t.knownPartitions) continue;
      t.batches.flushAll();
      t.knownPartitions = n;
      t.batches.resize(n);
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
