// A topic in the running cluster: its partition logs and what flowed into each partition.
import { PartitionLog } from '../kafka/log/partitionLog';
import type { TopicView } from '../kafka/group/consumerMember';
import type { TopicConfig } from '../model/schema';

export class TopicRuntime implements TopicView {
  readonly partitions: PartitionLog[] = [];
  /** Records and payload bytes appended per partition since the start. */
  recordsIn: Float64Array = new Float64Array(0);
  bytesIn: Float64Array = new Float64Array(0);

  constructor(
    readonly nodeId: string,
    readonly name: string,
    public config: TopicConfig,
    private readonly retainedPerPartition: number,
    private readonly retentionCheckIntervalMs: number,
    nowMs: number,
  ) {
    this.grow(config.partitions, nowMs);
  }

  get partitionCount(): number {
    return this.partitions.length;
  }

  /** Without replication the high watermark is the log-end offset; replication moves it with the ISR. */
  highWatermark(partition: number): number {
    return this.partitions[partition]!.logEndOffset;
  }

  /** Kafka adds partitions and never removes them (CreatePartitions). */
  grow(partitions: number, nowMs: number): void {
    while (this.partitions.length < partitions) {
      this.partitions.push(new PartitionLog(this.retainedPerPartition, this.logConfig(), nowMs));
    }
    if (this.recordsIn.length < partitions) {
      this.recordsIn = extend(this.recordsIn, partitions);
      this.bytesIn = extend(this.bytesIn, partitions);
    }
  }

  /** Topic configs apply to every partition at once, as an AlterConfigs call does. */
  applyConfig(config: TopicConfig): void {
    this.config = config;
    const next = this.logConfig();
    for (const log of this.partitions) Object.assign(log.config, next);
  }

  applyRetention(nowMs: number): number {
    let deleted = 0;
    for (const log of this.partitions) deleted += log.applyRetention(nowMs);
    return deleted;
  }

  private logConfig() {
    const c = this.config;
    return {
      segmentBytes: c.segmentBytes,
      segmentMs: c.segmentMs,
      retentionMs: c.retentionMs,
      retentionBytes: c.retentionBytes,
      cleanupPolicy: c.cleanupPolicy,
      logRetentionCheckIntervalMs: this.retentionCheckIntervalMs,
    };
  }
}

function extend(a: Float64Array, length: number): Float64Array {
  const out = new Float64Array(length);
  out.set(a);
  return out;
}
