import { useId, useState } from 'react';
import { edits } from '../../engine';
import { useFranz } from '../../store/store';
import { AddFaultForm } from './AddFaultForm';
import { describeFault } from './faultSchedule';
import { useDocEditor } from './useDocEditor';

/** The design's scheduled faults in time order, each removable, and a form to add one. */
export function FaultSchedule() {
  const doc = useFranz((s) => s.doc);
  const editor = useDocEditor();
  const [error, setError] = useState<string | null>(null);
  const titleId = useId();
  const remove = (index: number) => setError(editor.edit((d) => edits.removeFault(d, index), 'commit'));
  return (
    <section className="config-section" aria-labelledby={titleId}>
      <h3 className="config-section__title" id={titleId}>
        Fault schedule
      </h3>
      <p className="config-section__note">Replayed at the same simulated times on every run.</p>
      {doc.faults.length === 0 ? (
        <p className="fault-list__empty">No faults scheduled.</p>
      ) : (
        <ol className="fault-list">
          {doc.faults.map((fault, i) => (
            <li key={i} className="fault-list__item">
              <span className="fault-list__text">{describeFault(fault, doc)}</span>
              <button
                type="button"
                className="fault-list__remove inspector-button inspector-button--danger"
                aria-label={`Remove fault ${i + 1}`}
                title={`Remove fault ${i + 1}`}
                onClick={() => remove(i)}
              >
                ×
              </button>
            </li>
          ))}
        </ol>
      )}
      {error && (
        <p className="form-field__error" role="alert">
          {error}
        </p>
      )}
      <AddFaultForm />
    </section>
  );
}
