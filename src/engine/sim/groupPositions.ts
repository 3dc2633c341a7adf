// A group's consumer positions per partition (SubscriptionState.position: the offset of the next record poll()
// returns), what the client's records-lag metric (FetchManagerMetrics) counts from: high watermark minus position.
import { nameRecord } from '../model/nameRecord';
import type { GroupRuntime } from './groupRuntime';
import type { TopicRuntime } from './topicRuntime';

/** The position of the live consumer that owns `topic`-`partition`; -1 when no active consumer owns it. */
export function groupPositionOf(g: GroupRuntime, topic: string, partition: number): number {
  for (const m of g.members) {
    if (m.status !== 'active') continue;
    const topics = m.assignedTopics;
    const partitions = m.assignedPartitions;
    for (let i = 0; i < topics.length; i++)
      if (partitions[i] === partition && topics[i]!.name === topic) return m.positions[i]!;
  }
  return -1;
}

/** Each subscribed topic's positions by partition, like the report's `committed`; null where no consumer owns it. */
export function groupPositions(
  g: GroupRuntime,
  topics: ReadonlyMap<string, TopicRuntime>,
): Record<string, (number | null)[]> {
  const out = nameRecord<(number | null)[]>();
  for (const name of g.subscribedTopics()) {
    const topic = topics.get(name);
    if (!topic) continue;
    out[name] = topic.partitions.map((_, p) => {
      const position = groupPositionOf(g, name, p);
      return position < 0 ? null : position;
    });
  }
  return out;
}
