import type { CapacityReport } from '../../engine';
import { percent, records } from './capacityFormat';

/**
 * Per topic: partitions needed = max(T / p, T / c), p the most one partition takes, c what one consumer processes;
 * and the hottest partition's share of the topic's records (skewed keys make hot partitions).
 */
export function TopicsTable({ capacity }: { capacity: CapacityReport }) {
  return (
    <table className="cap-table cap-table--topics">
      <caption>Topics: partitions against partitions needed</caption>
      <thead>
        <tr>
          <th scope="col">Topic</th>
          <th scope="col">Partitions</th>
          <th scope="col">Needed</th>
          <th scope="col">Records/s in</th>
          <th scope="col">Most per partition</th>
          <th scope="col">Per consumer</th>
          <th scope="col">Hottest partition</th>
        </tr>
      </thead>
      <tbody>
        {capacity.topics.map((t) => {
          const short = t.partitions < t.partitionsNeeded;
          const even = t.partitions > 0 ? 1 / t.partitions : 0;
          const hot = t.hottestPartitionShare;
          return (
            <tr key={t.name}>
              <th scope="row" className="cap-table__name">
                {t.name}
              </th>
              <td className={`cap-pct cap-pct--${short ? 'over' : 'under'}`}>{t.partitions}</td>
              <td className="cap-table__count">{t.partitionsNeeded}</td>
              <td className="cap-table__count">{records(t.recordsPerSec)}</td>
              <td className="cap-table__count">{records(t.perPartitionRecordsPerSec)}</td>
              <td className="cap-table__count">
                {t.perConsumerRecordsPerSec === null ? 'unlimited' : records(t.perConsumerRecordsPerSec)}
              </td>
              <td className={`cap-pct cap-pct--${hot !== null && hot > 1.5 * even ? 'near' : 'under'}`}>
                {hot === null ? '–' : `${percent(hot)} (even: ${percent(even)})`}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
