import type { GroupReport } from '../../../engine';
import { formatCount } from '../../format';

const tone: Record<GroupReport['state'], 'ok' | 'busy' | 'off'> = {
  Stable: 'ok',
  PreparingRebalance: 'busy',
  CompletingRebalance: 'busy',
  Empty: 'off',
  Dead: 'off',
};

/** A group's coordinator state under Kafka's name, and its total lag as `lag 2,451`. */
export function GroupStatus({ group }: { group: GroupReport | undefined }) {
  if (!group) return <div className="fnode__status fnode__muted">not running</div>;
  return (
    <div className="fnode__status">
      <span className={`fnode__badge fnode__badge--${tone[group.state]}`}>{group.state}</span>
      <span className="fnode__lag">lag {formatCount(group.lag)}</span>
    </div>
  );
}
