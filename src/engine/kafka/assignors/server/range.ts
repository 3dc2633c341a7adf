// The group coordinator's RangeAssignor (org.apache.kafka.coordinator.group.assignor.RangeAssignor, KIP-848's
// `range`): members sorted by member id (static members by instance id first; Franz's members are dynamic), each
// topic's partitions cut into contiguous ranges, the first `partitions % members` members one more. Members
// subscribed to the same topics with equal partition counts get co-partitioned ranges. Not sticky.
import { nameRecord } from '../../../model/nameRecord';
import { compareJavaStrings } from '../javaHash';
import type { ServerGroupAssignment, ServerGroupSpec, TopicAssignment } from './types';

interface TopicRanges {
  partitions: number;
  members: number;
  nextRange: number;
  minQuota: number;
  extra: number;
}

export function serverRangeAssign(spec: ServerGroupSpec): ServerGroupAssignment {
  const out = nameRecord<TopicAssignment>();
  const members = [...spec.members].sort((a, b) => compareJavaStrings(a.memberId, b.memberId));
  // assignHomogeneousGroup and assignHeterogeneousGroup agree: a topic's quota counts the members subscribed to it.
  const topics = new Map<string, TopicRanges>();
  for (const member of members) {
    for (const topic of member.topics) {
      const partitions = spec.partitionsPerTopic[topic];
      if (partitions === undefined) continue;
      let t = topics.get(topic);
      if (!t) topics.set(topic, (t = { partitions, members: 0, nextRange: 0, minQuota: -1, extra: -1 }));
      t.members++;
    }
  }
  for (const member of members) {
    const assignment = nameRecord<number[]>();
    for (const topic of member.topics) {
      const t = topics.get(topic);
      if (!t) continue;
      if (t.minQuota === -1) {
        t.minQuota = Math.floor(t.partitions / t.members);
        t.extra = t.partitions % t.members;
      }
      let quota = t.minQuota;
      if (t.extra > 0) {
        quota++;
        t.extra--;
      }
      const start = t.nextRange;
      const end = Math.min(start + quota, t.partitions);
      t.nextRange = end;
      if (start < end) assignment[topic] = Array.from({ length: end - start }, (_, i) => start + i);
    }
    out[member.memberId] = assignment;
  }
  return out;
}
