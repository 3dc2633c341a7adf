import { memo } from 'react';
import { formatCount } from './format';
import { GroupStateBadge } from './GroupStateBadge';
import { describeMembers, type SinkRowData } from './sinkRows';
import { TrendBadge } from './TrendBadge';

// Props are plain values, so memo skips a row whose figures did not change between reports.
export const SinkRow = memo(function SinkRow(row: SinkRowData) {
  return (
    <tr>
      <th scope="row">{row.name}</th>
      <td>
        <GroupStateBadge state={row.state} />
      </td>
      <td className="num">{row.generation}</td>
      <td>{describeMembers(row)}</td>
      <td className="num lag">
        <span className="lag__label">lag</span> {formatCount(row.lag)}
      </td>
      <td>
        <TrendBadge trend={row.lagTrend} />
      </td>
      <td className="num">{formatCount(row.recordsPerSec)}</td>
    </tr>
  );
}, sameRow);

function sameRow(a: SinkRowData, b: SinkRowData): boolean {
  return (
    a.name === b.name &&
    a.state === b.state &&
    a.generation === b.generation &&
    a.members === b.members &&
    a.idle === b.idle &&
    a.pending.join() === b.pending.join() &&
    a.lag === b.lag &&
    a.lagTrend === b.lagTrend &&
    a.recordsPerSec === b.recordsPerSec
  );
}
