import type { BrokerReport } from '../../engine';
import { useFranz } from '../../store/store';
import { useSimActions } from '../simActions';
import { ThrottleSelect } from './ThrottleSelect';

/**
 * Faults for one broker, injected into this run (not saved in the design): a kill the controller notices
 * only after broker.session.timeout.ms, a controlled shutdown that moves leadership first, a restart.
 */
export function BrokerActions({ broker }: { broker: BrokerReport }) {
  const sim = useSimActions();
  const live = useFranz((s) => s.sim.status === 'live');
  const id = broker.id;
  return (
    <div className="broker__actions">
      {broker.status === 'up' ? (
        <>
          <button
            type="button"
            className="cluster-button cluster-button--danger"
            aria-label={`Kill broker ${id}`}
            title="Stop the process at once: the controller notices only after broker.session.timeout.ms"
            disabled={!live}
            onClick={() => sim.injectFault({ type: 'broker-kill', broker: id })}
          >
            Kill
          </button>
          <button
            type="button"
            className="cluster-button"
            aria-label={`Shut down broker ${id}`}
            title="Controlled shutdown: the controller moves its leaderships away first"
            disabled={!live}
            onClick={() => sim.injectFault({ type: 'broker-shutdown', broker: id })}
          >
            Shut down
          </button>
        </>
      ) : (
        <button
          type="button"
          className="cluster-button cluster-button--primary"
          aria-label={`Restart broker ${id}`}
          title="Start the broker again: it registers, catches up and rejoins the ISR"
          disabled={!live}
          onClick={() => sim.injectFault({ type: 'broker-restart', broker: id })}
        >
          Restart
        </button>
      )}
      <ThrottleSelect broker={id} current={broker.throttledMBps} disabled={!live} />
    </div>
  );
}
