// org.apache.kafka.clients.consumer.RoundRobinAssignor.

import { compareJavaStrings } from './javaHash';
import type { PreparedGroup, RawAssignment } from './types';

/**
 * All subscribed partitions, topics in name order, go one by one to a circular iterator over the members in
 * memberId order (Java orders by group.instance.id first; Franz has no static members). The iterator skips
 * members not subscribed to the partition's topic, so unequal subscriptions can leave the result unbalanced.
 */
export function roundRobinAssign(group: PreparedGroup): RawAssignment {
  const assignment: RawAssignment = new Map(group.subscriptions.map((s) => [s.memberId, []]));
  const members = [...group.subscriptions].sort((a, b) => compareJavaStrings(a.memberId, b.memberId));
  if (members.length === 0) return assignment;
  const topics = [...group.partitionsPerTopic.keys()].sort(compareJavaStrings);
  let cursor = 0; // CircularIterator.peek() is members[cursor]
  for (const topic of topics) {
    const numPartitions = group.partitionsPerTopic.get(topic) ?? 0;
    for (let partition = 0; partition < numPartitions; partition++) {
      // Terminates: the topic is in partitionsPerTopic only because some member subscribes to it.
      while (!members[cursor]!.topicSet.has(topic)) cursor = (cursor + 1) % members.length;
      assignment.get(members[cursor]!.memberId)?.push(group.tp(topic, partition));
      cursor = (cursor + 1) % members.length;
    }
  }
  return assignment;
}
