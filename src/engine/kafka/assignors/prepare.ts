// The leader's side of ConsumerCoordinator.onLeaderElected + AbstractPartitionAssignor.assign(Cluster, GroupSubscription).

import { nameRecordOf, ownValue } from '../../model/nameRecord';
import { topicPartitionHash } from './javaHash';
import type {
  GenerationalInput,
  GroupAssignment,
  PreparedGroup,
  RawAssignment,
  Subscription,
  TopicPartition,
} from './types';

/** Any generation >= 0 will do: only equality and order between members' generations matter to the assignors. */
const CURRENT_GENERATION = 1;
/** AbstractStickyAssignor.DEFAULT_GENERATION: the member reported no generation. */
export const DEFAULT_GENERATION = -1;

export function prepareGroup(input: GenerationalInput): PreparedGroup {
  const interned = new Map<string, Map<number, TopicPartition>>();
  const tp = (topic: string, partition: number): TopicPartition => {
    let byPartition = interned.get(topic);
    if (!byPartition) interned.set(topic, (byPartition = new Map()));
    let found = byPartition.get(partition);
    if (!found)
      byPartition.set(partition, (found = { topic, partition, hash: topicPartitionHash(topic, partition) }));
    return found;
  };

  // Like HashMap.put, a repeated member id replaces the subscription but keeps its first position.
  const byId = new Map<string, Subscription>();
  for (const member of input.members) {
    const topics = [...new Set(member.topics)];
    const counts = input.partitionsPerTopic;
    // A consumer never reports a partition twice or one its topic does not have (partition counts only grow);
    // Java would treat either as a conflicting claim, so such entries are dropped here.
    const owned: TopicPartition[] = [];
    const seen = new Set<TopicPartition>();
    for (const o of member.owned ?? []) {
      if (!Number.isInteger(o.partition) || o.partition < 0) continue;
      const count = ownValue(counts, o.topic);
      if (count !== undefined && o.partition >= count) continue;
      const p = tp(o.topic, o.partition);
      if (seen.has(p)) continue;
      seen.add(p);
      owned.push(p);
    }
    const generation =
      member.owned === undefined ? DEFAULT_GENERATION : (member.generation ?? CURRENT_GENERATION);
    byId.set(member.memberId, {
      memberId: member.memberId,
      topics,
      topicSet: new Set(topics),
      owned,
      generation,
    });
  }

  // Only subscribed topics that the metadata knows with at least one partition take part.
  const partitionsPerTopic = new Map<string, number>();
  for (const sub of byId.values()) {
    for (const topic of sub.topics) {
      const n = ownValue(input.partitionsPerTopic, topic);
      if (n !== undefined && Number.isInteger(n) && n > 0) partitionsPerTopic.set(topic, n);
    }
  }
  return { subscriptions: [...byId.values()], byId, partitionsPerTopic, tp };
}

export function toGroupAssignment(group: PreparedGroup, raw: RawAssignment): GroupAssignment {
  // Records without a prototype: a topic or member named "constructor" is absent unless assigned.
  return nameRecordOf(
    group.subscriptions.map((sub) => {
      const byTopic = new Map<string, number[]>();
      for (const p of raw.get(sub.memberId) ?? []) {
        const list = byTopic.get(p.topic);
        if (list) list.push(p.partition);
        else byTopic.set(p.topic, [p.partition]);
      }
      for (const list of byTopic.values()) list.sort((a, b) => a - b);
      return [sub.memberId, nameRecordOf(byTopic)] as const;
    }),
  );
}

/** List.remove(Object): drops the first occurrence. */
export function removeFrom<T>(list: T[] | undefined, item: T): void {
  const i = list ? list.indexOf(item) : -1;
  if (list && i >= 0) list.splice(i, 1);
}

/** Where Java would throw a NullPointerException, so does the port. */
export function must<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`NullPointerException: ${what}`);
  return value;
}
