// The load profile as a function of simulated time: target rates and expected counts, worked by hand.
import { describe, expect, it } from 'vitest';
import { loadProfileSchema } from '../model/loadProfile';
import { profileRateAt, profileRates, RateProfile } from './rateProfile';

const profileOf = (input: unknown, rate = 100) => RateProfile.of(loadProfileSchema.parse(input), rate)!;
const H = 3_600_000;

describe('RateProfile', () => {
  it('constant has none: Arrivals keeps its own path', () => {
    expect(RateProfile.of({ type: 'constant' }, 100)).toBeNull();
  });

  it('step: 100/s until 10 s, then 500/s; record 1000 at 10 s, record 1500 at 11 s', () => {
    const p = profileOf({ type: 'step', stepAtMs: 10_000, stepRate: 500 });
    expect([p.rateAt(0), p.rateAt(9_999), p.rateAt(10_000)]).toEqual([100, 100, 500]);
    expect([p.countAt(5_000), p.countAt(10_000), p.countAt(20_000)]).toEqual([500, 1000, 6000]);
    expect([p.timeOfCount(1), p.timeOfCount(1000), p.timeOfCount(1500)]).toEqual([10, 10_000, 11_000]);
  });

  it('step to zero: no record after the step, ever', () => {
    const p = profileOf({ type: 'step', stepAtMs: 2_000, stepRate: 0 });
    expect(p.timeOfCount(200)).toBe(2_000);
    expect(p.timeOfCount(200.5)).toBe(Infinity);
  });

  it('spike: 2,000/s for 3 s from 5 s, then 100/s again', () => {
    const p = profileOf({ type: 'spike', spikeAtMs: 5_000, spikeDurationMs: 3_000, spikeRate: 2_000 });
    expect([p.rateAt(4_999), p.rateAt(5_000), p.rateAt(7_999), p.rateAt(8_000)]).toEqual([
      100, 2000, 2000, 100,
    ]);
    expect(p.countAt(10_000)).toBe(500 + 6_000 + 200);
  });

  it('trace: piecewise constant, the last rate holding; repeating, the last point closes the loop', () => {
    const points = [
      [0, 10],
      [5, 0],
      [10, 40],
    ];
    const once = profileOf({ type: 'trace', points });
    expect([once.rateAt(4_999), once.rateAt(5_000), once.rateAt(60_000)]).toEqual([10, 0, 40]);
    expect(once.countAt(20_000)).toBe(50 + 0 + 400);
    // Record 50 arrives at 5 s (the end of the first span), record 51 once the rate is back, 25 ms after 10 s.
    expect([once.timeOfCount(50), once.timeOfCount(51)]).toEqual([5_000, 10_025]);
    const loop = profileOf({ type: 'trace', points, repeat: true });
    expect([loop.rateAt(10_000), loop.rateAt(12_000), loop.rateAt(17_000)]).toEqual([10, 10, 0]);
    expect(loop.countAt(30_000)).toBe(150);
    expect(loop.timeOfCount(100)).toBe(15_000);
  });

  it('daily: peak at 14:00, trough at 04:00, the mean of the two over a day, smooth in between', () => {
    const p = profileOf({ type: 'daily', peakHour: 14, peakRate: 1000, troughHour: 4, troughRate: 200 });
    expect(p.rateAt(14 * H)).toBeCloseTo(1000, 9);
    expect(p.rateAt(4 * H)).toBeCloseTo(200, 9);
    // Halfway up (09:00) and halfway down (21:00, 10 h after the peak's 14 h) the rate is the mean.
    expect(p.rateAt(9 * H)).toBeCloseTo(600, 9);
    expect(p.rateAt(21 * H)).toBeCloseTo(600, 9);
    expect(p.rateAt(38 * H)).toBeCloseTo(1000, 9);
    expect(p.countAt(24 * H) - p.countAt(0)).toBeCloseTo(600 * 86_400, 3);
    // The inverse finds the time of a count to within a microsecond.
    for (const t of [0, 3 * H, 4 * H, 9.5 * H, 14 * H, 23.9 * H, 30 * H]) {
      expect(p.timeOfCount(p.countAt(t))).toBeCloseTo(t, 3);
    }
  });

  it('daily with startHour: time zero is that hour; a trough of zero still lets records through', () => {
    const p = profileOf({
      type: 'daily',
      peakHour: 12,
      peakRate: 500,
      troughHour: 0,
      troughRate: 0,
      startHour: 12,
    });
    expect(p.rateAt(0)).toBeCloseTo(500, 9);
    expect(p.rateAt(12 * H)).toBeCloseTo(0, 9);
    const atTrough = p.countAt(12 * H);
    expect(p.timeOfCount(atTrough + 1)).toBeGreaterThan(12 * H);
    expect(p.timeOfCount(atTrough + 1)).toBeLessThan(13 * H);
  });
});

describe('profileRates', () => {
  it('samples the profile evenly for a preview; constant is flat at the rate', () => {
    const step = loadProfileSchema.parse({ type: 'step', stepAtMs: 10_000, stepRate: 500 });
    expect(profileRates(step, 100, 0, 20_000, 5)).toEqual([100, 100, 500, 500, 500]);
    expect(profileRates({ type: 'constant' }, 70, 0, 1, 3)).toEqual([70, 70, 70]);
    expect(profileRateAt(step, 100, 9_000)).toBe(100);
  });
});
