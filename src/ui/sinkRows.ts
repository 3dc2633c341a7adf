import { ownValue, type GroupReport, type SimulationReport } from '../engine';

export type LagTrend = GroupReport['lagTrend'];

/** One row of the Sinks table: a consumer group, flattened to what the row shows. */
export interface SinkRowData {
  groupId: string;
  name: string;
  state: GroupReport['state'];
  generation: number;
  members: number;
  /** Members of a Stable group with no partitions: more consumers than partitions to share. */
  idle: number;
  /** Consumers started but not in the group: "2 joining", "1 crashed". */
  pending: string[];
  lag: number;
  lagTrend: LagTrend;
  recordsPerSec: number;
}

const isIdle = (assignment: Record<string, number[]>) =>
  Object.values(assignment).every((partitions) => partitions.length === 0);

function countByStatus(pending: GroupReport['pendingMembers']): string[] {
  const counts = new Map<string, number>();
  for (const member of pending) counts.set(member.status, (counts.get(member.status) ?? 0) + 1);
  return [...counts].map(([status, n]) => `${n} ${status}`);
}

export function toSinkRows(report: SimulationReport, nodeNames: Record<string, string>): SinkRowData[] {
  return report.groups.map((g) => ({
    groupId: g.groupId,
    name: ownValue(nodeNames, g.node) ?? g.groupId,
    state: g.state,
    generation: g.generation,
    members: g.members.length,
    // Mid-rebalance everyone is waiting for an assignment; only a settled group has idle members.
    idle: g.state === 'Stable' ? g.members.filter((m) => isIdle(m.assignment)).length : 0,
    pending: countByStatus(g.pendingMembers),
    lag: g.lag,
    lagTrend: g.lagTrend,
    recordsPerSec: g.recordsPerSec,
  }));
}

/** The members cell: "3", "4 (1 idle)", "2 (1 idle, 1 joining)". */
export function describeMembers(row: Pick<SinkRowData, 'members' | 'idle' | 'pending'>): string {
  const notes = [...(row.idle > 0 ? [`${row.idle} idle`] : []), ...row.pending];
  return notes.length > 0 ? `${row.members} (${notes.join(', ')})` : String(row.members);
}
