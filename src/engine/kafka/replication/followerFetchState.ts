// Follows Kafka's Replica (core/cluster): ReplicaState, updateFetchStateOrThrow, resetReplicaState, isCaughtUp, and Partition.isReplicaIsrEligible (KRaft).

import { NEVER, UNKNOWN_OFFSET, type PartitionState } from './partitionState';

/** ReplicaState.isCaughtUp. */
export function isCaughtUp(s: PartitionState, i: number, leaderEndOffset: number, nowMs: number): boolean {
  return (
    leaderEndOffset === s.fetchOffset[i] ||
    nowMs - (s.lastCaughtUpTimeMs[i] ?? NEVER) <= s.config.replicaLagTimeMaxMs
  );
}

/** Partition.isReplicaIsrEligible (KRaft): not fenced, not shutting down, broker epoch current. */
export function isReplicaIsrEligible(s: PartitionState, i: number): boolean {
  return s.fenced[i] === 0 && s.shuttingDown[i] === 0 && s.fetchedSinceReset[i] === 1;
}

/** Replica.updateFetchStateOrThrow: the leader records a fetch by follower i. */
export function updateFetchState(
  s: PartitionState,
  i: number,
  fetchOffset: number,
  nowMs: number,
  leaderEndOffset: number,
): void {
  const lastCaughtUp = s.lastCaughtUpTimeMs[i] ?? NEVER;
  // lastCaughtUpTimeMs: the latest time t such that this fetch reached the leader's LEO at t: now if it reached
  // the leader's current LEO, else the previous fetch time if it reached the LEO the leader had then.
  if (fetchOffset >= leaderEndOffset) {
    s.lastCaughtUpTimeMs[i] = nowMs > lastCaughtUp ? nowMs : lastCaughtUp;
  } else if (fetchOffset >= (s.lastFetchLeaderLogEndOffset[i] ?? UNKNOWN_OFFSET)) {
    const prevFetchTime = s.lastFetchTimeMs[i] ?? NEVER;
    s.lastCaughtUpTimeMs[i] = prevFetchTime > lastCaughtUp ? prevFetchTime : lastCaughtUp;
  }
  const prevLeaderEnd = s.lastFetchLeaderLogEndOffset[i] ?? UNKNOWN_OFFSET;
  s.lastFetchLeaderLogEndOffset[i] = leaderEndOffset > prevLeaderEnd ? leaderEndOffset : prevLeaderEnd;
  s.lastFetchTimeMs[i] = nowMs;
  s.fetchOffset[i] = fetchOffset;
  s.fetchedSinceReset[i] = 1;
}

/** Replica.resetReplicaState. */
export function resetReplicaState(
  s: PartitionState,
  i: number,
  nowMs: number,
  leaderEndOffset: number,
  isNewLeader: boolean,
  isFollowerInSync: boolean,
): void {
  // In-sync followers count as caught up now; the others as never, so they do not hold the HW back.
  s.lastCaughtUpTimeMs[i] = isFollowerInSync ? nowMs : NEVER;
  if (isNewLeader) {
    s.fetchOffset[i] = UNKNOWN_OFFSET;
    s.lastFetchLeaderLogEndOffset[i] = UNKNOWN_OFFSET;
    s.lastFetchTimeMs[i] = NEVER;
    s.fetchedSinceReset[i] = 0;
  } else {
    s.lastFetchLeaderLogEndOffset[i] = leaderEndOffset;
    s.lastFetchTimeMs[i] = isFollowerInSync ? nowMs : NEVER;
  }
}
