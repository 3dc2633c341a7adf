import type { CapacityReport } from '../../engine';
import { diskSize, formatBytes, rate, untilFull } from './capacityFormat';
import { UtilCell } from './UtilCell';

/** The bandwidth columns: each resource and the figure measured against it. */
const RATES = [
  ['networkIn', 'networkInBytesPerSec'],
  ['networkOut', 'networkOutBytesPerSec'],
  ['disk', 'diskWriteBytesPerSec'],
] as const;

/**
 * Per broker, each resource against its capacity: measured over the last span beside what the formulas expect,
 * utilisation coloured by its planning limit, and when the disk fills, the time until it is full.
 */
export function BrokersTable({ capacity }: { capacity: CapacityReport }) {
  const t = capacity.thresholds;
  return (
    <table className="cap-table cap-table--brokers">
      <caption>Brokers against their planning limits</caption>
      <thead>
        <tr>
          <th scope="col">Broker</th>
          <th scope="col">Network in</th>
          <th scope="col">Network out</th>
          <th scope="col">Disk write</th>
          <th scope="col">Stored / disk size</th>
          <th scope="col">Partitions</th>
          <th scope="col">Disk full</th>
        </tr>
      </thead>
      <tbody>
        {capacity.brokers.map((b) => {
          const peak = b.expected.peakStoredBytes;
          return (
            <tr key={b.id}>
              <th scope="row" className="cap-table__name">
                Broker {b.id}
                {b.rack !== null && <span className="cap-table__sub"> {b.rack}</span>}
              </th>
              {RATES.map(([resource, figure]) => (
                <UtilCell
                  key={resource}
                  value={rate(b[figure])}
                  utilisation={b.utilisation[resource]}
                  limit={t[resource]}
                  expected={rate(b.expected[figure])}
                />
              ))}
              <UtilCell
                value={`${formatBytes(b.storedBytes)} of ${diskSize(b.diskBytes)}`}
                utilisation={b.utilisation.storage}
                limit={t.storage}
                expected={
                  peak < 0
                    ? `${formatBytes(b.expected.storedBytes)}, growing (no retention limit)`
                    : peak > b.expected.storedBytes
                      ? `${formatBytes(b.expected.storedBytes)}, ${formatBytes(peak)} once retention holds`
                      : formatBytes(b.expected.storedBytes)
                }
              />
              <td className="cap-table__count">
                {b.partitions}
                <span className="cap-table__sub">
                  {b.leaders} leaders, {b.partitions - b.leaders} followers
                </span>
              </td>
              <td className="cap-table__full">
                {b.timeUntilFullMs === null ? (
                  <span className="cap-table__sub">not filling</span>
                ) : (
                  untilFull(b.timeUntilFullMs)
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
