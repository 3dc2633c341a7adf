// The live figures of a consumer group, as the inspector words them.
import type { GroupReport } from '../../engine';
import { humanDuration } from '../forms/values';

export interface MemberLine {
  clientId: string;
  /** "orders 0, 1, 2", "orders 0 · payments 1", or "" for none. */
  partitions: string;
  /** In a Stable group with nothing assigned: more consumers than partitions. */
  idle: boolean;
  /** Its index in the group, which picks its colour on the canvas. */
  index: number;
}

/** A member's partitions, per topic: "orders 0, 1 · payments 2". */
export function describeAssignment(assignment: Readonly<Record<string, readonly number[]>>): string {
  return Object.keys(assignment)
    .sort()
    .filter((topic) => (assignment[topic]?.length ?? 0) > 0)
    .map((topic) => `${topic} ${assignment[topic]!.join(', ')}`)
    .join(' · ');
}

export function memberLines(group: GroupReport): MemberLine[] {
  return group.members.map((m, index) => {
    const partitions = describeAssignment(m.assignment);
    // Mid-rebalance everyone waits for an assignment; only a settled group has idle members.
    return { clientId: m.clientId, partitions, idle: group.state === 'Stable' && partitions === '', index };
  });
}

/** "about 40 s", "about 3 min": when lag reaches zero at the pace it is falling; null when it is not. */
export function describeDrain(ms: number | null): string | null {
  if (ms === null) return null;
  if (ms < 1000) return 'under a second';
  const seconds = Math.round(ms / 1000);
  if (seconds < 120) return `about ${seconds} s`;
  const minutes = Math.round(seconds / 60);
  return minutes < 120
    ? `about ${minutes} min`
    : `about ${humanDuration(Math.round(minutes / 60) * 3_600_000)}`;
}
