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
  /** Crashed, still in the group until its session expires. */
  crashed: boolean;
  /** "crashed · evicted in 38 s", "slowed to 12 records/s", or null for a member running as configured. */
  note: string | null;
  /** A slowed member's own rate; null: the group's. */
  slowedTo: number | null;
}

/** "evicted in 38 s": the coordinator removes a silent member session.timeout.ms after its last heartbeat. */
export function describeEviction(ms: number): string {
  if (ms <= 0) return 'evicted now';
  const seconds = Math.ceil(ms / 1000);
  return seconds < 120 ? `evicted in ${seconds} s` : `evicted in ${Math.ceil(seconds / 60)} min`;
}

/** A member's partitions, per topic: "orders 0, 1 · payments 2". */
export function describeAssignment(assignment: Readonly<Record<string, readonly number[]>>): string {
  return Object.entries(assignment)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .filter(([, partitions]) => partitions.length > 0)
    .map(([topic, partitions]) => `${topic} ${partitions.join(', ')}`)
    .join(' · ');
}

export function memberLines(group: GroupReport): MemberLine[] {
  return group.members.map((m, index) => {
    const partitions = describeAssignment(m.assignment);
    // A static member that closed (a restart) keeps its place like a crashed one until its session expires.
    const crashed = m.status === 'crashed' || m.status === 'closed';
    const eviction = m.evictionInMs === null ? 'awaiting eviction' : describeEviction(m.evictionInMs);
    const note = crashed
      ? `${m.status === 'closed' ? 'restarting' : 'crashed'} · ${eviction}`
      : m.slowedTo !== null
        ? `slowed to ${m.slowedTo.toLocaleString('en-US')} records/s`
        : m.groupInstanceId
          ? `static: group.instance.id ${m.groupInstanceId}`
          : null;
    // Mid-rebalance everyone waits for an assignment; only a settled group has idle members.
    const idle = !crashed && group.state === 'Stable' && partitions === '';
    return {
      clientId: m.clientId,
      partitions,
      idle,
      index,
      crashed,
      note: note ?? reconciling(m),
      slowedTo: m.slowedTo,
    };
  });
}

/** KIP-848: what a reconciling member waits for (the consumer protocol's MemberState), null otherwise. */
function reconciling(m: GroupReport['members'][number]): string | null {
  if (m.memberState === 'UNREVOKED_PARTITIONS') return `revoking partitions · member epoch ${m.memberEpoch}`;
  if (m.memberState === 'UNRELEASED_PARTITIONS')
    return `member epoch ${m.memberEpoch} · its partitions wait for their owner to revoke them`;
  return null;
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
