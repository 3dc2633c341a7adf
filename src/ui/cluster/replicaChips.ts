// Which partition replicas each broker holds, and in what role, for the chips on its card.
import type { SimulationReport } from '../../engine';

/** leader: serves the partition; in-sync: a follower in the ISR; out-of-sync: a follower the ISR dropped. */
export type ReplicaRole = 'leader' | 'in-sync' | 'out-of-sync';

export interface ReplicaChip {
  topic: string;
  partition: number;
  role: ReplicaRole;
  /** The partition has no leader at all. */
  offline: boolean;
}

/** One topic's replicas on a broker: a row of chips under the topic's name. */
export interface TopicReplicas {
  topic: string;
  chips: ReplicaChip[];
}

const EMPTY: readonly TopicReplicas[] = [];

/** Every broker's replicas by topic, in partition order (so a chip stays put while its role changes). */
export function replicasByBroker(report: SimulationReport): Map<number, TopicReplicas[]> {
  const byBroker = new Map<number, TopicReplicas[]>();
  for (const topic of report.topics)
    for (const p of topic.partitions)
      for (const broker of p.replicas) {
        const role: ReplicaRole =
          broker === p.leader ? 'leader' : p.isr.includes(broker) ? 'in-sync' : 'out-of-sync';
        const rows = byBroker.get(broker) ?? [];
        let row = rows.at(-1);
        if (row?.topic !== topic.name) rows.push((row = { topic: topic.name, chips: [] }));
        row.chips.push({ topic: topic.name, partition: p.partition, role, offline: p.offline });
        byBroker.set(broker, rows);
      }
  return byBroker;
}

export function replicasOf(byBroker: Map<number, TopicReplicas[]>, broker: number): readonly TopicReplicas[] {
  return byBroker.get(broker) ?? EMPTY;
}

/** Chips a broker card draws per topic; past it, a line counts the rest (a thousand chips a card were unreadable). */
export const MAX_CHIPS_PER_TOPIC = 48;

/** The chips not drawn, by role. */
export interface MoreReplicas {
  count: number;
  leaders: number;
  inSync: number;
  outOfSync: number;
}

/**
 * The chips of one topic row a card draws: every chip that shows a problem (out of the ISR, offline) first,
 * then the others in partition order up to `limit`, all shown in partition order; and what is left out.
 */
export function trimChips(
  chips: readonly ReplicaChip[],
  limit = MAX_CHIPS_PER_TOPIC,
): { shown: readonly ReplicaChip[]; more: MoreReplicas | null } {
  if (chips.length <= limit) return { shown: chips, more: null };
  const problem = (c: ReplicaChip) => c.offline || c.role === 'out-of-sync';
  const kept = new Set(chips.filter(problem).slice(0, limit));
  for (const c of chips) {
    if (kept.size >= limit) break;
    kept.add(c);
  }
  const more: MoreReplicas = { count: 0, leaders: 0, inSync: 0, outOfSync: 0 };
  for (const c of chips) {
    if (kept.has(c)) continue;
    more.count++;
    if (c.role === 'leader') more.leaders++;
    else if (c.role === 'in-sync') more.inSync++;
    else more.outOfSync++;
  }
  return { shown: chips.filter((c) => kept.has(c)), more };
}
