import type { PartitionRow } from './partitionRows';

/**
 * One partition's row; its State cell says in words what the row's colour says. `rowIndex`: its place in a
 * virtual table (1 is the heading), where the rows around it are not rendered.
 */
export function PartitionRowView({ row, rowIndex }: { row: PartitionRow; rowIndex?: number }) {
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
    </tr>
  );
}
