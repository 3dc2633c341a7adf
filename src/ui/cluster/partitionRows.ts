// The partitions table: one row per partition, as `kafka-topics.sh --describe` prints it, with its health.
import type { SimulationReport } from '../../engine';

/** ok: every replica in sync; under-replicated: some are not; offline: no leader, nothing can be read or written. */
export type PartitionHealth = 'ok' | 'under-replicated' | 'offline';

export interface PartitionRow {
  label: string;
  /** The leader's broker id, or "none" when offline. */
  leader: string;
  replicas: string;
  isr: string;
  leaderEpoch: number;
  health: PartitionHealth;
  /** Fewer in-sync replicas than min.insync.replicas: the leader refuses acks=all writes. */
  underMinIsr: boolean;
  /** What the State column says. */
  state: string; /** The topic and partition, for the record inspector. */
  topic: string;
  partition: number;
  highWatermark: number;
  /** Each replica's log end offset, in assignment order, with the leader and the ISR marked. */
  replicaEnds: { brokerId: number; logEndOffset: number; leader: boolean; inIsr: boolean }[];
}

const ids = (brokers: readonly number[]) => (brokers.length > 0 ? brokers.join(', ') : 'none');

const STATE: Record<PartitionHealth, string> = {
  ok: 'in sync',
  'under-replicated': 'under-replicated',
  offline: 'offline',
};

export function partitionRows(report: SimulationReport): PartitionRow[] {
  return report.topics.flatMap((topic) =>
    topic.partitions.map((p): PartitionRow => {
      const health: PartitionHealth = p.offline ? 'offline' : p.underReplicated ? 'under-replicated' : 'ok';
      return {
        label: `${topic.name}-${p.partition}`,
        leader: p.offline ? 'none' : String(p.leader),
        replicas: ids(p.replicas),
        isr: ids(p.isr),
        leaderEpoch: p.leaderEpoch,
        health,
        underMinIsr: p.underMinIsr,
        state: STATE[health],
        topic: topic.name,
        partition: p.partition,
        highWatermark: p.highWatermark,
        replicaEnds: p.replicas.map((brokerId, r) => ({
          brokerId,
          logEndOffset: p.replicaLogEndOffsets[r] ?? 0,
          leader: brokerId === p.leader,
          inIsr: p.isr.includes(brokerId),
        })),
      };
    }),
  );
}

/** "18 partitions · 6 under-replicated · 1 offline", counting only what is there. */
export function partitionSummary(rows: readonly PartitionRow[]): string {
  const count = (h: PartitionHealth) => rows.filter((r) => r.health === h).length;
  const parts = [`${rows.length} ${rows.length === 1 ? 'partition' : 'partitions'}`];
  const under = count('under-replicated');
  const offline = count('offline');
  if (under > 0) parts.push(`${under} under-replicated`);
  if (offline > 0) parts.push(`${offline} offline`);
  return parts.join(' · ');
}
