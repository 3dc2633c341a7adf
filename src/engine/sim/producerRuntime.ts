// One producer client (a source, or the output of a processor): it partitions each record for every
// topic it writes to, batches per partition, and sends batches to the partition logs.
import { appendWithBuiltInPartitioner } from '../kafka/partitioner/builtInPartitioner';
import { BatchColumns } from '../kafka/producer/batchColumns';
import { BufferPool } from '../kafka/producer/bufferPool';
import { DeliveryCounters } from '../kafka/producer/deliveryCounters';
import type { ProducerBroker } from '../kafka/producer/producerCluster';
import { ProducerMetadata } from '../kafka/producer/producerMetadata';
import type { ProducerSettings } from '../kafka/producer/producerSettings';
import { estimateSizeInBytesUpperBound } from '../kafka/producer/recordSize';
import { Sender } from '../kafka/producer/sender';
import type { SenderClient } from '../kafka/producer/senderClient';
import { BlockedSends } from './blockedSends';
import { ClientLink } from './clientLink';
import type { EventSink } from '../common/events';
import type { KeySpace } from './keySpace';
import { ProducerTarget } from './producerTarget';
import { bufferExhausted, recordTooLarge } from './sendErrors';
import type { Rng } from '../common/rng';
import type { TopicRuntime } from './topicRuntime';
import type { Bandwidth } from './cluster/bandwidth';

export class ProducerRuntime implements SenderClient {
  private targets: ProducerTarget[] = [];
  recordsSent = 0;
  bytesSent = 0;
  /** Acknowledged records that later vanished from the log (a leader with a shorter log took over). */
  recordsLost = 0;
  /** What became of the records sent: the Sender counts them, the producer counts its own failures too. */
  readonly delivery = new DeliveryCounters();
  readonly sender: Sender;
  /** The leaders as of the last metadata refresh. */
  readonly metadata: ProducerMetadata;
  /** buffer.memory, shared by every batch of this producer. */
  readonly pool: BufferPool;
  private readonly blockedSends = new BlockedSends();
  private blockedSinceMs = 0;
  private blockedTotalMs = 0;
  private toldTooLarge = false;
  private toldExhausted = false;
  /** One reused view of the accumulator's columns: sending a batch allocates nothing. */
  private readonly sent = new BatchColumns(0);
  /** The producer's number in the simulation, written into the log with its records. */
  index = 0;
  /** The application sends null values (tombstones); when false, batches carry no tombstone column. */
  sendsTombstones = false;
  /** A record went through the sticky partitioner (BuiltInPartitioner): its inputs are kept up to date since. */
  private usesStickyPartitioner = false;
  /** False once the process is killed: nothing is sent until it restarts. */
  running = true;
  nextMetadataMs: number;
  /** The send side of the producer's machine's network link (networkMBps); unlimited until `setNetworkMBps`. */
  readonly clientLink: ClientLink;

  constructor(
    readonly clientId: string,
    private currentSettings: ProducerSettings,
    private readonly keys: KeySpace,
    readonly rng: Rng,
    nowMs: number,
    public emit: EventSink = () => {},
  ) {
    this.nextMetadataMs = nowMs + currentSettings.metadataMaxAgeMs;
    this.clientLink = new ClientLink(null, nowMs);
    this.metadata = new ProducerMetadata(nowMs);
    this.pool = new BufferPool(currentSettings.bufferMemory);
    this.sender = new Sender(this.delivery, currentSettings, this, this.metadata, this.pool, rng);
  }

  /** The network link of the producer's machine, null when unlimited (SenderClient.link). */
  get link(): Bandwidth | null {
    return this.clientLink.bandwidth;
  }

  /** The machine's networkMBps (null: unlimited), from now on. */
  setNetworkMBps(networkMBps: number | null): void {
    this.clientLink.configure(networkMBps);
  }

  /** The producer's configuration; the Sender reads the same. */
  get settings(): ProducerSettings {
    return this.currentSettings;
  }

  set settings(settings: ProducerSettings) {
    this.currentSettings = settings;
    this.sender.settings = settings;
  }

  /** Records acknowledged to the application (acks=0: as soon as they are written to the wire). */
  get recordsAcked(): number {
    return this.delivery.recordsAcked;
  }

  /** Records given up on: delivery.timeout.ms, retries exhausted, refused, or dropped with the process. */
  get recordsFailed(): number {
    return this.delivery.recordsFailed;
  }

  /** Record sends retried. */
  get recordsRetried(): number {
    return this.delivery.recordsRetried;
  }

  /** Records written a second time by a retry (without idempotence). */
  get recordsDuplicated(): number {
    return this.delivery.recordsDuplicated;
  }

  /**
   * Records sent and not yet acknowledged or failed: in open batches, queued, or in flight. recordsSent =
   * recordsAcked + recordsFailed + recordsInFlight at every moment.
   */
  get recordsInFlight(): number {
    let open = 0;
    for (const t of this.targets) open += t.batches.openRecords;
    return this.delivery.recordsInClosedBatches + open;
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

  /** Kafka's batch-size-avg: bytes per batch drained into produce requests, over the last 30 to 60 s; NaN when none. */
  batchSizeAvg(nowMs: number): number {
    return this.sender.batchSizeAvg.measure(nowMs);
  }

  /** Kafka's records-per-request-avg: records per produce request, over the last 30 to 60 s; NaN when none. */
  recordsPerRequestAvg(nowMs: number): number {
    return this.sender.recordsPerRequestAvg.measure(nowMs);
  }

  /** The application is inside a send() that waits for buffer.memory (BufferPool.allocate). */
  get blocked(): boolean {
    return this.blockedSends.length > 0;
  }

  /** Milliseconds the application has spent blocked in send() waiting for buffer.memory, up to `nowMs`. */
  blockedMs(nowMs: number): number {
    return this.blockedTotalMs + (this.blocked ? nowMs - this.blockedSinceMs : 0);
  }

  /** The bytes of a key, -1 for none. */
  keyLength(key: number): number {
    return this.keys.length(key);
  }

  /**
   * The process dies. Records in its open batches and its batches not yet acknowledged were produced and will never
   * be answered: they are lost to the application, and count as failed. A send() still blocked for buffer.memory
   * never returned: its record was not produced and goes with the process.
   */
  kill(): void {
    this.running = false;
    for (const t of this.targets) this.delivery.recordsFailed += t.batches.discardAll();
    this.sender.abandon();
    if (this.blocked) {
      this.blockedTotalMs += this.lastNowMs - this.blockedSinceMs;
      this.blockedSends.clear();
    }
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
    this.pool.totalMemory = settings.bufferMemory;
    this.toldTooLarge = false;
    this.toldExhausted = false;
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
    const blocked = this.blockedSends;
    if (blocked.length > 0) {
      // The application is still inside an earlier send(): this one comes after it.
      blocked.push(timestamp, key, valueSize);
      return;
    }
    const keySize = this.keys.length(key);
    const targets = this.targets;
    for (let i = 0; i < targets.length; i++) {
      if (this.sendTo(targets[i]!, nowMs, timestamp, key, keySize, valueSize)) continue;
      blocked.push(timestamp, key, valueSize);
      blocked.target = i;
      blocked.sinceMs = nowMs;
      this.blockedSinceMs = nowMs;
      this.retryBlocked(nowMs);
      return;
    }
  }

  /**
   * One send() to one topic: KafkaProducer.doSend's size check, then RecordAccumulator.append. Returns false when
   * the record needs a new batch and buffer.memory cannot give it one: the record is not appended, and send() blocks.
   */
  private sendTo(
    t: ProducerTarget,
    nowMs: number,
    timestamp: number,
    key: number,
    keySize: number,
    valueSize: number,
  ): boolean {
    const s = this.settings;
    // The framing adds at most 93 bytes (61 + 21 + two 5-byte length varints + 1): most records skip the exact size.
    const payload = (keySize < 0 ? 0 : keySize) + (valueSize < 0 ? 0 : valueSize) + 93;
    if (payload > s.maxRequestSize || payload > s.bufferMemory) {
      const size = estimateSizeInBytesUpperBound(keySize, valueSize);
      if (size > s.maxRequestSize || size > s.bufferMemory) {
        this.recordsSent++;
        this.failTooLarge(size);
        return true;
      }
    }
    const b = t.batches;
    const n = t.knownPartitions;
    b.setPending(nowMs, timestamp, key, keySize, valueSize);
    if (s.partitioner === 'fixed') b.appendTo(s.partition < n ? s.partition : n - 1);
    else if (s.partitioner === 'roundrobin') b.appendTo(t.roundRobin.partition(t.topic.name, n));
    else if (key >= 0 && !s.partitionerIgnoreKeys) b.appendTo(this.keys.positiveHash(key) % n);
    else {
      if (!this.usesStickyPartitioner) {
        // From now on every sender pass feeds the partitioners; this first record sees the cluster as it is.
        this.usesStickyPartitioner = true;
        this.updatePartitionLoadStats();
      }
      appendWithBuiltInPartitioner(t.sticky, b);
    }
    if (b.blockedOn > 0) {
      this.blockedSends.neededBytes = b.blockedOn;
      b.blockedOn = 0;
      return false;
    }
    this.recordsSent++;
    this.bytesSent += (keySize < 0 ? 0 : keySize) + (valueSize < 0 ? 0 : valueSize);
    return true;
  }

  /**
   * The blocked application tries again (BufferPool.allocate wakes when batches give memory back). A send that has
   * waited max.block.ms fails (BufferExhaustedException, a TimeoutException) and the application goes on.
   */
  retryBlocked(nowMs: number): void {
    const q = this.blockedSends;
    if (q.length === 0) return;
    const targets = this.targets;
    while (q.length > 0) {
      if (q.target < targets.length) {
        const key = q.firstKey;
        const sent =
          this.pool.availableMemory >= q.neededBytes &&
          this.sendTo(
            targets[q.target]!,
            nowMs,
            q.firstTimestamp,
            key,
            this.keys.length(key),
            q.firstValueSize,
          );
        if (!sent) {
          if (nowMs - q.sinceMs < this.settings.maxBlockMs) return;
          this.failExhausted(q.neededBytes);
        }
      }
      // That send() returned: the application makes its next one (the record's next topic, or its next record).
      q.target++;
      q.sinceMs = nowMs;
      if (q.target >= targets.length) q.shift();
    }
    this.blockedTotalMs += nowMs - this.blockedSinceMs;
  }

  /** KafkaProducer.ensureValidRecordSize: the record fails at send(), before any batch. */
  private failTooLarge(size: number): void {
    this.delivery.recordsFailed++;
    if (this.toldTooLarge) return;
    this.toldTooLarge = true;
    this.emit('produce-error', this.clientId, recordTooLarge(size, this.settings.maxRequestSize));
  }

  /** BufferPool.allocate gave up after max.block.ms. */
  private failExhausted(size: number): void {
    this.recordsSent++;
    this.delivery.recordsFailed++;
    if (this.toldExhausted) return;
    this.toldExhausted = true;
    const message = bufferExhausted(size, this.settings.maxBlockMs, this.pool.totalMemory);
    this.emit('produce-error', this.clientId, message);
  }

  /** End of a tick: the sender sends to every leader that has a full or lingered batch and can take a request. */
  endTick(nowMs: number): void {
    this.lastNowMs = nowMs;
    this.clientLink.refill(nowMs);
    if (nowMs >= this.nextMetadataMs || this.metadata.updateDue(nowMs, this.settings.retryBackoffMs))
      this.refreshMetadata(nowMs);
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

  private readonly nodeOf = (broker: ProducerBroker) => this.sender.nodeOf(broker);

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
    for (const t of this.targets)
      if (t.topic.partitionCount !== t.knownPartitions) t.resize(t.topic.partitionCount);
  }

  /** The accumulator closed a batch: the Sender takes it (the tombstone column only when the application sends any). */
  onBatchSent(
    target: ProducerTarget,
    partition: number,
    records: BatchColumns,
    allocatedBytes: number,
  ): void {
    const r = this.sent;
    r.viewOf(records, this.sendsTombstones);
    this.sender.send(target.topic, target.queue(partition), partition, r, this.lastNowMs, allocatedBytes);
  }

  /** A produce error for the event log (the Sender's, under this producer's client id). */
  produceError(message: string): void {
    this.emit('produce-error', this.clientId, message);
  }

  /** The simulated time of the tick being processed, for the broker's append time. */
  lastNowMs = 0;
}
