// The sweep or compare the page ran last (headless, in the batch worker): written by the batch bridge only, read by
// the Sweep and Compare views. View state: never part of the design document.
import type { StateCreator } from 'zustand';
import type { BatchProgress, CompareResult, SweepRow } from '../engine';
import type { FranzState } from './store';

export interface BatchState {
  kind: 'sweep' | 'compare';
  status: 'running' | 'done' | 'cancelled' | 'failed';
  /** The newest progress of a running batch; null before the first. */
  progress: BatchProgress | null;
  /** The run's seed and simulated duration, the same for every value (or for A and B). */
  seed: number;
  durationMs: number;
  /**
   * A sweep's setting (`nodes.<id>.<key>` or `cluster.brokers`, several joined by commas when they move together)
   * and label, and its rows once done.
   */
  setting?: string;
  settingLabel?: string;
  rows?: SweepRow[];
  compare?: CompareResult;
  error?: string;
}

export interface BatchSlice {
  batch: BatchState | null;
  setBatch(batch: BatchState | null): void;
  patchBatch(patch: Partial<BatchState>): void;
}

export const createBatchSlice: StateCreator<FranzState, [], [], BatchSlice> = (set, get) => ({
  batch: null,
  setBatch: (batch) => set({ batch }),
  patchBatch: (patch) => {
    const batch = get().batch;
    if (batch) set({ batch: { ...batch, ...patch } });
  },
});
