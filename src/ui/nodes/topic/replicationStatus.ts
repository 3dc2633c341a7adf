// One line on a topic's node about its replicas: in sync, under-replicated, below min.insync.replicas, or offline.
import type { TopicDigest } from '../../../protocol/viewNeed';

export interface ReplicationStatus {
  text: string;
  tone: 'ok' | 'busy' | 'warn';
  /** The longer explanation, for the tooltip. */
  title: string;
}

/** From the worker's summary of the topic (worker/viewReport.ts); null until the simulation reports it. */
export function replicationStatus(t: TopicDigest | undefined): ReplicationStatus | null {
  if (!t || t.partitions === 0) return null;
  const rf = t.replicationFactor;
  const { offline, underMinIsr } = t;
  const under = t.underReplicated;
  const replicas = `${rf} ${rf === 1 ? 'replica' : 'replicas'}`;
  if (offline > 0)
    return {
      text: `${replicas} · ${offline} offline`,
      tone: 'warn',
      title: `${offline} of ${t.partitions} partitions have no leader: nothing can be written or read there`,
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
      title: `${under} of ${t.partitions} partitions have a replica out of the ISR`,
    };
  return {
    text: `${replicas} · in sync`,
    tone: 'ok',
    title: 'every replica of every partition is in the ISR',
  };
}
