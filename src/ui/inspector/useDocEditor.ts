import { useEffect, useMemo } from 'react';
import type { EditResult, PipelineDocument } from '../../engine';
import type { FranzStore } from '../../store/store';
import { useFranz } from '../../store/store';

/**
 * check: only says whether the edit would be accepted (a half-typed name).
 * live: applies it now, and the keystrokes of one field edit become one undo step.
 * commit: applies it and closes that undo step (blur, Enter, a select, a button).
 */
export type EditMode = 'check' | 'live' | 'commit';

export type DocEdit = (doc: PipelineDocument) => EditResult;

export interface DocEditor {
  /** Runs the edit; returns the engine's reason when it is refused (the design is then unchanged). */
  edit(run: DocEdit, mode: EditMode): string | null;
  /** Ends an open undo step (the field lost focus, or went away). */
  close(): void;
  /** Takes back what the open step applied (a value refused once the person was done typing). */
  cancel(): void;
}

const sameDesign = (a: PipelineDocument, b: PipelineDocument) => JSON.stringify(a) === JSON.stringify(b);

/** Pure document edits run against the store; an accepted one reaches the simulation through it. */
export function createDocEditor(store: Pick<FranzStore, 'getState'>): DocEditor {
  // A field edited keystroke by keystroke holds one gesture open, so undo takes back the whole edit.
  let gestureOpen = false;
  const close = () => {
    if (!gestureOpen) return;
    gestureOpen = false;
    store.getState().endGesture();
  };
  const cancel = () => {
    if (!gestureOpen) return;
    gestureOpen = false;
    store.getState().cancelGesture();
  };
  return {
    close,
    cancel,
    edit(run, mode) {
      const state = store.getState();
      const result = run(state.doc);
      if (!result.ok) {
        // Refused when the person is done: the keystrokes applied on the way are taken back too, so the
        // field returns to the value in force before they started.
        if (mode === 'commit') cancel();
        return result.error;
      }
      if (mode === 'check') return null;
      const changed = !sameDesign(state.doc, result.doc);
      if (mode === 'live') {
        if (!changed) return null;
        if (!gestureOpen) {
          state.beginGesture();
          gestureOpen = true;
        }
        state.applyQuietly(result.doc);
        return null;
      }
      if (gestureOpen) {
        if (changed) state.applyQuietly(result.doc);
        close();
      } else if (changed) state.apply(result.doc);
      return null;
    },
  };
}

/** One editor per mounted form; an undo step left open when it unmounts is closed. */
export function useDocEditor(): DocEditor {
  const editor = useMemo(() => createDocEditor(useFranz), []);
  useEffect(() => () => editor.close(), [editor]);
  return editor;
}
