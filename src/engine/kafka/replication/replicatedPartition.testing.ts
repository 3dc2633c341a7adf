// Fixtures for the ReplicatedPartition tests (Kafka's Partition and Replica, core/cluster); used by tests only.

import { expect } from 'vitest';
import { ReplicatedPartition, type ReplicationEvent } from './replicatedPartition';

/** One fetch by each follower, in order, at `nowMs`, taking everything the leader has. */
export function fetchRound(p: ReplicatedPartition, nowMs: number, ...brokers: number[]): void {
  for (const b of brokers) p.followerFetch(b, Infinity, nowMs);
}

export function truncations(events: ReplicationEvent[]) {
  return events.filter((e) => e.type === 'truncated');
}

/** RF 3 on brokers 1, 2, 3 with 10 records replicated and committed (HW 10) by t = 200. */
export function committedTen(
  config: { minInsyncReplicas?: number; uncleanLeaderElectionEnable?: boolean } = {},
) {
  const p = new ReplicatedPartition([1, 2, 3], { minInsyncReplicas: 2, ...config }, 0);
  expect(p.appendToLeader(10, 0, -1)).toBe(0);
  fetchRound(p, 100, 2, 3);
  fetchRound(p, 200, 2, 3);
  expect(p.highWatermark).toBe(10);
  p.takeEvents();
  return p;
}
