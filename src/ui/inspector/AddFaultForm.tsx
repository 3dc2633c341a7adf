import { useState } from 'react';
import { edits, type FaultType } from '../../engine';
import { NumberField } from '../forms/NumberField';
import { SelectField } from '../forms/SelectField';
import { useFranz } from '../../store/store';
import {
  atError,
  FAULT_KINDS,
  FAULT_TYPE_OPTIONS,
  faultRefusal,
  faultTargets,
  readFaultDraft,
  valueError,
  type FaultDraft,
} from './faultSchedule';
import { useDocEditor } from './useDocEditor';

const NO_TARGET = [{ value: '', label: 'none yet' }];

/** A small form that schedules one fault; nothing changes until the whole fault reads right. */
export function AddFaultForm() {
  const doc = useFranz((s) => s.doc);
  const editor = useDocEditor();
  const [draft, setDraft] = useState<FaultDraft>({ type: 'broker-kill', at: '10', target: '', value: '' });
  const [error, setError] = useState<string | null>(null);
  const kind = FAULT_KINDS[draft.type];
  const targets = faultTargets(draft.type, doc);
  // The target shown is the one chosen while it is still there, else the first that fits the type.
  const target = targets.some((t) => t.value === draft.target) ? draft.target : (targets[0]?.value ?? '');

  const change = (patch: Partial<FaultDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setError(null);
  };

  const add = () => {
    const read = readFaultDraft({ ...draft, target }, doc);
    if (!read.ok) return setError(read.error);
    const refusal = editor.edit((d) => edits.addFault(d, read.fault), 'commit');
    setError(refusal === null ? null : faultRefusal(refusal));
  };

  return (
    <div className="fault-add">
      <SelectField
        label="Fault"
        value={draft.type}
        options={FAULT_TYPE_OPTIONS}
        submit={(text) => {
          const type = text as FaultType;
          change({ type, value: FAULT_KINDS[type].value?.initial ?? '' });
          return null;
        }}
      />
      <NumberField
        label="At"
        unit="s"
        value={draft.at}
        hint="seconds from the start of the run"
        submit={(text) => {
          change({ at: text });
          return atError(text);
        }}
      />
      <SelectField
        label="Target"
        value={target}
        options={targets.length ? targets : NO_TARGET}
        submit={(text) => {
          change({ target: text });
          return null;
        }}
      />
      {kind.value && (
        <NumberField
          key={draft.type}
          label={kind.value.label}
          unit={kind.value.unit}
          value={draft.value}
          placeholder={kind.value.emptyMeans}
          hint={`empty: ${kind.value.emptyMeans}`}
          submit={(text) => {
            change({ value: text });
            return kind.value ? valueError(kind.value, text) : null;
          }}
        />
      )}
      <div className="fault-add__actions">
        <button type="button" className="inspector-button" onClick={add}>
          Add fault
        </button>
      </div>
      {error && (
        <p className="form-field__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
