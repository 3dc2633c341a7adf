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
