// A group's lag read from its committed offsets, as kafka-consumer-groups.sh reports it: per partition, the high
// watermark minus the committed offset, and the age of the oldest record not yet committed.
import type { TopicRuntime } from './topicRuntime';

export interface GroupOffsets {
  topics: ReadonlyMap<string, TopicRuntime>;
  /** The topics the group reads now. */
  subscribedTopics(): readonly string[];
  /** The committed offset of a partition; -1 where the group never committed. */
  coordinator: { committedOffset(topic: string, partition: number): number };
}

/** High watermark minus committed, summed over partitions with a commit. */
export function committedLag(g: GroupOffsets): number {
  let lag = 0;
  for (const topicName of g.subscribedTopics()) {
    const topic = g.topics.get(topicName)!;
    for (let p = 0; p < topic.partitionCount; p++) {
      const committed = g.coordinator.committedOffset(topicName, p);
      if (committed >= 0) lag += Math.max(0, topic.highWatermark(p) - committed);
    }
  }
  return lag;
}

export function hasCommitted(g: GroupOffsets): boolean {
  for (const topicName of g.subscribedTopics()) {
    const topic = g.topics.get(topicName)!;
    for (let p = 0; p < topic.partitionCount; p++)
      if (g.coordinator.committedOffset(topicName, p) >= 0) return true;
  }
  return false;
}

/**
 * Lag in time: the age of the oldest record the group has not committed, over its partitions: now minus
 * the timestamp (CreateTime) of the record at the committed offset, the record kafka-consumer-groups'
 * LAG starts from. Measured from the records' own timestamps, not estimated as lag over the production
 * rate, so it stays right when the rate changes. 0 when every partition is committed up to its high
 * watermark.
 */
export function timeLagMs(g: GroupOffsets, nowMs: number): number {
  let oldest = 0;
  for (const topicName of g.subscribedTopics()) {
    const topic = g.topics.get(topicName)!;
    for (let p = 0; p < topic.partitionCount; p++) {
      const committed = g.coordinator.committedOffset(topicName, p);
      if (committed < 0 || committed >= topic.highWatermark(p)) continue;
      const log = topic.partitions[p]!;
      // Retention may have deleted the committed record: the oldest left is at the log start.
      const timestamp = log.timestampAt(Math.max(committed, log.logStartOffset));
      if (timestamp >= 0 && nowMs - timestamp > oldest) oldest = nowMs - timestamp;
    }
  }
  return oldest;
}

export function partitionLag(g: GroupOffsets, topicName: string, partition: number): number | null {
  const topic = g.topics.get(topicName);
  if (!topic) return null;
  const committed = g.coordinator.committedOffset(topicName, partition);
  return committed < 0 ? null : Math.max(0, topic.highWatermark(partition) - committed);
}
