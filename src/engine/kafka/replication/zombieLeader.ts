// Follows what Kafka's Partition does on a broker cut off from the controller and the other brokers (KRaft, 4.x):
// it receives no new PartitionRecord, so it keeps the leadership it had (Partition.makeLeader is never undone) and
// answers producers as leader until it reconnects and makeFollower truncates its log by leader epoch (KIP-101/279).

import { ReplicationError } from './replicationErrors';
import type { PartitionState } from './partitionState';

/**
 * The controller moved leadership away from replica `prev` (fenced, or another election) while that replica's
 * broker is cut off and running: the news never reaches it, so it goes on leading at `prevEpoch` with the ISR it last
 * knew. Called by applyChange with the registration as it was before the change.
 */
export function maybeBecomeZombie(
  s: PartitionState,
  prev: number,
  prevEpoch: number,
  prevIsrCount: number,
): void {
  if (prev < 0 || s.isolated[prev] !== 1 || s.alive[prev] !== 1) return;
  s.zombieEpoch[prev] = prevEpoch;
  s.zombieIsrCount[prev] = prevIsrCount;
}

/** The replica at `i` is a running zombie leader: it believes it leads at an epoch the controller has left. */
export function isZombie(s: PartitionState, i: number): boolean {
  return s.zombieEpoch[i]! >= 0 && s.alive[i] === 1 && i !== s.leaderIdx;
}

/** Some running zombie leads at `epoch`: its acks=all produce waits (its high watermark cannot move). */
export function zombieLeadsAt(s: PartitionState, epoch: number): boolean {
  for (let i = 0; i < s.n; i++) if (s.zombieEpoch[i] === epoch && isZombie(s, i)) return true;
  return false;
}

/**
 * Partition.appendRecordsToLeader on the zombie at `z`: the records go into its own log at its old epoch. Its high
 * watermark stays where it was when it was cut off (no follower fetches from it any more), so acks=all produce never
 * completes there (it times out, request.timeout.ms). Returns the base offset or a negative Kafka error.
 */
export function appendToZombie(s: PartitionState, z: number, count: number, acks: 0 | 1 | -1): number {
  if (!isZombie(s, z)) return -ReplicationError.NOT_LEADER_OR_FOLLOWER;
  // The min.insync.replicas check runs against the ISR the zombie last knew.
  if (acks === -1 && s.zombieIsrCount[z]! < s.effectiveMinIsr()) return -ReplicationError.NOT_ENOUGH_REPLICAS;
  const base = s.leo[z] ?? 0;
  s.leo[z] = base + count;
  return base;
}

/** The broker at `i` can no longer reach the controller or the other brokers (clients still reach it). */
export function isolate(s: PartitionState, i: number): void {
  s.isolated[i] = 1;
  s.isolatedAtEpoch[i] = s.epoch;
}

/**
 * The controller made the cut-off replica at `i` leader after it was cut off (it was still in the ISR and not yet
 * fenced): the PartitionRecord never reaches it, so it does not act as leader (Partition.makeLeader never runs there)
 * and answers produce with NOT_LEADER_OR_FOLLOWER until it is fenced and another leader is elected.
 */
export function leadsUnawares(s: PartitionState, i: number): boolean {
  return s.isolated[i] === 1 && s.epoch > s.isolatedAtEpoch[i]!;
}

/**
 * The broker reaches the controller again: it learns the current registration. A zombie stops leading (its log is
 * truncated on its first fetch from the real leader, the existing follower path). Returns true when it was cut off.
 */
export function reconnect(s: PartitionState, i: number): boolean {
  if (s.isolated[i] !== 1) return false;
  s.isolated[i] = 0;
  s.isolatedAtEpoch[i] = -1;
  s.zombieEpoch[i] = -1;
  return true;
}
