import { formatCompact, formatCount } from '../../format';
import { useFranz } from '../../../store/store';
import type { Lane } from './lanes';

function describe(topic: string, lane: Lane): string {
  const head = `${topic}-${lane.partition}: log-end offset ${formatCount(lane.logEndOffset)}, log start ${formatCount(lane.logStartOffset)}`;
  const owner = lane.owner ? `; owned by ${lane.owner}` : '';
  const commits = lane.markers.map(
    (m) =>
      `; ${m.groupId} committed ${formatCount(m.committed)} (lag ${formatCount(lane.logEndOffset - m.committed)})`,
  );
  return head + owner + commits.join('') + replication(lane);
}

/** The replicas' log ends and the high watermark, explained where they are drawn. */
function replication(lane: Lane): string {
  if (lane.replicas.length === 0) return '';
  const replicas = lane.replicas.map(
    (r) =>
      `broker ${r.brokerId}${r.leader ? ' (leader)' : ''} LEO ${formatCount(r.logEndOffset)}${r.inIsr ? ', in ISR' : ', out of ISR'}`,
  );
  return (
    `; replicas: ${replicas.join(' · ')}` +
    `; high watermark ${formatCount(lane.highWatermark)}: the offset up to which all in-sync replicas have the records; consumers read only below it` +
    '. Click to see the records.'
  );
}

/**
 * One partition: a bar as long as its retained log, ticks where groups have committed, its LEO (exact in the
 * tooltip). `setSize`: in a list that renders only the lanes in view, how many there are (the lane says which
 * of them it is, so a screen reader counts them right).
 */
export function TopicLane({ topic, lane, setSize }: { topic: string; lane: Lane; setSize?: number }) {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const openRecords = useFranz((s) => s.openRecords);
  return (
    <li
      className="lane"
      title={describe(topic, lane)}
      aria-setsize={setSize}
      aria-posinset={setSize === undefined ? undefined : lane.partition + 1}
    >
      {/* The partition's number opens its records; the rest of the lane selects and drags the topic as before. */}
      <button
        type="button"
        className="lane__id lane__open nodrag"
        aria-label={`Records of ${topic}-${lane.partition}`}
        title={`See the records of ${topic}-${lane.partition}`}
        onClick={() => openRecords(topic, lane.partition)}
      >
        {lane.partition}
      </button>
      <span className="lane__track">
        <span
          className="lane__fill"
          style={{ width: pct(lane.fill), background: lane.ownerColour ?? undefined }}
        />
        {lane.replicas.map((r) =>
          r.leader ? null : (
            <span
              key={r.brokerId}
              className={`lane__replica${r.inIsr ? '' : ' lane__replica--out'}`}
              style={{ left: pct(r.x) }}
            />
          ),
        )}
        {lane.replicas.length > 0 && <span className="lane__hw" style={{ left: pct(lane.hwX) }} />}
        {lane.markers.map((m) => (
          <span key={m.group} className="lane__marker" style={{ left: pct(m.x), background: m.colour }} />
        ))}
      </span>
      <span className="lane__leo">{formatCompact(lane.logEndOffset)}</span>
    </li>
  );
}
