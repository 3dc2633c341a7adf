/**
 * What the page and the batch worker say to each other: the worker that runs sweeps and compares headless, apart
 * from the simulation worker, so the running pipeline plays on meanwhile. One batch per worker: the page starts a
 * worker for a batch and terminates it when the batch ends or the person cancels (docs/architecture.md, "The batch
 * worker"). The page validates every document before it is sent (the worker carries no schema).
 */
import type { BatchProgress, CompareResult, PipelineDocument, SweepInput, SweepRow } from '../engine';

export interface BatchRun {
  seed: number;
  durationMs: number;
}

/** Messages the page sends to the batch worker. */
export type ToBatch =
  | ({ type: 'sweep'; inputs: SweepInput[] } & BatchRun)
  | ({ type: 'compare'; a: PipelineDocument; b: PipelineDocument } & BatchRun);

/** Messages the batch worker sends back: progress while it runs, then one result or an error. */
export type FromBatch =
  | ({ type: 'progress' } & BatchProgress)
  | { type: 'sweep'; rows: SweepRow[] }
  | { type: 'compare'; result: CompareResult }
  | { type: 'error'; message: string };

/** Wall milliseconds between two progress messages: often enough for a moving bar, few enough to cost nothing. */
export const BATCH_PROGRESS_MS = 100;
