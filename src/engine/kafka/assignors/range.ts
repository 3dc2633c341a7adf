// org.apache.kafka.clients.consumer.RangeAssignor (without KIP-881 rack-aware assignment).

import { compareJavaStrings } from './javaHash';
import type { PreparedGroup, RawAssignment, TopicPartition } from './types';

/**
 * Per topic, the subscribed members in memberId order (Java sorts MemberInfo by group.instance.id first, but Franz
 * has no static members) take consecutive ranges; the first `partitions % members` get one extra. The rack-aware
 * pass (KIP-881) only runs when consumers report racks that some partitions' replicas lack; no consumer in Franz
 * sets client.rack, so that pass would never run and is left out.
 */
export function rangeAssign(group: PreparedGroup): RawAssignment {
  const assignment: RawAssignment = new Map(group.subscriptions.map((s) => [s.memberId, []]));
  for (const [topic, numPartitions] of group.partitionsPerTopic) {
    const consumers = group.subscriptions
      .filter((s) => s.topicSet.has(topic))
      .map((s) => s.memberId)
      .sort(compareJavaStrings);
    if (consumers.length === 0) continue;
    const perConsumer = Math.floor(numPartitions / consumers.length);
    const withExtra = numPartitions % consumers.length;
    let next = 0;
    consumers.forEach((consumer, i) => {
      const count = perConsumer + (i < withExtra ? 1 : 0);
      const list: TopicPartition[] = assignment.get(consumer) ?? [];
      for (let k = 0; k < count; k++) list.push(group.tp(topic, next++));
    });
  }
  return assignment;
}
