import type { GroupReport } from '../../engine';
import { TrendBadge } from '../TrendBadge';
import { latencies, records, seconds } from './capacityFormat';

const STATUS_TONE: Record<GroupReport['status'], string> = {
  NOTFOUND: 'under',
  OK: 'under',
  WARN: 'near',
  ERR: 'over',
};

/** "6 OK, 2 WARN": how many partitions have each of Burrow's statuses, worst last. */
export function partitionCounts(g: GroupReport): string {
  const counts = new Map<string, number>();
  for (const statuses of Object.values(g.partitionStatus))
    for (const s of statuses) if (s !== null) counts.set(s, (counts.get(s) ?? 0) + 1);
  const order = ['OK', 'WARN', 'STOP', 'STALL', 'REWIND'];
  return order
    .filter((s) => counts.has(s))
    .map((s) => `${counts.get(s)} ${s}`)
    .join(', ');
}

/**
 * Per group: consumers against consumers needed (ceil of records in over one consumer's processing rate, at most one
 * per partition), lag in records and in time, its trend and time to drain, end-to-end latency, and Burrow's status.
 */
export function GroupsTable({ groups }: { groups: readonly GroupReport[] }) {
  return (
    <table className="cap-table cap-table--groups">
      <caption>Consumer groups: do they keep up?</caption>
      <thead>
        <tr>
          <th scope="col">Group</th>
          <th scope="col">Consumers</th>
          <th scope="col">Needed</th>
          <th scope="col">Lag</th>
          <th scope="col">Lag in time</th>
          <th scope="col">Trend</th>
          <th scope="col">
            End to end<span className="cap-table__sub">p50 / p99 / p99.9</span>
          </th>
          <th scope="col">Burrow status</th>
        </tr>
      </thead>
      <tbody>
        {groups.map((g) => {
          const needed = g.consumersNeeded;
          const short = needed === null || g.members.length < Math.min(needed, g.partitionsLimit);
          const counts = partitionCounts(g);
          return (
            <tr key={g.groupId}>
              <th scope="row" className="cap-table__name">
                {g.groupId}
              </th>
              <td className={`cap-pct cap-pct--${short ? 'over' : 'under'}`}>{g.members.length}</td>
              <td className="cap-table__count">
                {needed === null ? 'never enough' : needed}
                {needed !== null && needed > g.partitionsLimit && (
                  <span className="cap-table__sub">only {g.partitionsLimit} get a partition</span>
                )}
              </td>
              <td className="cap-table__count">{records(g.lag)} records</td>
              <td className="cap-table__count">
                {seconds(g.lagSeconds)}
                {g.timeToDrainMs !== null && (
                  <span className="cap-table__sub">drained in {seconds(g.timeToDrainMs / 1000)}</span>
                )}
              </td>
              <td className="cap-table__trend">
                <TrendBadge trend={g.lagTrend} />
              </td>
              <td
                className="cap-table__count"
                title="from send() to the poll that returned the record, since the start"
              >
                {g.latencyMs === null ? '—' : latencies(g.latencyMs)}
              </td>
              <td className={`cap-pct cap-pct--${STATUS_TONE[g.status]}`}>
                {g.status}
                {counts && <span className="cap-table__sub">{counts}</span>}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
