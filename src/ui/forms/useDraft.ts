import { useState } from 'react';

/**
 * Applies or tries a field's text. `final` is false while the person types and true on blur or Enter.
 * Returns why the value was refused, or null.
 */
export type Submit = (text: string, final: boolean) => string | null;

interface Draft {
  text: string;
  error: string | null;
  /** The design's value when the draft was last submitted: a later change elsewhere (undo) retires it. */
  base: string;
}

/**
 * What the person typed wins while they type, and stays with its message after a refusal, so they can
 * see and fix it; otherwise the field shows the design's value.
 */
export function useDraft(value: string, submit: Submit) {
  const [draft, setDraft] = useState<Draft | null>(null);
  const [focused, setFocused] = useState(false);
  const shown = draft !== null && (focused || (draft.error !== null && draft.base === value)) ? draft : null;

  const commit = () => {
    if (!shown) return;
    const error = submit(shown.text, true);
    setDraft(error === null ? null : { text: shown.text, error, base: value });
  };

  return {
    text: shown ? shown.text : value,
    error: shown ? shown.error : null,
    /** Typing: the value is tried (or applied live, as the field's submit decides). */
    change(text: string) {
      setDraft({ text, error: submit(text, false), base: value });
    },
    /** A choice made at once (a select, a checkbox): applied straight away. */
    choose(text: string) {
      const error = submit(text, true);
      setDraft(error === null ? null : { text, error, base: value });
    },
    commit,
    onFocus() {
      setFocused(true);
      if (!shown) setDraft(null);
    },
    onBlur() {
      setFocused(false);
      commit();
    },
  };
}
