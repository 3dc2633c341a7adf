// What acks=all, min.insync.replicas=2, replication factor 3 and clean elections promise under any single broker
// failure: the soak's single-broker-failure schedules (src/engine/sim/soak), their seeds drawn by fast-check. A
// failing seed replays with `npm run soak -- --replay single:<seed>`.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runSoak } from '../soak/soakRun';

const RUNS = 25;

describe('acks=all, min.insync.replicas=2, replication factor 3, clean elections only', () => {
  it(`lose no acknowledged record under any single broker failure (${RUNS} random fault schedules)`, () => {
    let runs = 0;
    let acked = 0;
    let elections = 0;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), (seed) => {
        runs++;
        const r = runSoak('single', seed);
        acked += r.tally.recordsAcked;
        elections += r.tally.elections;
        // No acknowledged record lost or duplicated, log start <= HW <= log end, no delivery past the HW, commits
        // never back nor past the HW, no record out of order, every record accounted for (invariants.ts).
        expect(r.violations, `npm run soak -- --replay single:${seed}`).toEqual([]);
      }),
      { numRuns: RUNS, seed: 20261126 },
    );
    console.log(
      `replication properties: ${runs} random fault schedules ran, ${acked} records acknowledged, ${elections} elections`,
    );
    expect(runs).toBe(RUNS);
    // The schedules did fail brokers over: leaders moved and records were acknowledged throughout.
    // The totals of the 25 schedules fast-check draws from seed 20261126: random draws, no closed form.
    // 465,072 since round trips take time: at the end 4 more records are on their way to being acknowledged.
    expect(acked).toBe(465_072);
    expect(elections).toBe(26);
  }, 300_000);
});
