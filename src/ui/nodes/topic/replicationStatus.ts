// One line on a topic's node about its replicas: in sync, under-replicated, below min.insync.replicas, or offline.
import type { SimulationReport } from '../../../engine';

export interface ReplicationStatus {
  text: string;
  tone: 'ok' | 'busy' | 'warn';
  /** The longer explanation, for the tooltip. */
  title: string;
}

/** Null until the simulation reports the topic. */
export function replicationStatus(topic: string, report: SimulationReport | null): ReplicationStatus | null {
  const t = report?.topics.find((x) => x.name === topic);
  if (!t || t.partitions.length === 0) return null;
  const rf = t.partitions[0]!.replicas.length;
  const offline = t.partitions.filter((p) => p.offline).length;
  const underMinIsr = t.partitions.filter((p) => p.underMinIsr).length;
  const under = t.partitions.filter((p) => p.underReplicated).length;
  const replicas = `${rf} ${rf === 1 ? 'replica' : 'replicas'}`;
  if (offline > 0)
    return {
      text: `${replicas} · ${offline} offline`,
      tone: 'warn',
      title: `${offline} of ${t.partitions.length} partitions have no leader: nothing can be written or read there`,
    };
  if (underMinIsr > 0)
    return {
      text: `${replicas} · ${underMinIsr} below min ISR`,
      tone: 'warn',
      title: `${underMinIsr} partitions have fewer in-sync replicas than min.insync.replicas: acks=all writes are refused`,
    };
  if (under > 0)
    return {
      text: `${replicas} · ${under} under-replicated`,
      tone: 'busy',
      title: `${under} of ${t.partitions.length} partitions have a replica out of the ISR`,
    };
  return {
    text: `${replicas} · in sync`,
    tone: 'ok',
    title: 'every replica of every partition is in the ISR',
  };
}
