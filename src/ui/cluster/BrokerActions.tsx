import type { BrokerReport } from '../../engine';
import { useFranz } from '../../store/store';
import { useSimActions } from '../simActions';
import { ThrottleSelect } from './ThrottleSelect';

/**
 * Faults for one broker, injected into this run (not saved in the design): a kill the controller notices
 * only after broker.session.timeout.ms, a controlled shutdown that moves leadership first, a restart, and a cut
 * from the controller and the other brokers (not from clients) with the reconnect that ends it.
 */
export function BrokerActions({ broker }: { broker: BrokerReport }) {
  const sim = useSimActions();
  const live = useFranz((s) => s.sim.status === 'live');
  const id = broker.id;
  const isolated = broker.status === 'isolated' || broker.status === 'isolated-fenced';
  const kill = (
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
  );
  return (
    <div className="broker__actions">
      {isolated ? (
        <>
          {kill}
          <button
            type="button"
            className="cluster-button cluster-button--primary"
            aria-label={`Reconnect broker ${id}`}
            title="Reach the controller again: it is unfenced, learns the current leaders and truncates what they do not have"
            disabled={!live}
            onClick={() => sim.injectFault({ type: 'broker-reconnect', broker: id })}
          >
            Reconnect
          </button>
        </>
      ) : broker.status === 'up' ? (
        <>
          {kill}
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
          <button
            type="button"
            className="cluster-button"
            aria-label={`Isolate broker ${id}`}
            title="Cut it off from the controller and the other brokers, not from clients: fenced after broker.session.timeout.ms, it still answers producers as leader until they refresh their metadata"
            disabled={!live}
            onClick={() => sim.injectFault({ type: 'broker-isolate', broker: id })}
          >
            Isolate
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
