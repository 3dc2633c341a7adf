// Each replica of the partition: its log end offset and high watermark, leader or follower, in the ISR or not,
// and its last truncation; the figures `kafka-topics.sh --describe` and the replica's LEO metric give.
import type { RecordPage } from '../../engine';

export function ReplicaStrip({ page }: { page: RecordPage }) {
  return (
    <table className="records__replicas">
      <caption className="records__caption">
        Replicas{' '}
        <span className="records__explain">
          · high watermark: the offset up to which all in-sync replicas have the records; consumers read only
          below it · LEO (log end offset): the offset the replica's next record gets
        </span>
      </caption>
      <thead>
        <tr>
          <th scope="col">Broker</th>
          <th scope="col">Role</th>
          <th scope="col">In sync</th>
          <th scope="col" title="log end offset: the offset this replica's next record gets">
            LEO
          </th>
          <th
            scope="col"
            title="this replica's high watermark (a follower learns the leader's on its next fetch)"
          >
            HW
          </th>
          <th scope="col">Last truncation</th>
        </tr>
      </thead>
      <tbody>
        {page.replicas.map((r) => (
          <tr key={r.brokerId}>
            <th scope="row">{r.brokerId}</th>
            <td>{r.leader ? 'leader' : 'follower'}</td>
            <td>{r.inIsr ? 'in ISR' : 'out of ISR'}</td>
            <td>{r.logEndOffset}</td>
            <td>{r.highWatermark}</td>
            <td>
              {r.truncation
                ? `to ${r.truncation.offset} from ${r.truncation.fromOffset} (kept epoch ${r.truncation.epoch})`
                : 'none'}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
