// What the Sweep and Compare views may ask of the batch worker. The batch bridge implements it; components get it
// from context, as they get SimActions, so they never hold the bridge or a worker themselves.
import { createContext, useContext } from 'react';
import type { PipelineDocument, SweepInput } from '../engine';

export interface BatchRunSettings {
  seed: number;
  durationMs: number;
}

export interface BatchActions {
  /** Runs each value's design (validated by the page; refused values carry their message) headless. */
  sweep(setting: { path: string; label: string }, inputs: SweepInput[], run: BatchRunSettings): void;
  /** Runs design A and design B headless with the same seed and duration. */
  compare(a: PipelineDocument, b: PipelineDocument, run: BatchRunSettings): void;
  /** Stops the batch now (its worker is terminated); what ran is dropped. */
  cancel(): void;
}

export const BatchActionsContext = createContext<BatchActions | null>(null);

export function useBatchActions(): BatchActions {
  const actions = useContext(BatchActionsContext);
  if (!actions) throw new Error('useBatchActions outside BatchActionsContext');
  return actions;
}
