import { memo, useMemo } from 'react';
import type { SimulationReport } from '../engine';
import { formatCount } from './format';
import { toTopicRows, type TopicRowData } from './topicRows';

/** What each topic holds and how fast it fills. */
export function TopicsTable({ report }: { report: SimulationReport }) {
  const rows = useMemo(() => toTopicRows(report), [report]);
  return (
    <section className="panel" aria-label="Topics">
      <h2 className="panel__title">Topics</h2>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Topic</th>
            <th scope="col" className="num">
              Partitions
            </th>
            <th scope="col" className="num">
              Records in
            </th>
            <th scope="col" className="num">
              Records/s
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <TopicRow key={row.name} {...row} />
          ))}
        </tbody>
      </table>
    </section>
  );
}

const TopicRow = memo(function TopicRow(row: TopicRowData) {
  return (
    <tr>
      <th scope="row" className="mono">
        {row.name}
      </th>
      <td className="num">{row.partitions}</td>
      <td className="num">{formatCount(row.recordsIn)}</td>
      <td className="num">{formatCount(row.recordsPerSec)}</td>
    </tr>
  );
});
