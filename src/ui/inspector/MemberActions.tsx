import { useContext } from 'react';
import { RESTART_DELAY_MS, type GroupReport } from '../../engine';
import { useFranz } from '../../store/store';
import { formatCount } from '../format';
import { slowRate } from '../nodes/sink/slowRate';
import { SimActionsContext } from '../simActions';

interface MemberActionsProps {
  nodeId: string;
  clientId: string;
  /** This member's own rate when slowed; null when it runs at the group's. */
  slowedTo: number | null;
  processingRate: number | null;
  group: GroupReport;
}

/** Slow (or restore), restart and crash exactly this member: faults in this run, not saved in the design. */
export function MemberActions({ nodeId, clientId, slowedTo, processingRate, group }: MemberActionsProps) {
  const sim = useContext(SimActionsContext);
  const live = useFranz((s) => s.sim.status === 'live');
  const disabled = !sim || !live;
  const slow = slowRate(processingRate, group);
  return (
    <span className="member__actions">
      {slowedTo === null ? (
        <button
          type="button"
          className="member__button"
          aria-label={`Slow ${clientId}`}
          title={`${clientId} processes ${formatCount(slow)} records/s, a tenth of its pace: lag grows on its partitions`}
          disabled={disabled}
          onClick={() =>
            sim?.injectFault({ type: 'consumer-slow', node: nodeId, clientId, processingRate: slow })
          }
        >
          Slow
        </button>
      ) : (
        <button
          type="button"
          className="member__button"
          aria-label={`Restore ${clientId}`}
          title={`${clientId} processes at the group's rate again`}
          disabled={disabled}
          onClick={() =>
            sim?.injectFault({ type: 'consumer-slow', node: nodeId, clientId, processingRate: null })
          }
        >
          Restore
        </button>
      )}
      <button
        type="button"
        className="member__button"
        aria-label={`Restart ${clientId}`}
        title={`${clientId} closes and starts again ${RESTART_DELAY_MS / 1000} s later: a static member keeps its partitions, a dynamic one rebalances`}
        disabled={disabled}
        onClick={() => sim?.injectFault({ type: 'consumer-restart', node: nodeId, clientId })}
      >
        Restart
      </button>
      <button
        type="button"
        className="member__button member__button--danger"
        aria-label={`Crash ${clientId}`}
        title={`${clientId}'s process dies without leaving the group: evicted after session.timeout.ms`}
        disabled={disabled}
        onClick={() => sim?.consumer(nodeId, 'crash', clientId)}
      >
        Crash
      </button>
    </span>
  );
}
