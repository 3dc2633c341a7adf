// Follows Kafka's Partition.makeLeader / makeFollower and the leader's AlterPartition round trip (KIP-497), applied at once.

import { resetReplicaState } from './followerFetchState';
import { maybeIncrementLeaderHW } from './highWatermark';
import { NO_LEADER, onAlterPartition, type PartitionChange } from './leaderElection';
import { UNKNOWN_OFFSET, type PartitionState } from './partitionState';
import { maybeBecomeZombie } from './zombieLeader';

/** The leader asks the controller for a new ISR; the answer applies at once. */
export function alterPartition(s: PartitionState, newIsr: readonly number[], nowMs: number): void {
  const reply = onAlterPartition(s.registration(), s.leader, s.epoch, newIsr, s.isActiveFn, s.unclean());
  applyChange(s, reply.change, nowMs);
}

/** The brokers receive the new registration: Partition.makeLeader / makeFollower / an ISR update. */
export function applyChange(s: PartitionState, change: PartitionChange | null, nowMs: number): void {
  if (change === null) return;
  const next = change.next;
  const prevLeaderIdx = s.leaderIdx;
  const prevEpoch = s.epoch;
  const prevIsrCount = s.isrCount;
  let isrChanged = false;
  for (let i = 0; i < s.n; i++) {
    const member = next.isr.includes(s.replicas[i] ?? -1) ? 1 : 0;
    if (member !== s.inIsr[i]) isrChanged = true;
    s.inIsr[i] = member;
  }
  s.isrCount = next.isr.length;
  s.partEpoch = next.partitionEpoch;
  if (next.leaderEpoch !== s.epoch) {
    s.epoch = next.leaderEpoch;
    // A leader cut off from the controller never hears of this change.
    maybeBecomeZombie(s, prevLeaderIdx, prevEpoch, prevIsrCount);
    const newLeaderIdx = next.leader === NO_LEADER ? -1 : s.replicas.indexOf(next.leader);
    if (newLeaderIdx >= 0) {
      // A broker that was not leading (a follower, or leaderless in between) starts afresh as leader.
      makeLeader(s, newLeaderIdx, newLeaderIdx !== prevLeaderIdx, nowMs);
    } else {
      s.leaderIdx = -1;
    }
    s.events.push({
      type: 'leaderChanged',
      leader: next.leader,
      previousLeader: prevLeaderIdx < 0 ? NO_LEADER : (s.replicas[prevLeaderIdx] ?? NO_LEADER),
      leaderEpoch: s.epoch,
      unclean: change.unclean,
      leaderLogEndOffset: newLeaderIdx >= 0 ? (s.leo[newLeaderIdx] ?? 0) : UNKNOWN_OFFSET,
    });
  } else {
    // handleAlterPartitionUpdate / an ISR-only metadata update: the HW may now advance.
    maybeIncrementLeaderHW(s, nowMs);
  }
  if (isrChanged) s.events.push({ type: 'isrChanged', isr: s.isr, partitionEpoch: s.partEpoch });
}

/** Partition.makeLeader for a new leader epoch. */
export function makeLeader(s: PartitionState, l: number, isNewLeader: boolean, nowMs: number): void {
  s.leaderIdx = l;
  s.lastLeaderIdx = l;
  const startOffset = s.leo[l] ?? 0;
  // maybeAssignEpochStartOffset: followers with entries from a later epoch than any this log has can still
  // find where to truncate.
  s.cacheOf(l).assign(s.epoch, startOffset);
  for (let i = 0; i < s.n; i++) {
    if (i !== l) resetReplicaState(s, i, nowMs, startOffset, isNewLeader, s.inIsr[i] === 1);
  }
  s.leaderEpochStartOffset = startOffset;
  maybeIncrementLeaderHW(s, nowMs);
}
