import { formatCount } from '../format';
import { GroupStateBadge } from '../GroupStateBadge';
import { useFranz } from '../../store/store';
import { describeBehind } from '../timeBehind';
import { TrendBadge } from '../TrendBadge';
import { describeDrain, memberLines } from './groupLive';
import { GroupLosses } from './GroupLosses';
import { MemberList } from './MemberList';

interface GroupLiveProps {
  nodeId: string;
  /** The design's processing rate per consumer (null: unlimited), from which "Slow" takes a tenth. */
  processingRate: number | null;
}

/**
 * The group as the coordinator sees it now: state, generation, members and their partitions, lag; each live
 * member can be slowed or crashed, and a crashed one counts down to its eviction.
 */
export function GroupLive({ nodeId, processingRate }: GroupLiveProps) {
  // Only this panel follows the simulation's reports; the form beside it does not re-render with them.
  const group = useFranz((s) => s.sim.report?.groups.find((g) => g.node === nodeId) ?? null);
  const hasReport = useFranz((s) => s.sim.report !== null);

  if (!group)
    return (
      <p className="group-live__idle">
        {hasReport
          ? 'The simulation has not started this group yet.'
          : 'Press Play to watch this group: its members, the partitions each owns, and its lag.'}
      </p>
    );

  const members = memberLines(group);
  const drain = group.lagTrend === 'draining' ? describeDrain(group.timeToDrainMs) : null;
  return (
    <div className="group-live">
      <dl className="group-live__stats">
        <div>
          <dt>State</dt>
          <dd>
            <GroupStateBadge state={group.state} />
          </dd>
        </div>
        <div>
          <dt>{group.protocol === 'consumer' ? 'Group epoch' : 'Generation'}</dt>
          <dd>{group.generation}</dd>
        </div>
        <div>
          <dt>Lag</dt>
          <dd className="group-live__lag">lag {formatCount(group.lag)}</dd>
          <dd className="group-live__behind" title="the age of the oldest record the group has not committed">
            {describeBehind(group.timeLagMs)}
          </dd>
        </div>
        <div>
          <dt>Trend</dt>
          <dd>
            <TrendBadge trend={group.lagTrend} />
          </dd>
        </div>
        <div>
          <dt>Drains in</dt>
          <dd>{drain ?? '—'}</dd>
        </div>
        <div>
          <dt>Duplicates</dt>
          <dd title="records processed again after a rebalance: at-least-once delivery">
            {formatCount(group.duplicates)}
          </dd>
        </div>
      </dl>
      <GroupLosses group={group} />
      <h4 className="group-live__members-title">
        Members <span className="group-live__count">{members.length}</span>
      </h4>
      {members.length === 0 && group.pendingMembers.length === 0 ? (
        <p className="group-live__none">No consumers in the group.</p>
      ) : (
        <MemberList nodeId={nodeId} group={group} members={members} processingRate={processingRate} />
      )}
    </div>
  );
}
