import { useId, useMemo } from 'react';
import type { SimulationReport } from '../../engine';
import { PartitionRowView } from './PartitionRowView';
import { partitionRows, partitionSummary } from './partitionRows';

/** Every partition as kafka-topics.sh --describe shows it, problems coloured: amber under-replicated, red offline. */
export function PartitionsTable({ report }: { report: SimulationReport }) {
  const rows = useMemo(() => partitionRows(report), [report]);
  const titleId = useId();
  return (
    <section className="partitions" aria-labelledby={titleId}>
      <header className="partitions__head">
        <h3 className="partitions__title" id={titleId}>
          Partitions
        </h3>
        <p className="partitions__summary">{partitionSummary(rows)}</p>
      </header>
      {rows.length === 0 ? (
        <p className="cluster__empty">The design has no topics yet.</p>
      ) : (
        <table className="partitions__table" aria-labelledby={titleId}>
          <thead>
            <tr>
              <th scope="col">Partition</th>
              <th scope="col">Leader</th>
              <th scope="col">Replicas</th>
              <th scope="col">ISR</th>
              <th scope="col">Leader epoch</th>
              <th scope="col">State</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <PartitionRowView key={row.label} row={row} />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
