import { useMemo } from 'react';
import type { SimulationReport } from '../engine';
import { SinkRow } from './SinkRow';
import { toSinkRows } from './sinkRows';

interface Props {
  report: SimulationReport;
  nodeNames: Record<string, string>;
}

/** One row per consumer group: is it stable, who is in it, and is it keeping up. */
export function SinksTable({ report, nodeNames }: Props) {
  const rows = useMemo(() => toSinkRows(report, nodeNames), [report, nodeNames]);
  return (
    <section className="panel" aria-label="Sinks">
      <h2 className="panel__title">
        Sinks <span className="panel__subtitle">consumer groups</span>
      </h2>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Sink</th>
            <th scope="col">State</th>
            <th scope="col" className="num">
              <abbr title="Generation">Gen.</abbr>
            </th>
            <th scope="col">Members</th>
            <th scope="col" className="num">
              Lag
            </th>
            <th scope="col">Trend</th>
            <th scope="col" className="num">
              Consumed/s
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <SinkRow key={row.groupId} {...row} />
          ))}
        </tbody>
      </table>
    </section>
  );
}
