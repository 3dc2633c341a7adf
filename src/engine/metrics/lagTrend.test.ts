// The lag trend from a least-squares line: the saw-tooth auto-commit makes of a steady lag is not a trend,
// and a lag falling by about 1,000 records/s under a 10,000-record saw-tooth is draining.
import { describe, expect, it } from 'vitest';
import { Series } from './series';
import { fitLine, lagTrend, minimumSamples, spanSamples, type LagTrendInput } from './lagTrend';

const seriesOf = (values: number[]) => {
  const s = new Series(600);
  for (const v of values) s.push(v);
  return s;
};

/**
 * Committed lag sampled every second while producers append `produced`/s and consumers process `consumed`/s
 * and auto-commit every 5 s (auto.commit.interval.ms, ConsumerConfig's default): between commits the lag
 * climbs by the production rate, at each commit it drops by what was processed since the last one.
 */
function autoCommitLag(start: number, produced: number, consumed: number, seconds: number): number[] {
  const out: number[] = [];
  for (let t = 0; t < seconds; t++)
    out.push(Math.round(start + produced * (t + 1) - consumed * 5 * Math.floor(t / 5)));
  return out;
}

const input = (lag: number[], over: Partial<LagTrendInput> = {}): LagTrendInput => ({
  lag: seriesOf(lag),
  measuredSamples: lag.length,
  intervalMs: 1000,
  commitIntervalMs: 5000,
  backlog: lag[lag.length - 1]!,
  consumed: undefined,
  produced: [],
  ...over,
});

describe('fitLine', () => {
  it('finds the slope of a straight line and no noise around it', () => {
    const fit = fitLine(seriesOf([10, 13, 16, 19, 22]), 5);
    expect(fit.slope).toBeCloseTo(3, 10);
    expect(fit.noise).toBeCloseTo(0, 10);
  });
});

describe('lagTrend', () => {
  it('says nothing until it has more than one auto-commit interval of samples', () => {
    // 5 s auto-commit at 1 s samples: 6 samples make one whole saw-tooth and one more sample.
    expect(minimumSamples(1000, 5000)).toBe(6);
    expect(minimumSamples(1000, 0)).toBe(5);
    const lag = autoCommitLag(1000, 1000, 1000, 5);
    expect(lagTrend(input(lag)).trend).toBe('measuring');
    // Samples taken before the group first committed do not count.
    expect(lagTrend(input([0, 0, 0, 0, 0, ...lag], { measuredSamples: 5 })).trend).toBe('measuring');
  });

  it('reads a steady saw-tooth as steady at every span length and phase', () => {
    // Consumers keep up with 1,000 records/s: the committed lag climbs to 5,000 and drops to 1,000 at
    // each commit, as the engine's does (see lagTrendRun.test.ts).
    const lag = autoCommitLag(0, 1000, 1000, 40);
    for (let n = 6; n <= 40; n++) {
      for (let phase = 0; phase < 5; phase++) {
        const part = lag.slice(phase, phase + n);
        if (part.length < n) continue;
        expect(lagTrend(input(part)).trend, `${n} samples from ${phase}`).toBe('steady');
      }
    }
  });

  it('reads a lag falling from 414,406 to 386,398 over 27 s as draining, with a drain time', () => {
    // Producers 1,000/s, consumers 1,833.6/s with auto-commit every 5 s: a drain under way for 40 s
    // before the 27 s watched, the lag 414,406 at the first of them and 386,398 at the last, under a
    // saw-tooth 9,168 records deep. The old 15% threshold read it "growing", then "steady", and never gave
    // a drain time.
    const lagAt = (t: number) => 405_238 + 1000 * t - 5 * 1833.6 * Math.floor((t - 1) / 5);
    const history: number[] = [];
    for (let t = -40; t <= 27; t++) history.push(Math.round(lagAt(t)));
    expect(history[40]).toBe(414_406);
    expect(history[67]).toBe(386_398);
    const rates = (v: number) => seriesOf(new Array<number>(68).fill(v));
    for (let watched = 0; watched <= 27; watched++) {
      const lag = history.slice(0, 41 + watched);
      const result = lagTrend(
        input(lag, { consumed: rates(1833.6), produced: [rates(1000)], backlog: lag[lag.length - 1]! }),
      );
      expect(result.trend, `${watched} s in`).toBe('draining');
      // The line falls about 834 records/s (1,000 in, 1,833.6 out).
      expect(result.slopePerSec).toBeGreaterThan(-1100);
      expect(result.slopePerSec).toBeLessThan(-600);
    }
    // At the last reading: the backlog over the net rate, 386,398 / 833.6 = 463.5 s.
    const last = lagTrend(
      input(history, { consumed: rates(1833.6), produced: [rates(1000)], backlog: 386_398 }),
    );
    expect(last.timeToDrainMs).toBe(463_529);
  });

  it('falls back to the lag over its fitted fall when the rates do not show consumers ahead', () => {
    const lag = [10_000, 9_000, 8_000, 7_000, 6_000, 5_000];
    const result = lagTrend(input(lag, { commitIntervalMs: 0 }));
    expect(result.trend).toBe('draining');
    expect(result.timeToDrainMs).toBe(5_000);
  });

  it('reads a growing lag as growing and a zero lag as caught up', () => {
    expect(lagTrend(input(autoCommitLag(0, 1000, 600, 20))).trend).toBe('growing');
    expect(lagTrend(input([0, 0, 0, 0, 0, 0])).trend).toBe('caught-up');
  });

  it('judges samples 10 s apart (the fluid mode) over eight of them, so the jitter of a steady lag is no trend', () => {
    // 20 s would be two samples and three commit intervals two: the floor of eight is the span.
    expect(spanSamples(10_000, 5000)).toBe(8);
    expect(spanSamples(1000, 5000)).toBe(20);
    // A steady lag of about 4,000 records, sampled at 10 s, wandering by up to 60 records between samples.
    const lag = [4010, 3990, 4030, 3970, 4040, 3985, 4000, 4050, 3995, 4020];
    expect(lagTrend(input(lag, { intervalMs: 10_000 })).trend).toBe('steady');
    // The same jitter on a lag rising by 100 records per sample (10 records/s) is growing.
    const rising = lag.map((v, i) => v + 100 * i);
    expect(lagTrend(input(rising, { intervalMs: 10_000 })).trend).toBe('growing');
  });
});
