// KIP-848's member reconciliation on the group coordinator: CurrentAssignmentBuilder
// (org.apache.kafka.coordinator.group.modern.consumer.CurrentAssignmentBuilder) moves one member from its current
// assignment towards its target, a step per heartbeat: first it asks the member to revoke what the target no
// longer gives it (UNREVOKED_PARTITIONS, the member's epoch unchanged), then, once the member's heartbeat no longer
// reports them, it moves the member to the target epoch and hands it the target's partitions no other member still
// holds (UNRELEASED_PARTITIONS while some are held, else STABLE).
import { nameRecord } from '../../model/nameRecord';
import type { Assignment } from './types';

/** MemberState: where a member is in its reconciliation. */
export type MemberState = 'STABLE' | 'UNREVOKED_PARTITIONS' | 'UNRELEASED_PARTITIONS';

/** What CurrentAssignmentBuilder reads and writes of a ConsumerGroupMember. */
export interface MemberAssignmentState {
  state: MemberState;
  memberEpoch: number;
  previousMemberEpoch: number;
  /** Partitions the member holds and keeps (ascending per topic). */
  assigned: Assignment;
  /** Partitions the member still holds but must give up. */
  pendingRevocation: Assignment;
}

/** The epoch of the member that holds `topic`-`partition` (assigned or pending revocation), -1 when none does. */
export type PartitionEpoch = (topic: string, partition: number) => number;

/**
 * CurrentAssignmentBuilder.build: the member's next state, or the same object when nothing changes. `owned` is
 * what the member's heartbeat reported owning (null: not reported).
 */
export function nextMemberAssignment(
  member: MemberAssignmentState,
  targetEpoch: number,
  target: Assignment,
  partitionEpoch: PartitionEpoch,
  owned: Assignment | null,
): MemberAssignmentState {
  switch (member.state) {
    case 'STABLE':
      return member.memberEpoch !== targetEpoch
        ? compute(member, member.memberEpoch, targetEpoch, target, partitionEpoch, owned)
        : member;
    case 'UNREVOKED_PARTITIONS':
      if (ownsAny(owned, member.pendingRevocation)) return member;
      return compute(member, member.memberEpoch + 1, targetEpoch, target, partitionEpoch, owned);
    case 'UNRELEASED_PARTITIONS':
      return compute(member, member.memberEpoch, targetEpoch, target, partitionEpoch, owned);
  }
}

/** ownsRevokedPartitions: an unreported ownership counts as still owning. */
function ownsAny(owned: Assignment | null, revoked: Assignment): boolean {
  if (owned === null) return true;
  for (const [topic, partitions] of Object.entries(owned)) {
    const pending = revoked[topic];
    if (pending && partitions.some((p) => pending.includes(p))) return true;
  }
  return false;
}

/** computeNextAssignment; the previous epoch becomes the one the member had (Builder.updateMemberEpoch). */
function compute(
  member: MemberAssignmentState,
  memberEpoch: number,
  targetEpoch: number,
  target: Assignment,
  partitionEpoch: PartitionEpoch,
  owned: Assignment | null,
): MemberAssignmentState {
  let unreleased = false;
  const assigned = nameRecord<number[]>();
  const revoking = nameRecord<number[]>();
  const adding = nameRecord<number[]>();
  const topics = new Set([...Object.keys(target), ...Object.keys(member.assigned)]);
  for (const topic of topics) {
    const wanted = target[topic] ?? [];
    const current = member.assigned[topic] ?? [];
    // New assigned = current ∩ target; pending revocation = current - new assigned.
    const keep = current.filter((p) => wanted.includes(p));
    const revoke = current.filter((p) => !keep.includes(p));
    // Pending assignment = target - new assigned - partitions another member still holds.
    const add: number[] = [];
    for (const p of wanted) {
      if (keep.includes(p)) continue;
      if (partitionEpoch(topic, p) !== -1) unreleased = true;
      else add.push(p);
    }
    if (keep.length > 0) assigned[topic] = keep;
    if (revoke.length > 0) revoking[topic] = revoke;
    if (add.length > 0) adding[topic] = add;
  }
  if (Object.keys(revoking).length > 0 && ownsAny(owned, revoking)) {
    return {
      state: 'UNREVOKED_PARTITIONS',
      memberEpoch,
      previousMemberEpoch: member.memberEpoch,
      assigned,
      pendingRevocation: revoking,
    };
  }
  for (const [topic, partitions] of Object.entries(adding))
    assigned[topic] = [...(assigned[topic] ?? []), ...partitions].sort((a, b) => a - b);
  return {
    state: unreleased ? 'UNRELEASED_PARTITIONS' : 'STABLE',
    memberEpoch: targetEpoch,
    previousMemberEpoch: member.memberEpoch,
    assigned,
    pendingRevocation: nameRecord(),
  };
}
