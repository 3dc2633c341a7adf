import { useFranz } from '../../store/store';
import type { PartitionRow } from './partitionRows';

/**
 * One partition's row; its State cell says in words what the row's colour says. `rowIndex`: its place in a
 * virtual table (1 is the heading), where the rows around it are not rendered.
 */
export function PartitionRowView({ row, rowIndex }: { row: PartitionRow; rowIndex?: number }) {
  const openRecords = useFranz((s) => s.openRecords);
  return (
    <tr className={`prow prow--${row.health}`} aria-rowindex={rowIndex}>
      <th scope="row" className="prow__name">
        {row.label}
      </th>
      <td className="prow__leader">{row.leader}</td>
      <td>{row.replicas}</td>
      <td className="prow__isr">{row.isr}</td>
      <td>{row.leaderEpoch}</td>
      <td>
        <span className="prow__state">{row.state}</span>
        {row.underMinIsr && (
          <span
            className="prow__flag"
            title="fewer in-sync replicas than min.insync.replicas: producers with acks=all get NotEnoughReplicas"
          >
            acks=all refused
          </span>
        )}
      </td>
      <td className="prow__hw">{row.highWatermark}</td>
      <td className="prow__leos">
        {row.replicaEnds.map((r, i) => [
          i > 0 ? ' · ' : null,
          <span
            key={r.brokerId}
            className={`prow__leo${r.inIsr ? '' : ' prow__leo--out'}`}
            title={`broker ${r.brokerId}${r.leader ? ' (leader)' : ''}: log end offset ${r.logEndOffset}, ${r.inIsr ? 'in the ISR' : 'out of the ISR'}${r.logEndOffset > row.highWatermark ? `; ${r.logEndOffset - row.highWatermark} records above the high watermark` : ''}`}
          >
            {r.leader ? <strong>{r.brokerId}</strong> : r.brokerId}: {r.logEndOffset}
          </span>,
        ])}
      </td>
      <td>
        <button
          type="button"
          className="cluster-button prow__records"
          aria-label={`Records of ${row.label}`}
          onClick={() => openRecords(row.topic, row.partition)}
        >
          Records
        </button>
      </td>
    </tr>
  );
}
