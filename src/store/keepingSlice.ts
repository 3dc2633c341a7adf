// Keeping designs: the question a share link asks before it replaces the design, the Recent designs
// view, and the notice about an autosave that did not open as it was. View state, never in the document.
import type { StateCreator } from 'zustand';
import type { FranzState } from './store';

/** A shared design waiting for the person's answer: open it (the current one is kept) or keep theirs. */
export interface LinkOffer {
  sharedName: string;
  currentName: string;
  open(): void;
  keep(): void;
}

/** An autosave that did not open as it was: what was wrong, and its text to download. */
export interface SavedDesignProblem {
  message: string;
  name: string;
  text: string;
}

export interface KeepingSlice {
  linkOffer: LinkOffer | null;
  recentOpen: boolean;
  /** The New dialog: an empty design or a template, in place of the current one. */
  newOpen: boolean;
  savedDesignProblem: SavedDesignProblem | null;
  offerLink(offer: LinkOffer | null): void;
  showRecent(open: boolean): void;
  showNew(open: boolean): void;
  setSavedDesignProblem(problem: SavedDesignProblem | null): void;
}

export const createKeepingSlice: StateCreator<FranzState, [], [], KeepingSlice> = (set) => ({
  linkOffer: null,
  recentOpen: false,
  newOpen: false,
  savedDesignProblem: null,
  offerLink: (linkOffer) => set({ linkOffer }),
  showRecent: (recentOpen) => set({ recentOpen }),
  showNew: (newOpen) => set({ newOpen }),
  setSavedDesignProblem: (savedDesignProblem) => set({ savedDesignProblem }),
});
