import { useState } from 'react';
import { edits, RESTART_DELAY_MS } from '../../engine';
import { useDocEditor } from './useDocEditor';

interface ConsumerActionsProps {
  nodeId: string;
  consumers: number;
  sessionTimeoutMs: number;
}

/**
 * Adding or removing a consumer changes the design (saved, undoable) and the running group rebalances;
 * crashing or slowing one (on its row above) is a fault injected into this run only.
 */
export function ConsumerActions({ nodeId, consumers, sessionTimeoutMs }: ConsumerActionsProps) {
  const editor = useDocEditor();
  const [error, setError] = useState<string | null>(null);

  const setConsumers = (n: number) =>
    setError(editor.edit((doc) => edits.updateConfig(doc, nodeId, { consumers: n }), 'commit'));

  return (
    <div className="consumer-actions">
      <div className="consumer-actions__buttons">
        <button type="button" className="inspector-button" onClick={() => setConsumers(consumers + 1)}>
          Add consumer
        </button>
        <button
          type="button"
          className="inspector-button"
          disabled={consumers <= 0}
          onClick={() => setConsumers(consumers - 1)}
        >
          Remove consumer
        </button>
      </div>
      {error && (
        <p className="form-field__error" role="alert">
          {error.replace(/^nodes\[\d+\]\.config\.consumers: /, 'Consumers ')}
        </p>
      )}
      <p className="consumer-actions__caption">
        <strong>Crash</strong> on a member stops it without leaving the group: the coordinator notices only
        when <code>session.timeout.ms</code> ({formatSeconds(sessionTimeoutMs)}) passes without a heartbeat,
        then rebalances; it stays down until the run is reset. <strong>Restart</strong> closes it and starts
        it again {formatSeconds(RESTART_DELAY_MS)} later: a static member keeps its partitions, a dynamic one
        leaves and joins again (two rebalances). <strong>Slow</strong> cuts its processing to a tenth. Faults
        in this run, not saved in the design.
      </p>
    </div>
  );
}

const formatSeconds = (ms: number) => (ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`);
