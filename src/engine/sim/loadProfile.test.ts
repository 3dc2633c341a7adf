// Records follow a source's load profile: counts in given spans of simulated time, worked out by hand from the
// profile's integral (record k arrives when the expected count reaches k, so a span ending exactly where the
// count is whole leaves that record to the next span, as constant arrivals without a profile do).
import { describe, expect, it } from 'vitest';
import { updateConfig } from '../model/edits';
import { parseTraceCsv } from '../model/traceCsv';
import type { PipelineDocumentInput } from '../model/schema';
import { TestSim } from './sim.testing';

type SourceInput = Extract<PipelineDocumentInput['nodes'][number], { kind: 'source' }>['config'];

function run(config: SourceInput): TestSim {
  return new TestSim().topic('t', { partitions: 3 }).source('s', config, ['t']).start();
}
const produced = (t: TestSim) => t.sim.report().sources[0]!.recordsProduced;

/** Records produced in each span ending at the given times. */
function countsAt(t: TestSim, ends: number[]): number[] {
  const counts: number[] = [];
  let before = 0;
  for (const end of ends) {
    t.advance(end - t.sim.report().simulatedMs);
    const now = produced(t);
    counts.push(now - before);
    before = now;
  }
  return counts;
}

describe('a step', () => {
  it('from 100 to 500 records/s at 10 s: 1,000 records in [0, 10 s) less the one at 10 s, then 5,000', () => {
    const t = run({ rate: 100, profile: { type: 'step', stepAtMs: 10_000, stepRate: 500 } });
    expect(countsAt(t, [10_000, 20_000, 30_000])).toEqual([999, 5_000, 5_000]);
  });

  it('reports the target rate: 100 before the step, 500 after; a constant source has none', () => {
    const t = run({ rate: 100, profile: { type: 'step', stepAtMs: 10_000, stepRate: 500 } });
    t.advance(5_000);
    expect(t.sim.report().sources[0]!.targetRate).toBe(100);
    t.advance(10_000);
    expect(t.sim.report().sources[0]!.targetRate).toBe(500);
    expect('targetRate' in run({ rate: 100 }).advance(1_000).sim.report().sources[0]!).toBe(false);
  });

  it('with Poisson arrivals: 500/s on average after the step, within 2% over 20 s', () => {
    const t = run({
      rate: 100,
      arrival: 'poisson',
      profile: { type: 'step', stepAtMs: 10_000, stepRate: 500 },
    });
    const [before, after] = countsAt(t, [10_000, 30_000]);
    expect(Math.abs(before! - 1_000)).toBeLessThan(100);
    expect(Math.abs(after! - 10_000) / 10_000).toBeLessThan(0.02);
  });

  it('with bursty arrivals: the average follows the step, nothing in the off-phases', () => {
    const t = run({
      rate: 100,
      arrival: 'bursty',
      burstOnMs: 1_000,
      burstOffMs: 1_000,
      profile: { type: 'step', stepAtMs: 10_000, stepRate: 1_000 },
    });
    const [, after] = countsAt(t, [10_000, 30_000]);
    expect(Math.abs(after! - 20_000) / 20_000).toBeLessThan(0.02);
    // 30.5 s to 31 s is an off-phase (odd seconds): no record arrives in it.
    const [, offPhase] = countsAt(t, [31_000, 32_000]);
    expect(offPhase).toBe(0);
  });

  it('set while running: counts from the moment it is set, as a function of simulated time', () => {
    const t = run({ rate: 100 });
    t.advance(5_000);
    const source = t.sim.report().sources[0]!;
    expect(source.recordsProduced).toBe(499);
    const edit = updateConfig(t.document(), 's', {
      profile: { type: 'step', stepAtMs: 8_000, stepRate: 1_000 },
    });
    if (!edit.ok) throw new Error(edit.error);
    t.sim.update(edit.doc);
    // From 5 s the count goes on from 500: records 501 to 799 before 8 s (the one pending at 5 s starts over),
    // then 1,000/s. The TestSim's own document is the constant one; the running simulation took the edit.
    expect(countsAt(t, [8_000, 10_000])).toEqual([499 + 299, 2_000]);
  });
});

describe('a spike', () => {
  it('2,000 records/s from 5 s for 2 s over a base of 100: 500 + 4,000 + 300 in the first 10 s', () => {
    const t = run({
      rate: 100,
      profile: { type: 'spike', spikeAtMs: 5_000, spikeDurationMs: 2_000, spikeRate: 2_000 },
    });
    expect(countsAt(t, [5_000, 7_000, 10_000])).toEqual([499, 4_000, 300]);
    expect(t.sim.report().sources[0]!.targetRate).toBe(100);
  });
});

describe('a daily curve', () => {
  const day = { type: 'daily', peakHour: 14, peakRate: 1_000, troughHour: 3, troughRate: 100 } as const;

  it('started at the peak: 1,000 records/s within 1% over a minute, the target rate the peak', () => {
    const t = run({ rate: 1, profile: { ...day, startHour: 14 } });
    const [count] = countsAt(t, [60_000]);
    expect(Math.abs(count! - 60_000) / 60_000).toBeLessThan(0.01);
    expect(t.sim.report().sources[0]!.targetRate).toBeCloseTo(1_000, 0);
  });

  it('started at the trough: 100 records/s within 1% over a minute, Poisson over ten', () => {
    const constant = run({ rate: 1, profile: { ...day, startHour: 3 } });
    expect(Math.abs(countsAt(constant, [60_000])[0]! - 6_000) / 6_000).toBeLessThan(0.01);
    // A Poisson count of 60,000 varies by about 0.4%; the curve rises by 0.5 records/s in these ten minutes.
    const poisson = run({ rate: 1, arrival: 'poisson', profile: { ...day, startHour: 3 } });
    expect(Math.abs(countsAt(poisson, [600_000])[0]! - 60_000) / 60_000).toBeLessThan(0.01);
  });

  it('halfway from the trough to the peak (08:30) the rate is the mean, 550 records/s', () => {
    const t = run({ rate: 1, profile: { ...day, startHour: 8.5 } });
    t.advance(1_000);
    expect(t.sim.report().sources[0]!.targetRate).toBeCloseTo(550, 0);
  });
});

describe('a trace from CSV', () => {
  it('piecewise constant, the last rate holding: 200 + 0 + 1,800 records in 10 s (the last of each span at its very end)', () => {
    const csv = parseTraceCsv('time,recordsPerSec\n0,100\n2,0\n4,300\n');
    if (!csv.ok) throw new Error(csv.error);
    const t = run({ rate: 5, profile: { type: 'trace', points: csv.points } });
    expect(countsAt(t, [2_000, 4_000, 10_000])).toEqual([199, 1, 1_799]);
    expect(t.sim.report().sources[0]!.targetRate).toBe(300);
  });

  it('repeating: the 4 s loop runs again from 4 s', () => {
    const t = run({
      rate: 5,
      profile: {
        type: 'trace',
        points: [
          [0, 100],
          [2, 0],
          [4, 0],
        ],
        repeat: true,
      },
    });
    expect(countsAt(t, [4_000, 8_000, 10_000])).toEqual([200, 200, 199]);
  });
});

describe('determinism', () => {
  it('the same document and seed give the same report with a Poisson daily profile', () => {
    const config: SourceInput = {
      arrival: 'poisson',
      profile: {
        type: 'daily',
        peakHour: 1,
        peakRate: 3_000,
        troughHour: 13,
        troughRate: 0,
        startHour: 0.99,
      },
    };
    const a = run(config).advance(20_000).sim.report();
    const b = run(config).advance(20_000).sim.report();
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(a.sources[0]!.recordsProduced).toBeGreaterThan(50_000);
  });
});
