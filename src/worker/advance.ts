import type { Clock } from '../protocol/clock';

/** The largest piece of simulated time stepped between two looks at the wall clock. */
export const CHUNK_MS = 250;
/** Wall time one tick may spend stepping; past it the simulation falls behind rather than the worker. */
export const WORK_BUDGET_MS = 35;

/**
 * Steps `sim` by `simMs` in chunks, stopping early once the tick has worked for WORK_BUDGET_MS, so a
 * slow machine at 100x keeps answering Pause. Returns the simulated milliseconds actually stepped.
 */
export function advanceWithinBudget(sim: { step(dtMs: number): void }, simMs: number, clock: Clock): number {
  const started = clock.now();
  let done = 0;
  while (done < simMs) {
    const chunk = Math.min(CHUNK_MS, simMs - done);
    sim.step(chunk);
    done += chunk;
    if (clock.now() - started >= WORK_BUDGET_MS) break;
  }
  return done;
}
