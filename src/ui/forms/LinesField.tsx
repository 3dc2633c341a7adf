import { useId } from 'react';
import { describedBy, FieldFrame, fieldIds, type FieldMeta } from './FieldFrame';
import { useDraft, type Submit } from './useDraft';

export interface LinesFieldProps extends FieldMeta {
  /** One entry per line. */
  value: string;
  rows?: number;
  /** Checked while typing; applied on blur or Ctrl+Enter (Enter starts a new line). */
  submit: Submit;
}

export function LinesField({ value, rows = 5, submit, ...meta }: LinesFieldProps) {
  const ids = fieldIds(useId());
  const draft = useDraft(value, submit);
  return (
    <FieldFrame ids={ids} error={draft.error} invalid={draft.invalid} layout="stack" {...meta}>
      <textarea
        id={ids.input}
        className="form-field__input form-field__textarea"
        rows={rows}
        spellCheck={false}
        value={draft.text}
        aria-invalid={draft.invalid || undefined}
        aria-describedby={describedBy(ids, meta, draft.error)}
        onChange={(e) => draft.change(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) draft.commit();
        }}
        onFocus={draft.onFocus}
        onBlur={draft.onBlur}
      />
    </FieldFrame>
  );
}
