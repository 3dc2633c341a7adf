import type { GroupReport } from '../engine';

type GroupState = GroupReport['state'];

const tone: Record<GroupState, 'ok' | 'busy' | 'off'> = {
  Stable: 'ok',
  PreparingRebalance: 'busy',
  CompletingRebalance: 'busy',
  Empty: 'off',
  Dead: 'off',
  Assigning: 'busy',
  Reconciling: 'busy',
};

/** The coordinator's state under Kafka's own name, coloured: green stable, amber rebalancing. */
export function GroupStateBadge({ state }: { state: GroupState }) {
  return <span className={`badge badge--${tone[state]}`}>{state}</span>;
}
