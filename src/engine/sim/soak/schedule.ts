// A soak run's schedule: a design document with its fault schedule, how long to run it, and when its sources stop so
// the run settles. Built from a seed alone (see singleFailure.ts and multiFault.ts).
import type { Fault, PipelineDocumentInput } from '../../model/schema';

export type SoakFamily = 'single' | 'multi';

export interface SoakSchedule {
  family: SoakFamily;
  seed: number;
  /** Simulated time the run lasts. */
  durationMs: number;
  /** Every source is paused from here (a `source-pause` in the faults), so the end of the run settles. */
  settleFromMs: number;
  doc: PipelineDocumentInput;
}

/** Simulated milliseconds between invariant checks. */
export const CHECK_INTERVAL_MS = 1000;

/** The faults in time order, one line each, as a replay prints them. */
export function describeFaults(faults: readonly Fault[]): string[] {
  return [...faults]
    .sort((a, b) => a.atMs - b.atMs)
    .map((f) => {
      const { atMs, type, ...rest } = f;
      const args = Object.entries(rest)
        .map(([k, v]) => `${k}=${String(v)}`)
        .join(' ');
      return `${(atMs / 1000).toFixed(3).padStart(7)} s  ${type}${args ? ` ${args}` : ''}`;
    });
}
