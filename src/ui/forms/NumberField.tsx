import { useId, type KeyboardEvent } from 'react';
import { describedBy, FieldFrame, fieldIds, type FieldMeta, type Pending } from './FieldFrame';
import { parseNumberText } from './values';
import { useDraft, type Submit } from './useDraft';

export interface NumberFieldProps extends FieldMeta {
  /** The design's value as text ("" for none). */
  value: string;
  unit?: string | undefined;
  /** What ArrowUp and ArrowDown add or take away. */
  step?: number | undefined;
  /** Shown in an empty input: what no value means ("unlimited"). */
  placeholder?: string | undefined;
  /** Applied live on every change that parses, and once more on blur or Enter. */
  submit: Submit;
  /** A cell of a compact grid instead of a row of the form. */
  layout?: 'row' | 'cell';
  /** The running simulation keeps another value (`value` is then that one): what Reset will start with, and why. */
  pending?: Pending | undefined;
}

/**
 * A text input, not type="number": it keeps exactly what the person typed ("-", "1e") while they type,
 * and ArrowUp/ArrowDown still step the value.
 */
export function NumberField({
  value,
  unit,
  step = 1,
  placeholder,
  submit,
  layout = 'row',
  pending,
  ...meta
}: NumberFieldProps) {
  const ids = fieldIds(useId());
  const draft = useDraft(value, submit);

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') draft.commit();
    if (e.key !== 'ArrowUp' && e.key !== 'ArrowDown') return;
    const parsed = parseNumberText(draft.text, true);
    if (!parsed.ok) return;
    e.preventDefault();
    const next = (parsed.value ?? 0) + (e.key === 'ArrowUp' ? step : -step);
    // Round away float noise from steps like 0.1.
    draft.change(String(Math.round(next * 1e9) / 1e9));
  };

  return (
    <FieldFrame
      ids={ids}
      error={draft.error}
      invalid={draft.invalid}
      layout={layout}
      pending={pending}
      {...meta}
    >
      <input
        id={ids.input}
        className="form-field__input form-field__input--number"
        type="text"
        inputMode="decimal"
        autoComplete="off"
        spellCheck={false}
        value={draft.text}
        placeholder={placeholder}
        aria-invalid={draft.invalid || undefined}
        aria-describedby={describedBy(ids, meta, draft.error, pending)}
        onChange={(e) => draft.change(e.target.value)}
        onKeyDown={onKeyDown}
        onFocus={draft.onFocus}
        onBlur={draft.onBlur}
      />
      {layout === 'row' && <span className="form-field__unit">{unit}</span>}
    </FieldFrame>
  );
}
