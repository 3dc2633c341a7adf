// Follows Kafka's Partition.maybeShrinkIsr and Partition.maybeExpandIsr (the leader's side of ISR changes, KIP-497).

import { isCaughtUp, isReplicaIsrEligible } from './followerFetchState';
import { alterPartition } from './leaderAndIsr';
import { UNKNOWN_OFFSET, type PartitionState } from './partitionState';

/** Partition.maybeShrinkIsr: lagging followers leave the ISR through AlterPartition. Returns how many left. */
export function maybeShrinkIsr(s: PartitionState, nowMs: number): number {
  const l = s.leaderIdx;
  // A leader cut off from the controller cannot send AlterPartition: its ISR stays as it was.
  if (l < 0 || s.alive[l] !== 1 || s.isolated[l] === 1) return 0;
  const leaderLeo = s.leo[l] ?? 0;
  let outOfSync = 0;
  for (let i = 0; i < s.n; i++) {
    if (i !== l && s.inIsr[i] === 1 && !isCaughtUp(s, i, leaderLeo, nowMs)) outOfSync++;
  }
  if (outOfSync === 0) return 0;
  const newIsr: number[] = [];
  for (let i = 0; i < s.n; i++) {
    if (s.inIsr[i] === 1 && (i === l || isCaughtUp(s, i, leaderLeo, nowMs))) newIsr.push(s.replicas[i] ?? -1);
  }
  const before = s.isrCount;
  alterPartition(s, newIsr, nowMs);
  return before - s.isrCount;
}

/** Partition.maybeExpandIsr for the follower at index i. Returns true when it joined. */
export function maybeExpandIsr(s: PartitionState, i: number, nowMs: number): boolean {
  const l = s.leaderIdx;
  if (l < 0 || i === l || s.alive[l] !== 1 || s.inIsr[i] === 1) return false;
  if (!isReplicaIsrEligible(s, i)) return false;
  const followerEnd = s.fetchOffset[i] ?? UNKNOWN_OFFSET;
  if (followerEnd < (s.hw[l] ?? 0) || followerEnd < s.leaderEpochStartOffset) return false;
  const newIsr: number[] = [];
  for (let k = 0; k < s.n; k++) if (s.inIsr[k] === 1 || k === i) newIsr.push(s.replicas[k] ?? -1);
  alterPartition(s, newIsr, nowMs);
  return s.inIsr[i] === 1;
}
