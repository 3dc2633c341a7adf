// Follows Kafka's Partition.maybeIncrementLeaderHW (with KAFKA-15583's strict min ISR) and Partition.checkEnoughReplicasReachOffset.

import { isCaughtUp, isReplicaIsrEligible } from './followerFetchState';
import { UNKNOWN_OFFSET, type PartitionState } from './partitionState';
import { PRODUCE_ACKNOWLEDGED, PRODUCE_PENDING, ReplicationError } from './replicationErrors';
import { zombieLeadsAt } from './zombieLeader';

/**
 * Partition.maybeIncrementLeaderHW. Not while the ISR is below the effective min.insync.replicas (the "strict min
 * ISR" rule, KAFKA-15583, Kafka 3.7+). Otherwise the HW becomes the smallest log end offset, as last fetched, over
 * the ISR and over followers caught up enough to join it (so a follower about to join is not left behind), and
 * only ever moves forward on this leader. The leader's broker process computes it: while that process is stopped
 * (killed, not yet fenced), an ISR change the controller makes moves nothing.
 */
export function maybeIncrementLeaderHW(s: PartitionState, nowMs: number): boolean {
  const l = s.leaderIdx;
  if (l < 0 || s.alive[l] !== 1 || s.isrCount < s.effectiveMinIsr()) return false;
  const leaderLeo = s.leo[l] ?? 0;
  let newHw = leaderLeo;
  for (let i = 0; i < s.n; i++) {
    if (i === l) continue;
    const known = s.fetchOffset[i] ?? UNKNOWN_OFFSET;
    if (
      known < newHw &&
      (s.inIsr[i] === 1 || (isCaughtUp(s, i, leaderLeo, nowMs) && isReplicaIsrEligible(s, i)))
    ) {
      newHw = known;
    }
  }
  if (newHw > (s.hw[l] ?? 0)) {
    s.hw[l] = newHw;
    return true;
  }
  return false;
}

/** Partition.checkEnoughReplicasReachOffset (see ReplicatedPartition.checkEnoughReplicasReachOffset). */
export function checkEnoughReplicasReachOffset(
  s: PartitionState,
  requiredOffset: number,
  appendLeaderEpoch: number,
): number {
  const l = s.leaderIdx;
  if (l < 0 || appendLeaderEpoch !== s.epoch)
    // A zombie leader does not know it lost leadership: its produce waits until it times out.
    return zombieLeadsAt(s, appendLeaderEpoch) ? PRODUCE_PENDING : -ReplicationError.NOT_LEADER_OR_FOLLOWER;
  if (s.alive[l] !== 1) return -ReplicationError.NETWORK_EXCEPTION;
  if ((s.hw[l] ?? 0) >= requiredOffset) {
    return s.effectiveMinIsr() <= s.isrCount
      ? PRODUCE_ACKNOWLEDGED
      : -ReplicationError.NOT_ENOUGH_REPLICAS_AFTER_APPEND;
  }
  return PRODUCE_PENDING;
}
