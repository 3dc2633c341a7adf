import { useState } from 'react';
import { edits, type BrokerConfig } from '../../engine';
import { BrokerRow } from './BrokerRow';
import { describeEditError } from './editErrors';
import { clusterForm } from './models/cluster';
import { useDocEditor, type DocEdit } from './useDocEditor';
import { nameOfIn } from './useFormSubmit';

const nameOf = nameOfIn(clusterForm);

/** The cluster's brokers, one editable row each; adding takes the next free id, removing may be refused. */
export function BrokerList({ brokers }: { brokers: readonly BrokerConfig[] }) {
  const editor = useDocEditor();
  const [error, setError] = useState<string | null>(null);
  const run = (edit: DocEdit) => {
    const refusal = editor.edit(edit, 'commit');
    setError(refusal === null ? null : describeEditError(refusal, 'brokers', nameOf));
  };
  return (
    <div className="broker-list">
      {/* Rows are keyed by place, not id: typing a new id must not remount the row being typed in. */}
      {brokers.map((broker, i) => (
        <BrokerRow
          key={i}
          index={i}
          broker={broker}
          onRemove={(id) => run((doc) => edits.removeBroker(doc, id))}
        />
      ))}
      <div className="broker-list__actions">
        <button type="button" className="inspector-button" onClick={() => run(edits.addBroker)}>
          Add broker
        </button>
        <span className="broker-list__count">
          {brokers.length} broker{brokers.length === 1 ? '' : 's'}
        </span>
      </div>
      {error && (
        <p className="form-field__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
