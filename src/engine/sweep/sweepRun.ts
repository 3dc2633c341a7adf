// A sweep's runs and a compare's two runs, one after the other with the same seed and duration: a row of figures
// per value, progress per value and per simulated chunk, and a flag looked at between chunks to stop.
import type { PipelineDocument } from '../model/schema';
import { figureDifference, type FigureKey, type RunFigures } from './figures';
import { runFigures, type FigureRun, type RunOptions } from './runFigures';
import type { SweepValue } from './sweepPath';

export interface BatchProgress {
  /** Runs finished before this one, and how many in all. */
  run: number;
  runs: number;
  /** Simulated milliseconds of this run done, and the run's duration. */
  doneMs: number;
  durationMs: number;
  /** Of the whole batch, 0 to 1. */
  fraction: number;
}

export interface BatchOptions extends Omit<RunOptions, 'onChunk'> {
  onProgress?(progress: BatchProgress): void;
}

/** A value the schema refused carries its message and no figures; the others their run. */
export type SweepRow = { value: SweepValue; error: string } | ({ value: SweepValue } & FigureRun);

export interface SweepInput {
  value: SweepValue;
  /** A parsed design, or the schema's refusal of this value. */
  doc: PipelineDocument | null;
  error?: string;
}

function runOne(doc: PipelineDocument, run: number, runs: number, options: BatchOptions): FigureRun | null {
  const report = (doneMs: number) =>
    options.onProgress?.({
      run,
      runs,
      doneMs,
      durationMs: options.durationMs,
      fraction: (run + doneMs / options.durationMs) / runs,
    });
  report(0);
  return runFigures(doc, { ...options, onChunk: report });
}

/** Runs every accepted value; null when cancelled. */
export function runSweep(inputs: readonly SweepInput[], options: BatchOptions): SweepRow[] | null {
  const rows: SweepRow[] = [];
  for (const [i, input] of inputs.entries()) {
    if (input.doc === null) {
      rows.push({ value: input.value, error: input.error ?? 'refused' });
      continue;
    }
    const run = runOne(input.doc, i, inputs.length, options);
    if (run === null) return null;
    rows.push({ value: input.value, ...run });
  }
  options.onProgress?.({
    run: inputs.length,
    runs: inputs.length,
    doneMs: options.durationMs,
    durationMs: options.durationMs,
    fraction: 1,
  });
  return rows;
}

export interface CompareResult {
  a: FigureRun;
  b: FigureRun;
  /** B minus A. */
  difference: Record<FigureKey, number | null>;
}

/** Runs design A then design B with the same seed and duration; null when cancelled. */
export function runCompare(
  a: PipelineDocument,
  b: PipelineDocument,
  options: BatchOptions,
): CompareResult | null {
  const runA = runOne(a, 0, 2, options);
  if (runA === null) return null;
  const runB = runOne(b, 1, 2, options);
  if (runB === null) return null;
  options.onProgress?.({
    run: 2,
    runs: 2,
    doneMs: options.durationMs,
    durationMs: options.durationMs,
    fraction: 1,
  });
  return { a: runA, b: runB, difference: figureDifference(runA.figures, runB.figures) };
}

export type { RunFigures };
