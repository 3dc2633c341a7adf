import { formatCompact, formatCount } from '../../format';
import type { Lane } from './lanes';

function describe(topic: string, lane: Lane): string {
  const head = `${topic}-${lane.partition}: log-end offset ${formatCount(lane.logEndOffset)}, log start ${formatCount(lane.logStartOffset)}`;
  const owner = lane.owner ? `; owned by ${lane.owner}` : '';
  const commits = lane.markers.map(
    (m) =>
      `; ${m.groupId} committed ${formatCount(m.committed)} (lag ${formatCount(lane.logEndOffset - m.committed)})`,
  );
  return head + owner + commits.join('');
}

/** One partition: a bar as long as its retained log, ticks where groups have committed, its LEO (exact in the tooltip). */
export function TopicLane({ topic, lane }: { topic: string; lane: Lane }) {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  return (
    <li className="lane" title={describe(topic, lane)}>
      <span className="lane__id">{lane.partition}</span>
      <span className="lane__track">
        <span
          className="lane__fill"
          style={{ width: pct(lane.fill), background: lane.ownerColour ?? undefined }}
        />
        {lane.markers.map((m) => (
          <span key={m.group} className="lane__marker" style={{ left: pct(m.x), background: m.colour }} />
        ))}
      </span>
      <span className="lane__leo">{formatCompact(lane.logEndOffset)}</span>
    </li>
  );
}
