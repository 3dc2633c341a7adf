import { useId, useMemo } from 'react';
import type { SimulationReport } from '../../engine';
import { useVirtualRows } from '../virtual/useVirtualRows';
import { PartitionRowView } from './PartitionRowView';
import { partitionRows, partitionSummary, type PartitionRow } from './partitionRows';

/** Past this many partitions the table scrolls on its own and renders only the rows in view. */
export const VIRTUAL_FROM_ROWS = 100;
/** A row's height when virtual (cluster.css, .partitions__table--virtual): every row the same. */
export const PARTITION_ROW_PX = 30;

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
      ) : rows.length > VIRTUAL_FROM_ROWS ? (
        <VirtualPartitions rows={rows} titleId={titleId} />
      ) : (
        <table className="partitions__table" aria-labelledby={titleId}>
          <PartitionsHead />
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

function PartitionsHead() {
  return (
    <thead>
      <tr>
        <th scope="col">Partition</th>
        <th scope="col">Leader</th>
        <th scope="col">Replicas</th>
        <th scope="col">ISR</th>
        <th scope="col">Leader epoch</th>
        <th scope="col">State</th>
        <th
          scope="col"
          title="high watermark: the offset up to which all in-sync replicas have the records; consumers read only below it"
        >
          High watermark{' '}
          <span className="partitions__help" aria-hidden="true">
            ?
          </span>
        </th>
        <th
          scope="col"
          title="each replica's log end offset (the offset its next record gets); a follower behind the leader is still copying. Replicas out of the ISR are struck through."
        >
          Log end per replica
        </th>
        <th scope="col">Records</th>
      </tr>
    </thead>
  );
}

/**
 * A thousand partitions: the table scrolls in a box of its own and renders the rows in view only, with
 * empty rows as tall as the rest above and below; aria-rowcount tells a screen reader how many there are.
 */
function VirtualPartitions({ rows, titleId }: { rows: readonly PartitionRow[]; titleId: string }) {
  const { ref, onScroll, range } = useVirtualRows<HTMLDivElement>(rows.length, PARTITION_ROW_PX);
  return (
    <div className="partitions__scroll" ref={ref} onScroll={onScroll}>
      <table
        className="partitions__table partitions__table--virtual"
        aria-labelledby={titleId}
        aria-rowcount={rows.length + 1}
      >
        <PartitionsHead />
        <tbody>
          {range.padTop > 0 && <tr aria-hidden="true" style={{ height: range.padTop }} />}
          {rows.slice(range.first, range.end).map((row, i) => (
            <PartitionRowView key={row.label} row={row} rowIndex={range.first + i + 2} />
          ))}
          {range.padBottom > 0 && <tr aria-hidden="true" style={{ height: range.padBottom }} />}
        </tbody>
      </table>
    </div>
  );
}
