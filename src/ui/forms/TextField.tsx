import { useId } from 'react';
import { describedBy, FieldFrame, fieldIds, type FieldMeta } from './FieldFrame';
import { useDraft, type Submit } from './useDraft';

export interface TextFieldProps extends FieldMeta {
  value: string;
  placeholder?: string | undefined;
  /** Checked while typing; applied on blur or Enter (a half-typed name or group id never runs). */
  submit: Submit;
  /** A cell of a compact grid instead of a line of its own. */
  layout?: 'stack' | 'cell';
}

export function TextField({ value, placeholder, submit, layout = 'stack', ...meta }: TextFieldProps) {
  const ids = fieldIds(useId());
  const draft = useDraft(value, submit);
  return (
    <FieldFrame ids={ids} error={draft.error} invalid={draft.invalid} layout={layout} {...meta}>
      <input
        id={ids.input}
        className="form-field__input"
        type="text"
        autoComplete="off"
        spellCheck={false}
        value={draft.text}
        placeholder={placeholder}
        aria-invalid={draft.invalid || undefined}
        aria-describedby={describedBy(ids, meta, draft.error)}
        onChange={(e) => draft.change(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') draft.commit();
        }}
        onFocus={draft.onFocus}
        onBlur={draft.onBlur}
      />
    </FieldFrame>
  );
}
