import { useState } from 'react';

/**
 * Applies or tries a field's text. `final` is false while the person types and true on blur or Enter.
 * Returns why the value was refused, or null.
 */
export type Submit = (text: string, final: boolean) => string | null;

interface Draft {
  /** What the person typed; null once refused when they were done: the field shows the value in force. */
  text: string | null;
  error: string | null;
  /**
   * The design's value the message is about; a later change elsewhere (undo) retires it. Null until the
   * field has rendered the value in force after a refusal (taking back a live edit changes it).
   */
  base: string | null;
}

/**
 * What the person typed wins while they type, with its message as they type it. A value refused when
 * they are done (blur, Enter) gives way to the value in force, and the message stays under it until
 * they type again or the value changes elsewhere.
 */
export function useDraft(value: string, submit: Submit) {
  const [draft, setDraft] = useState<Draft | null>(null);
  const [focused, setFocused] = useState(false);
  // The first render after a refusal shows the value in force: the message is about that one.
  if (draft !== null && draft.text === null && draft.base === null) setDraft({ ...draft, base: value });
  const refused = draft !== null && draft.text === null && (draft.base === null || draft.base === value);
  const typing = draft !== null && draft.text !== null && focused;
  const shown = refused || typing ? draft : null;

  const settle = (text: string, error: string | null) =>
    setDraft(error === null ? null : { text: null, error, base: null });

  const commit = () => {
    if (!shown || shown.text === null) return;
    settle(shown.text, submit(shown.text, true));
  };

  return {
    text: shown?.text ?? value,
    error: shown ? shown.error : null,
    /** The input holds a value that is refused (as typed); not once it shows the value in force again. */
    invalid: typing && draft.error !== null,
    /** Typing: the value is tried (or applied live, as the field's submit decides). */
    change(text: string) {
      setDraft({ text, error: submit(text, false), base: value });
    },
    /** A choice made at once (a select, a checkbox): applied straight away. */
    choose(text: string) {
      settle(text, submit(text, true));
    },
    commit,
    onFocus() {
      setFocused(true);
    },
    onBlur() {
      setFocused(false);
      commit();
    },
  };
}
