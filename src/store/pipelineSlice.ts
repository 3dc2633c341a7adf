// The design document and its history. Every change goes through `apply`, so undo/redo and autosave
// see all of them; a drag is one gesture, recorded once when it ends.
import type { StateCreator } from 'zustand';
import { edits, type PipelineDocument } from '../engine';
import type { FranzState } from './store';

const HISTORY_LIMIT = 200;

export interface PipelineSlice {
  doc: PipelineDocument;
  past: PipelineDocument[];
  future: PipelineDocument[];
  /** Counts replaceDocument calls: a new epoch is a different design (the simulation starts over), not an edit. */
  docEpoch: number;
  /** Records a new version of the design (an undo step), unless it is the same object. */
  apply(next: PipelineDocument): void;
  /** Changes the design without an undo step (positions during a drag); `endGesture` records it. */
  applyQuietly(next: PipelineDocument): void;
  beginGesture(): void;
  endGesture(): void;
  /** Ends a gesture by putting the design back as it was when the gesture began; no undo step. */
  cancelGesture(): void;
  /** Replaces the design and forgets its history (import, share link, restore). */
  replaceDocument(doc: PipelineDocument): void;
  /**
   * Opens a different design as one undo step (New): the simulation starts over, and Undo brings the design
   * before back, started over too (a new epoch each way).
   */
  openAsStep(doc: PipelineDocument): void;
  undo(): void;
  redo(): void;
}

export const createPipelineSlice: StateCreator<FranzState, [], [], PipelineSlice> = (set, get) => {
  let gestureStart: PipelineDocument | null = null;
  // The designs openAsStep brought in: undoing off one, or redoing onto one, crosses to another design.
  const opened = new WeakSet<PipelineDocument>();
  const epochAcross = (crosses: boolean) => (crosses ? get().docEpoch + 1 : get().docEpoch);
  return {
    doc: edits.emptyDocument(),
    past: [],
    future: [],
    docEpoch: 0,
    apply: (next) => {
      const { doc, past } = get();
      if (next === doc) return;
      set({ doc: next, past: [...past, doc].slice(-HISTORY_LIMIT), future: [] });
    },
    applyQuietly: (next) => set({ doc: next }),
    beginGesture: () => {
      gestureStart = get().doc;
    },
    endGesture: () => {
      const start = gestureStart;
      gestureStart = null;
      const { doc, past } = get();
      if (start && start !== doc) set({ past: [...past, start].slice(-HISTORY_LIMIT), future: [] });
    },
    cancelGesture: () => {
      const start = gestureStart;
      gestureStart = null;
      if (start && start !== get().doc) set({ doc: start });
    },
    replaceDocument: (doc) => set({ doc, past: [], future: [], docEpoch: get().docEpoch + 1 }),
    openAsStep: (next) => {
      const { doc, past, docEpoch } = get();
      opened.add(next);
      set({ doc: next, past: [...past, doc].slice(-HISTORY_LIMIT), future: [], docEpoch: docEpoch + 1 });
    },
    undo: () => {
      const { doc, past, future } = get();
      const prev = past[past.length - 1];
      if (!prev) return;
      set({
        doc: prev,
        past: past.slice(0, -1),
        future: [doc, ...future],
        docEpoch: epochAcross(opened.has(doc)),
      });
    },
    redo: () => {
      const { doc, past, future } = get();
      const next = future[0];
      if (!next) return;
      set({
        doc: next,
        past: [...past, doc],
        future: future.slice(1),
        docEpoch: epochAcross(opened.has(next)),
      });
    },
  };
};
