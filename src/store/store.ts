// One store in slices (zustand's slices pattern): the design, the simulation as last reported, the view,
// and how the design is kept. How an edit goes through it to the worker, and a snapshot to the screen:
// docs/architecture.md.
import { create } from 'zustand';
import { createBatchSlice, type BatchSlice } from './batchSlice';
import { createKeepingSlice, type KeepingSlice } from './keepingSlice';
import { createLessonSlice, type LessonSlice } from './lessonSlice';
import { createSavingSlice, type SavingSlice } from './savingSlice';
import { createPipelineSlice, type PipelineSlice } from './pipelineSlice';
import { createSimSlice, type SimSlice } from './simSlice';
import { createUiSlice, type UiSlice } from './uiSlice';

export type FranzState = PipelineSlice &
  SimSlice &
  UiSlice &
  KeepingSlice &
  SavingSlice &
  BatchSlice &
  LessonSlice;

export function createFranzStore() {
  return create<FranzState>()((...a) => ({
    ...createPipelineSlice(...a),
    ...createSimSlice(...a),
    ...createUiSlice(...a),
    ...createKeepingSlice(...a),
    ...createSavingSlice(...a),
    ...createBatchSlice(...a),
    ...createLessonSlice(...a),
  }));
}

export type FranzStore = ReturnType<typeof createFranzStore>;

/** The page's store. Tests make their own with createFranzStore. */
export const useFranz = createFranzStore();
