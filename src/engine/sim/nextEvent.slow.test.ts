// Event skipping over the soak's random fault schedules (soak/): brokers killed, shut down, cut off and throttled,
// consumers and processors killed and slowed, sources paused, with acks 0, 1 and all mixed. Each schedule runs with
// and without skipping, stepped by the soak's one-second checks, and must give the same report and event log: at the
// soak's own rates, and with every source slowed to a hundredth, where most ticks are idle.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../model/validate';
import { Simulation } from './simulation';
import { CHECK_INTERVAL_MS, type SoakFamily } from './soak/schedule';
import { soakSchedule } from './soak/soakRun';
import { stateOf } from './stateOf';

function run(family: SoakFamily, seed: number, rateScale: number, skipIdle: boolean) {
  const schedule = soakSchedule(family, seed);
  const doc = structuredClone(schedule.doc);
  for (const n of doc.nodes)
    if (n.kind === 'source' && n.config?.rate !== undefined)
      n.config.rate = Math.max(1, Math.round(n.config.rate * rateScale));
  const parsed = parseDocument(doc);
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  const sim = new Simulation(parsed.doc, { seed, skipIdle });
  while (sim.nowMs < schedule.durationMs)
    sim.runUntil(Math.min(schedule.durationMs, sim.nowMs + CHECK_INTERVAL_MS));
  return {
    outcome: JSON.stringify(sim.report()) + JSON.stringify(sim.recentEvents()),
    ticks: stateOf(sim).ticksRun,
  };
}

describe('event skipping over fault schedules', () => {
  it.each([
    ['single', 1, 0.01],
    ['single', 2, 0.01],
    ['single', 3, 1],
    ['multi', 1, 0.01],
    ['multi', 2, 0.01],
    ['multi', 3, 1],
  ] as const)('%s:%i at %f of its rates gives the same report and events', (family, seed, scale) => {
    const every = run(family, seed, scale, false);
    const skipping = run(family, seed, scale, true);
    expect(every.ticks).toBe(30_000);
    expect(skipping.outcome).toBe(every.outcome);
    if (scale < 1) expect(skipping.ticks).toBeLessThan(every.ticks / 2);
  });
});
