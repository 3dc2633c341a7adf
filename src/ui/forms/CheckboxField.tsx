import { useId } from 'react';
import { describedBy, FieldFrame, fieldIds, type FieldMeta } from './FieldFrame';
import { useDraft, type Submit } from './useDraft';

export interface CheckboxFieldProps extends FieldMeta {
  checked: boolean;
  /** Applied at once; receives "true" or "false". */
  submit: Submit;
}

export function CheckboxField({ checked, submit, ...meta }: CheckboxFieldProps) {
  const ids = fieldIds(useId());
  const draft = useDraft(String(checked), submit);
  return (
    <FieldFrame ids={ids} error={draft.error} invalid={draft.invalid} layout="check" {...meta}>
      <input
        id={ids.input}
        className="form-field__checkbox"
        type="checkbox"
        checked={draft.text === 'true'}
        disabled={meta.disabledReason !== undefined}
        aria-invalid={draft.invalid || undefined}
        aria-describedby={describedBy(ids, meta, draft.error)}
        onChange={(e) => draft.choose(String(e.target.checked))}
        onFocus={draft.onFocus}
        onBlur={draft.onBlur}
      />
    </FieldFrame>
  );
}
