import { formatCount } from '../format';
import { trimChips, type MoreReplicas, type ReplicaChip, type TopicReplicas } from './replicaChips';

const ROLE_TEXT = { leader: 'leader', 'in-sync': 'follower, in sync', 'out-of-sync': 'follower, out of ISR' };

const describe = (c: ReplicaChip) =>
  `${c.topic}-${c.partition}: ${ROLE_TEXT[c.role]}${c.offline ? '; the partition is offline' : ''}`;

/** "+618 more: 290 leading, 328 in sync", counting only the roles there are. */
function moreText(more: MoreReplicas): string {
  const parts = [
    more.leaders > 0 && `${formatCount(more.leaders)} leading`,
    more.inSync > 0 && `${formatCount(more.inSync)} in sync`,
    more.outOfSync > 0 && `${formatCount(more.outOfSync)} out of ISR`,
  ].filter(Boolean);
  return `+${formatCount(more.count)} more: ${parts.join(', ')}`;
}

/**
 * The replicas a broker holds, a row per topic and a chip per partition: leaders filled with a star,
 * followers outlined, followers out of the ISR dashed red. Each chip reads as Kafka names it: "orders-0".
 * A topic of many partitions draws its first MAX_CHIPS_PER_TOPIC (problems first) and counts the rest.
 */
export function ReplicaChips({ broker, rows }: { broker: number; rows: readonly TopicReplicas[] }) {
  if (rows.length === 0) return <p className="broker__none">No replicas on this broker.</p>;
  return (
    <dl className="replicas" aria-label={`Replicas on broker ${broker}`}>
      {rows.map((row) => (
        <TopicRow key={row.topic} row={row} />
      ))}
    </dl>
  );
}

function TopicRow({ row }: { row: TopicReplicas }) {
  const { shown, more } = trimChips(row.chips);
  return (
    <div className="replicas__topic">
      <dt className="replicas__name">{row.topic}</dt>
      <dd className="replicas__chips">
        <ul className="replicas__list">
          {shown.map((c) => (
            <li
              key={c.partition}
              className={`replica replica--${c.role}${c.offline ? ' replica--offline' : ''}`}
              title={describe(c)}
            >
              {c.role === 'leader' && (
                <span className="replica__star" aria-hidden="true">
                  ★
                </span>
              )}
              <span className="visually-hidden">{row.topic}-</span>
              {c.partition}
              {c.role !== 'in-sync' && (
                <span className="visually-hidden">{c.role === 'leader' ? ' leader' : ' out of ISR'}</span>
              )}
            </li>
          ))}
        </ul>
        {more && <p className="replicas__more">{moreText(more)}</p>}
      </dd>
    </div>
  );
}
