// A consumer group's members as chips: each in its colour (the same on the topic lanes it owns) with the
// partitions it owns, or "idle" when a settled group has more consumers than partitions.
import type { GroupReport } from '../../../engine';
import { memberColour } from '../../theme/colours';

export const IDLE_TIP = 'Idle: a consumer beyond the partition count gets no partition, so it reads nothing.';
const MAX_LISTED = 6;

export interface MemberChip {
  memberId: string;
  /** The client id without the group's prefix: "consumer-1". */
  label: string;
  colour: string;
  /** "orders-0, orders-3", or "idle" / "waiting for assignment" when it owns none. */
  partitions: string;
  idle: boolean;
  title: string;
}

/** "orders-0, orders-3", sorted by topic then partition; past six, "... +N". */
export function partitionList(assignment: Record<string, number[]>, max = MAX_LISTED): string {
  const names = Object.entries(assignment)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .flatMap(([topic, ps]) => [...ps].sort((a, b) => a - b).map((p) => `${topic}-${p}`));
  return names.length > max ? `${names.slice(0, max).join(', ')} +${names.length - max}` : names.join(', ');
}

export function memberChips(group: GroupReport): MemberChip[] {
  return group.members.map((m, i) => {
    const owned = Object.values(m.assignment).some((ps) => ps.length > 0);
    // Mid-rebalance every member waits for its assignment; only a Stable group has idle members.
    const idle = !owned && group.state === 'Stable';
    const label = m.clientId.startsWith(`${group.groupId}-`)
      ? m.clientId.slice(group.groupId.length + 1)
      : m.clientId;
    const partitions = owned ? partitionList(m.assignment) : idle ? 'idle' : 'waiting for assignment';
    return {
      memberId: m.memberId,
      label,
      colour: memberColour(group.node, i),
      partitions,
      idle,
      title: idle
        ? `${m.memberId}. ${IDLE_TIP}`
        : `${m.memberId}: ${partitionList(m.assignment, Infinity) || 'no partitions yet'}`,
    };
  });
}

/** Consumers started but not (yet) in the group, by status: "1 joining", "2 crashed". */
export function pendingSummary(group: GroupReport): string {
  const counts = new Map<string, number>();
  for (const m of group.pendingMembers) counts.set(m.status, (counts.get(m.status) ?? 0) + 1);
  return [...counts].map(([status, n]) => `${n} ${status}`).join(', ');
}
