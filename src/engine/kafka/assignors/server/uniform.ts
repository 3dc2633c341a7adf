// The group coordinator's UniformAssignor (org.apache.kafka.coordinator.group.assignor.UniformAssignor, KIP-848's
// default `uniform`), as UniformHomogeneousAssignmentBuilder runs it: every member keeps what it has of its target
// up to its quota (total partitions / members, the first `total % members` members in iteration order one more),
// gives up the rest, and the members below quota take the unassigned partitions in order.
//
// Franz's members of a group all subscribe to the same topics, so the homogeneous builder is the one that runs. For
// the rare moment two members' subscriptions differ (one has refreshed its metadata, the other not yet), the union
// is assigned as if every member subscribed to it; Kafka runs UniformHeterogeneousAssignmentBuilder there, which
// is not ported. Iteration orders: members as `spec.members` lists them (see groupSpecOrder), topics by name
// (Kafka iterates a HashSet of random topic ids: any fixed order is one Kafka could take), a member's partitions
// ascending (a java.util.HashSet<Integer> iterates so while its partition numbers are below its table size).
import { nameRecord } from '../../../model/nameRecord';
import type { ServerGroupAssignment, ServerGroupSpec, TopicAssignment } from './types';

interface TopicPartition {
  topic: string;
  partition: number;
}

export function uniformAssign(spec: ServerGroupSpec): ServerGroupAssignment {
  const out = nameRecord<TopicAssignment>();
  if (spec.members.length === 0) return out;
  const subscribed = new Set<string>();
  for (const m of spec.members)
    for (const t of m.topics) if (spec.partitionsPerTopic[t] !== undefined) subscribed.add(t);
  const topics = [...subscribed].sort();
  if (topics.length === 0) {
    for (const m of spec.members) out[m.memberId] = nameRecord();
    return out;
  }
  const assigned = new Set<string>();
  for (const m of spec.members)
    for (const [topic, partitions] of Object.entries(m.target))
      for (const p of partitions) assigned.add(`${topic}\u0000${p}`);

  // The partitions no member's target holds, topic by topic.
  const unassigned: TopicPartition[] = [];
  let total = 0;
  for (const topic of topics) {
    const count = spec.partitionsPerTopic[topic]!;
    for (let p = 0; p < count; p++)
      if (!assigned.has(`${topic}\u0000${p}`)) unassigned.push({ topic, partition: p });
    total += count;
  }
  const minQuota = Math.floor(total / spec.members.length);
  let extra = total % spec.members.length;

  // maybeRevokePartitions: keep up to the quota of subscribed partitions, drop unsubscribed topics.
  const unfilled: { memberId: string; quota: number }[] = [];
  for (const m of spec.members) {
    let quota = minQuota;
    if (extra > 0) {
      quota++;
      extra--;
    }
    const kept = nameRecord<number[]>();
    for (const [topic, partitions] of Object.entries(m.target)) {
      if (!subscribed.has(topic)) continue;
      const sorted = [...partitions].sort((a, b) => a - b);
      if (sorted.length <= quota) {
        quota -= sorted.length;
        if (sorted.length > 0) kept[topic] = sorted;
        continue;
      }
      const keep: number[] = [];
      for (const p of sorted) {
        if (quota > 0) {
          quota--;
          keep.push(p);
        } else unassigned.push({ topic, partition: p });
      }
      if (keep.length > 0) kept[topic] = keep;
    }
    if (quota > 0) unfilled.push({ memberId: m.memberId, quota });
    out[m.memberId] = kept;
  }

  // assignRemainingPartitions: the unfilled members, in order, each up to its remaining quota.
  let next = 0;
  for (const { memberId, quota } of unfilled) {
    const assignment = out[memberId]!;
    for (let i = 0; i < quota && next < unassigned.length; i++) {
      const { topic, partition } = unassigned[next++]!;
      (assignment[topic] ??= []).push(partition);
    }
    for (const list of Object.values(assignment)) list.sort((a, b) => a - b);
  }
  if (next < unassigned.length) throw new Error('Partitions were left unassigned');
  return out;
}
