import type { PipelineDocument } from '../../engine';
import type { FranzStore } from '../../store/store';
import { keepBackup } from './backups';
import { browserEnv, type DesignStorage } from './pageEnv';
import { readDesign } from './readDesign';
import { AUTOSAVE_KEY, writeSavedDesign } from './savedDesign';

export interface TabSyncOptions {
  storage?: DesignStorage | null;
  /** Where another tab's `storage` events arrive: the window. */
  window?: EventTarget;
}

const sameDesign = (a: PipelineDocument, b: PipelineDocument) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Follows the design other tabs of this browser save (the `storage` event fires in every other tab of the
 * origin). With no unsaved edits of its own this tab takes theirs and says so; with some, nothing is
 * overwritten either way: the store holds their design in `tabConflict`, autosave waits, and the person
 * chooses (TabConflictBanner: keepTheirs / keepMine). Returns a stop function.
 */
export function startTabSync(store: FranzStore, options: TabSyncOptions = {}): () => void {
  const win = options.window ?? window;
  if (store.getState().savedDoc === null) store.getState().setSavedDoc(store.getState().doc);

  const onStorage = (event: Event) => {
    const { key, newValue } = event as StorageEvent;
    if (key !== AUTOSAVE_KEY || newValue === null) return;
    const read = readDesign(newValue);
    if (!read.ok) return;
    const state = store.getState();
    if (sameDesign(read.doc, state.doc)) {
      state.setSavedDoc(state.doc);
      if (state.tabConflict) state.setTabConflict(null);
      return;
    }
    const unsaved = state.doc !== state.savedDoc || state.tabConflict !== null;
    if (unsaved) return state.setTabConflict({ theirs: read.doc });
    follow(store, read.doc);
    store.getState().notify('info', `Updated from another tab: “${read.doc.name}”.`);
  };
  win.addEventListener('storage', onStorage);
  return () => win.removeEventListener('storage', onStorage);
}

function follow(store: FranzStore, theirs: PipelineDocument): void {
  const state = store.getState();
  state.replaceDocument(theirs);
  state.setSavedDoc(store.getState().doc);
  state.setTabConflict(null);
}

/** "Use theirs": the other tab's design replaces this one; this tab's goes to Recent designs. */
export function keepTheirs(store: FranzStore, storage: DesignStorage | null = browserEnv().storage): void {
  const { tabConflict, doc } = store.getState();
  if (!tabConflict) return;
  keepBackup(storage, {
    reason: 'replaced by the design of another tab',
    name: doc.name,
    text: JSON.stringify(doc),
  });
  follow(store, tabConflict.theirs);
}

/** "Keep mine": this tab's design is saved over theirs, and the other tab follows it (or asks likewise). */
export function keepMine(store: FranzStore, storage: DesignStorage | null = browserEnv().storage): void {
  const state = store.getState();
  state.setTabConflict(null);
  if (writeSavedDesign(storage, state.doc)) {
    state.setSavedDoc(state.doc);
    if (state.saveFailing) state.setSaveFailing(false);
  } else if (storage) state.setSaveFailing(true);
}
