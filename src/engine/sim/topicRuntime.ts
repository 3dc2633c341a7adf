// A topic in the running cluster: its partitions' logs and replicas, and what flowed into each partition.
import { PartitionLog } from '../kafka/log/partitionLog';
import type { TopicView } from '../kafka/group/consumerMember';
import type { ProduceTopic } from '../kafka/producer/producerCluster';
import type { TopicConfig } from '../model/schema';
import type { ClusterRuntime } from './cluster/clusterRuntime';
import type { PartitionReplicas } from './cluster/partitionReplicas';
import { PoisonOffsets } from './poisonOffsets';

export class TopicRuntime implements TopicView, ProduceTopic {
  /** The leader's log of each partition: the records consumers read. */
  readonly partitions: PartitionLog[] = [];
  readonly replicas: PartitionReplicas[] = [];
  /** Records and payload bytes appended per partition since the start. */
  recordsIn: Float64Array = new Float64Array(0);
  bytesIn: Float64Array = new Float64Array(0);
  storedRatios: Float64Array = new Float64Array(0);
  /** Per partition, the records consumers cannot deserialize; null until a source sends one. */
  private poison: PoisonOffsets[] | null = null;
  /** A source marked a poison record on this topic (TopicView.hasPoison): consumers look for them from then on. */
  hasPoison = false;

  /** Throws the controller's message when the cluster cannot place the replicas. */
  constructor(
    readonly nodeId: string,
    readonly name: string,
    public config: TopicConfig,
    private readonly retainedPerPartition: number,
    private readonly retentionCheckIntervalMs: number,
    private readonly cluster: ClusterRuntime,
    nowMs: number,
  ) {
    this.grow(config.partitions, nowMs);
  }

  /** compression.type: the codec the leader stores batches with (`producer`: each batch's own). */
  get compressionType(): TopicConfig['compressionType'] {
    return this.config.compressionType;
  }

  get partitionCount(): number {
    return this.partitions.length;
  }

  /** Consumers read up to the leader's high watermark. */
  highWatermark(partition: number): number {
    return this.replicas[partition]!.highWatermark;
  }

  /** The partition leader's broker id, -1 while it has none. */
  leaderId(partition: number): number {
    return this.replicas[partition]!.rp.leader;
  }

  /** A consumer can fetch from the partition's leader now. */
  readable(partition: number): boolean {
    return this.replicas[partition]!.readable();
  }

  /** Counts truncations of the partition's log, so a consumer notices its position may be past the end (KIP-320). */
  truncations(partition: number): number {
    return this.replicas[partition]!.truncations;
  }

  truncatedTo(partition: number): number {
    return this.replicas[partition]!.truncatedTo;
  }

  fetchRoom(partition: number): number {
    const leader = this.replicas[partition]!.leaderBroker();
    return leader === null ? 0 : leader.networkOut.budget;
  }

  /** A consumer's fetch took `bytes` from the leader's network out. */
  fetched(partition: number, bytes: number): void {
    this.replicas[partition]!.leaderBroker()?.networkOut.use(bytes);
  }

  storedRatio(partition: number): number {
    return this.storedRatios[partition]!;
  }

  markPoison(partition: number, offset: number): void {
    this.hasPoison = true;
    const poison = (this.poison ??= []);
    while (poison.length <= partition) poison.push(new PoisonOffsets());
    this.syncPoison(partition, poison[partition]!).add(offset);
  }

  /** The first offset in [from, end) of `partition` that consumers cannot deserialize; -1 when none. */
  firstPoisonIn(partition: number, from: number, end: number): number {
    const marks = this.poison?.[partition];
    if (marks === undefined || marks.size === 0) return -1;
    return this.syncPoison(partition, marks).firstIn(from, end, this.partitions[partition]!.logStartOffset);
  }

  /** A truncation since the marks were last read removed the records from its cut on, poison ones too. */
  private syncPoison(partition: number, marks: PoisonOffsets): PoisonOffsets {
    const r = this.replicas[partition]!;
    if (r.truncations !== marks.truncationsSeen) {
      marks.truncationsSeen = r.truncations;
      marks.dropFrom(r.truncatedTo);
    }
    return marks;
  }

  /** Kafka adds partitions and never removes them (CreatePartitions); the controller places their replicas. */
  grow(partitions: number, nowMs: number): void {
    const first = this.partitions.length;
    if (partitions <= first) return;
    const logs: PartitionLog[] = [];
    for (let p = first; p < partitions; p++)
      logs.push(new PartitionLog(this.retainedPerPartition, this.logConfig(), nowMs));
    const replicas = this.cluster.createPartitions(
      (i) => `${this.name}-${first + i}`,
      logs,
      this.config.replicationFactor,
      this.config,
      nowMs,
    );
    this.partitions.push(...logs);
    this.replicas.push(...replicas);
    if (this.recordsIn.length < partitions) {
      this.recordsIn = extend(this.recordsIn, partitions);
      this.bytesIn = extend(this.bytesIn, partitions);
      this.storedRatios = extend(this.storedRatios, partitions);
      this.storedRatios.fill(1, first);
    }
  }

  /** Topic configs apply to every partition at once, as an AlterConfigs call does. */
  applyConfig(config: TopicConfig): void {
    this.config = config;
    const next = this.logConfig();
    for (const log of this.partitions) Object.assign(log.config, next);
    const replication = this.cluster.replicationConfig(config);
    for (const r of this.replicas) r.rp.updateConfig(replication);
  }

  /** The topic is deleted: its partitions leave the cluster. */
  delete(): void {
    this.cluster.dropPartitions(this.replicas);
  }

  /** Retention never deletes above the high watermark. */
  applyRetention(nowMs: number): number {
    let deleted = 0;
    for (let p = 0; p < this.partitions.length; p++)
      deleted += this.partitions[p]!.applyRetention(nowMs, this.highWatermark(p));
    return deleted;
  }

  /** The log cleaner's pass over every partition (compacted topics only); returns the records it removed. */
  clean(nowMs: number): number {
    let removed = 0;
    for (let p = 0; p < this.partitions.length; p++)
      removed += this.partitions[p]!.clean(nowMs, this.highWatermark(p));
    return removed;
  }

  private logConfig() {
    const c = this.config;
    return {
      segmentBytes: c.segmentBytes,
      maxMessageBytes: c.maxMessageBytes,
      segmentMs: c.segmentMs,
      retentionMs: c.retentionMs,
      retentionBytes: c.retentionBytes,
      cleanupPolicy: c.cleanupPolicy,
      deleteRetentionMs: c.deleteRetentionMs,
      minCleanableDirtyRatio: c.minCleanableDirtyRatio,
      minCompactionLagMs: c.minCompactionLagMs,
      logRetentionCheckIntervalMs: this.retentionCheckIntervalMs,
    };
  }
}

function extend(a: Float64Array, length: number): Float64Array {
  const out = new Float64Array(length);
  out.set(a);
  return out;
}
