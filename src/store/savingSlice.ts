// How the design is kept in this browser, as far as the page must show it: saving that fails, another
// tab's save that would overwrite this tab's edits, a part of the page that failed to draw the design.
import type { StateCreator } from 'zustand';
import type { PipelineDocument } from '../engine';
import type { FranzState } from './store';

export interface SavingSlice {
  /** The design as this tab last wrote it to storage or took it from there: newer edits are unsaved. */
  savedDoc: PipelineDocument | null;
  /** The last save failed (storage full): a banner stays until a save succeeds. */
  saveFailing: boolean;
  /** Another tab saved a different design while this one had unsaved edits: autosave waits for the person. */
  tabConflict: { theirs: PipelineDocument } | null;
  /** A part of the page failed to draw this design: it is not recorded as the last design that worked. */
  renderCrash: { doc: PipelineDocument; message: string } | null;
  setSavedDoc(doc: PipelineDocument | null): void;
  setSaveFailing(failing: boolean): void;
  setTabConflict(conflict: SavingSlice['tabConflict']): void;
  setRenderCrash(crash: SavingSlice['renderCrash']): void;
}

export const createSavingSlice: StateCreator<FranzState, [], [], SavingSlice> = (set) => ({
  savedDoc: null,
  saveFailing: false,
  tabConflict: null,
  renderCrash: null,
  setSavedDoc: (savedDoc) => set({ savedDoc }),
  setSaveFailing: (saveFailing) => set({ saveFailing }),
  setTabConflict: (tabConflict) => set({ tabConflict }),
  setRenderCrash: (renderCrash) => set({ renderCrash }),
});
