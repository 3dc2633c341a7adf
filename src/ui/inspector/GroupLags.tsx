// Both lags of a group, per partition, each explained where it is shown: from the committed offset (what
// kafka-consumer-groups.sh and Burrow show) and from the consumer's position (the client's records-lag metric).
import { useMemo } from 'react';
import type { CommitMode } from '../../engine';
import { useFranz } from '../../store/store';
import { formatCount } from '../format';
import { groupLags, whyLagsDiffer } from './groupLags';

interface GroupLagsProps {
  nodeId: string;
  config: { commitMode?: CommitMode | undefined; enableAutoCommit: boolean; autoCommitIntervalMs: number };
}

const COMMITTED_LAG =
  'high watermark minus the committed offset: the LAG kafka-consumer-groups.sh --describe and Burrow show';
const POSITION_LAG =
  "high watermark minus the consumer's position (the next offset its poll() returns): the client's records-lag metric";

export function GroupLags({ nodeId, config }: GroupLagsProps) {
  const group = useFranz((s) => s.sim.report?.groups.find((g) => g.node === nodeId) ?? null);
  const report = useFranz((s) => s.sim.report);
  const rows = useMemo(() => (group && report ? groupLags(group, report) : []), [group, report]);
  if (!group) return null;
  const dash = (n: number | null) => (n === null ? '—' : formatCount(n));
  return (
    <div className="group-lags">
      <table className="group-lags__table">
        <caption className="group-lags__caption">Lag per partition</caption>
        <thead>
          <tr>
            <th scope="col">Partition</th>
            <th scope="col" title={COMMITTED_LAG}>
              Committed lag
            </th>
            <th scope="col" title={POSITION_LAG}>
              Position lag
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.label}>
              <th scope="row">{r.label}</th>
              <td title={`high watermark ${r.highWatermark} − committed offset ${dash(r.committed)}`}>
                {dash(r.committedLag)}
              </td>
              <td title={`high watermark ${r.highWatermark} − position ${dash(r.position)}`}>
                {dash(r.positionLag)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length === 0 && <p className="group-lags__note">No partition to show yet.</p>}
      <p className="group-lags__why">
        Committed lag: {COMMITTED_LAG}. Position lag: {POSITION_LAG}. {whyLagsDiffer(config)}
      </p>
    </div>
  );
}
