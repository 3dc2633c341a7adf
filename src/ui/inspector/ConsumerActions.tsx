import { useContext, useId, useState } from 'react';
import { edits } from '../../engine';
import { useFranz } from '../../store/store';
import { SimActionsContext } from '../simActions';
import { useDocEditor } from './useDocEditor';

interface ConsumerActionsProps {
  nodeId: string;
  consumers: number;
  sessionTimeoutMs: number;
}

/**
 * Adding or removing a consumer changes the design (saved, undoable) and the running group rebalances;
 * crashing one is a fault injected into this run only.
 */
export function ConsumerActions({ nodeId, consumers, sessionTimeoutMs }: ConsumerActionsProps) {
  const editor = useDocEditor();
  // Without a running simulation (or its provider) there is no consumer to crash.
  const sim = useContext(SimActionsContext);
  const liveMembers = useFranz(
    (s) => s.sim.report?.groups.find((g) => g.node === nodeId)?.members.length ?? 0,
  );
  const [error, setError] = useState<string | null>(null);
  const captionId = useId();

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
        <button
          type="button"
          className="inspector-button inspector-button--danger"
          disabled={!sim || liveMembers === 0}
          aria-describedby={captionId}
          onClick={() => sim?.consumer(nodeId, 'crash')}
        >
          Crash a consumer
        </button>
      </div>
      {error && (
        <p className="form-field__error" role="alert">
          {error.replace(/^nodes\[\d+\]\.config\.consumers: /, 'Consumers ')}
        </p>
      )}
      <p className="consumer-actions__caption" id={captionId}>
        A crashed consumer stops without leaving the group: the coordinator notices only when{' '}
        <code>session.timeout.ms</code> ({formatSeconds(sessionTimeoutMs)}) passes without a heartbeat, then
        rebalances. A fault in this run, not saved in the design.
      </p>
    </div>
  );
}

const formatSeconds = (ms: number) => (ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`);
