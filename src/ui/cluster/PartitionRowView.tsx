import type { PartitionRow } from './partitionRows';

/** One partition's row; its State cell says in words what the row's colour says. */
export function PartitionRowView({ row }: { row: PartitionRow }) {
  return (
    <tr className={`prow prow--${row.health}`}>
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
