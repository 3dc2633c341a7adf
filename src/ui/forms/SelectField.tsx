import { useId } from 'react';
import { describedBy, FieldFrame, fieldIds, type FieldMeta } from './FieldFrame';
import { useDraft, type Submit } from './useDraft';

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectFieldProps extends FieldMeta {
  value: string;
  options: readonly SelectOption[];
  /** Applied at once on every choice. */
  submit: Submit;
}

export function SelectField({ value, options, submit, ...meta }: SelectFieldProps) {
  const ids = fieldIds(useId());
  const draft = useDraft(value, submit);
  return (
    <FieldFrame ids={ids} error={draft.error} invalid={draft.invalid} layout="row" {...meta}>
      <select
        id={ids.input}
        className="form-field__input form-field__select"
        value={draft.text}
        aria-invalid={draft.invalid || undefined}
        aria-describedby={describedBy(ids, meta, draft.error)}
        onChange={(e) => draft.choose(e.target.value)}
        onFocus={draft.onFocus}
        onBlur={draft.onBlur}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}
