import type { FranzStore } from '../../store/store';
import { browserEnv, type DesignStorage } from './pageEnv';
import { writeSavedDesign } from './savedDesign';

/** Quiet time after the last change before the design is written. */
export const AUTOSAVE_DELAY_MS = 300;

export interface AutosaveOptions {
  storage?: DesignStorage | null;
  /** Where `pagehide` fires: the window. */
  window?: EventTarget;
  /** Where `visibilitychange` fires: the document. */
  document?: EventTarget;
  /** Whether the page is hidden now (then pending changes are written at once). */
  hidden?: () => boolean;
}

/**
 * Writes the design to localStorage ~300 ms after it stops changing, and at once when the page is
 * hidden or closed, so a reload, a crash or a closed tab loses nothing. While writes fail the store says
 * so (`saveFailing`); while another tab's save waits for the person (`tabConflict`) nothing is written.
 * Returns a stop function.
 */
export function startAutosave(store: FranzStore, options: AutosaveOptions = {}): () => void {
  const storage = options.storage !== undefined ? options.storage : browserEnv().storage;
  const win = options.window ?? window;
  const doc = options.document ?? document;
  const hidden = options.hidden ?? (() => document.visibilityState === 'hidden');
  let timer: ReturnType<typeof setTimeout> | null = null;
  let warned = false;

  const save = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    const state = store.getState();
    // Another tab's design waits for the person's choice (tabSync.ts): writing now would overwrite it unasked.
    if (state.tabConflict || state.doc === state.savedDoc) return;
    // A lesson's design is the lesson's: the learner's own stays saved, and comes back when they leave it.
    if (state.lesson) return;
    if (writeSavedDesign(storage, state.doc)) {
      state.setSavedDoc(state.doc);
      if (state.saveFailing) state.setSaveFailing(false);
      return;
    }
    // Storage that refuses a write (full) gets a banner that stays until a save succeeds (StorageBanner).
    if (storage) {
      if (!state.saveFailing) state.setSaveFailing(true);
      return;
    }
    if (warned) return;
    warned = true;
    state.notify(
      'warning',
      'Autosave is off: this browser does not let Franz store the design. Use Export to keep it.',
    );
  };
  const flush = () => {
    if (timer !== null) save();
  };
  const onVisibility = () => {
    if (hidden()) flush();
  };

  const unsubscribe = store.subscribe((state, prev) => {
    if (state.doc === prev.doc) return;
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(save, AUTOSAVE_DELAY_MS);
  });
  win.addEventListener('pagehide', flush);
  doc.addEventListener('visibilitychange', onVisibility);
  return () => {
    flush();
    unsubscribe();
    win.removeEventListener('pagehide', flush);
    doc.removeEventListener('visibilitychange', onVisibility);
  };
}
