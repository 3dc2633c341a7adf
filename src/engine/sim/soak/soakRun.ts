// One soak run: the schedule of a family and seed, run in simulated time with its invariants checked every second.
import { parseDocument } from '../../model/validate';
import { Simulation } from '../simulation';
import { InvariantWatch, type Violation } from './invariants';
import { multiFaultSchedule } from './multiFault';
import { CHECK_INTERVAL_MS, type SoakFamily, type SoakSchedule } from './schedule';
import { singleFailureSchedule } from './singleFailure';

export const SOAK_FAMILIES: readonly SoakFamily[] = ['single', 'multi'];

export function soakSchedule(family: SoakFamily, seed: number): SoakSchedule {
  return family === 'single' ? singleFailureSchedule(seed) : multiFaultSchedule(seed);
}

/** What a run did, summed over runs to show the faults were exercised. */
export interface SoakTally {
  recordsAcked: number;
  recordsLost: number;
  recordsFailed: number;
  elections: number;
  uncleanElections: number;
}

export interface SoakResult {
  family: SoakFamily;
  seed: number;
  violations: Violation[];
  tally: SoakTally;
}

/** Runs one schedule; `sim` is handed back for a replay to print its events. */
export function runSchedule(schedule: SoakSchedule): SoakResult & { sim: Simulation } {
  const parsed = parseDocument(schedule.doc);
  if (!parsed.ok)
    throw new Error(`soak ${schedule.family}:${schedule.seed}: invalid design: ${parsed.errors.join('; ')}`);
  const sim = new Simulation(parsed.doc, { seed: schedule.seed });
  const watch = new InvariantWatch(sim, schedule.family);
  while (sim.nowMs < schedule.durationMs) {
    sim.runUntil(Math.min(schedule.durationMs, sim.nowMs + CHECK_INTERVAL_MS));
    watch.check();
  }
  const report = sim.report();
  watch.finish(report);
  const producers = [...report.sources, ...report.processors];
  const sum = (f: (p: (typeof producers)[number]) => number) => producers.reduce((a, p) => a + f(p), 0);
  return {
    family: schedule.family,
    seed: schedule.seed,
    violations: watch.violations,
    tally: {
      recordsAcked: sum((p) => p.recordsAcked),
      recordsLost: sum((p) => p.recordsLost),
      recordsFailed: sum((p) => p.recordsFailed),
      elections: report.controller.elections,
      uncleanElections: report.controller.uncleanElections,
    },
    sim,
  };
}

export function runSoak(family: SoakFamily, seed: number): SoakResult {
  const { sim: _, ...result } = runSchedule(soakSchedule(family, seed));
  return result;
}
