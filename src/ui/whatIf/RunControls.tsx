import { RUN_DURATIONS } from './whatIfSettings';
import { Field } from './Field';

/** How long each headless run simulates: the Sweep's per value, the Compare's per design. */
export function DurationField({
  label,
  durationMs,
  onChange,
}: {
  label: string;
  durationMs: number;
  onChange: (ms: number) => void;
}) {
  return (
    <Field label={label}>
      {(id) => (
        <select id={id} value={durationMs} onChange={(e) => onChange(Number(e.target.value))}>
          {RUN_DURATIONS.map((d) => (
            <option key={d.ms} value={d.ms}>
              {d.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** The form's run button, or Cancel while its batch runs (Cancel ends the batch worker). */
export function RunButtons({
  running,
  label,
  disabled,
  onRun,
  onCancel,
}: {
  running: boolean;
  label: string;
  disabled: boolean;
  onRun: () => void;
  onCancel: () => void;
}) {
  return (
    <div className="whatif__buttons">
      {running ? (
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      ) : (
        <button type="button" className="whatif__run" disabled={disabled} onClick={onRun}>
          {label}
        </button>
      )}
    </div>
  );
}
