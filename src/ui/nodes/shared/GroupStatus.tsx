import type { GroupReport } from '../../../engine';
import { formatCount } from '../../format';
import { describeBehind } from '../../timeBehind';

const tone: Record<GroupReport['state'], 'ok' | 'busy' | 'off'> = {
  Stable: 'ok',
  PreparingRebalance: 'busy',
  CompletingRebalance: 'busy',
  Empty: 'off',
  Dead: 'off',
  Assigning: 'busy',
  Reconciling: 'busy',
};

/** A group's coordinator state under Kafka's name, and its total lag as `lag 2,451` and in time, `4 s behind`. */
export function GroupStatus({ group }: { group: GroupReport | undefined }) {
  if (!group) return <div className="fnode__status fnode__muted">not running</div>;
  return (
    <div className="fnode__status">
      <span className={`fnode__badge fnode__badge--${tone[group.state]}`}>{group.state}</span>
      <span className="fnode__lag">lag {formatCount(group.lag)}</span>
      <span className="fnode__behind" title="the age of the oldest record the group has not committed">
        {describeBehind(group.timeLagMs)}
      </span>
    </div>
  );
}
