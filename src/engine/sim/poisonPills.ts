// What a group does with records it cannot deserialize (a poison pill): without a dead-letter topic its consumer
// stops at the record (poll() throws RecordDeserializationException, KIP-334, which carries the partition and offset);
// with one, the application produces the record there and seeks past it, as Spring Kafka's
// DeadLetterPublishingRecoverer does (same partition number by default; here modulo the dead-letter topic's count).
import { BatchColumns } from '../kafka/producer/batchColumns';
import { UNKNOWN } from '../kafka/log/partitionLog';
import { RECORD_BATCH_OVERHEAD } from '../kafka/log/recordBatch';
import type { TopicView } from '../kafka/group/fetcher';
import type { TopicRuntime } from './topicRuntime';

/** Where one partition of the group stopped: its consumer cannot get past the record at `offset`. */
export interface StoppedPartition {
  topic: string;
  partition: number;
  offset: number;
  error: 'RecordDeserializationException';
}

export class PoisonPills {
  /** Poison records the group's consumers met (each once per partition and offset it stopped or went past at). */
  poisonRecords = 0;
  /** Poison records sent to the dead-letter topic. */
  deadLettered = 0;
  /** Per topic, per partition: the offset the group is stopped at, -1 where it is not. */
  private readonly stoppedAt = new Map<TopicView, number[]>();
  /** The one-record batch the dead-letter producer writes (reused). */
  private readonly record = new BatchColumns(1);

  /**
   * A consumer of the group met the poison record at `offset`: counts it the first time, and sends it to
   * `deadLetter` when there is one and its leader takes it (acks=all). True when the consumer may seek past it.
   */
  meet(
    topic: TopicView,
    partition: number,
    offset: number,
    deadLetter: TopicRuntime | null,
    nowMs: number,
  ): boolean {
    let stopped = this.stoppedAt.get(topic);
    if (!stopped) this.stoppedAt.set(topic, (stopped = []));
    while (stopped.length <= partition) stopped.push(-1);
    if (stopped[partition] !== offset) {
      this.poisonRecords++;
      stopped[partition] = offset;
    }
    if (deadLetter === null || !this.send(topic, partition, offset, deadLetter, nowMs)) return false;
    this.deadLettered++;
    stopped[partition] = -1;
    return true;
  }

  /** The partitions the group is stopped at, at or above the log start (retention may have deleted the record). */
  stopped(): StoppedPartition[] {
    const out: StoppedPartition[] = [];
    for (const [topic, offsets] of this.stoppedAt)
      offsets.forEach((offset, partition) => {
        if (offset >= 0 && offset >= topic.partitions[partition]!.logStartOffset)
          out.push({ topic: topic.name, partition, offset, error: 'RecordDeserializationException' });
      });
    return out;
  }

  /** Produces the record to the dead-letter topic's leader; false when it refuses (no leader, too few in sync). */
  private send(from: TopicView, partition: number, offset: number, to: TopicRuntime, nowMs: number): boolean {
    if (to.partitionCount === 0) return false;
    const p = partition % to.partitionCount;
    const replicas = to.replicas[p]!;
    const leader = replicas.leaderBroker();
    if (leader === null || !leader.alive) return false;
    const size = Math.max(0, from.partitions[partition]!.bytesInRange(offset, offset + 1));
    const r = this.record;
    r.count = 0;
    r.push(nowMs, -1, size, 0);
    r.bytes = size + RECORD_BATCH_OVERHEAD;
    if (replicas.appendToLeader(r, UNKNOWN, -1, nowMs) < 0) return false;
    leader.networkIn.use(r.bytes);
    leader.disk.use(r.bytes);
    to.recordsIn[p]! += 1;
    to.bytesIn[p]! += size;
    return true;
  }
}
