import { describe, expect, it } from 'vitest';
import { TestSim } from '../engine/sim/sim.testing';
import { progressLine, runWithProgress } from './progress';

/** A simulation stand-in that records how far it was asked to run, and a clock that moves 400 ms a look. */
function fixture() {
  const runs: number[] = [];
  let wall = 0;
  const lines: string[] = [];
  return {
    runs,
    lines,
    sim: { runUntil: (t: number) => void runs.push(t) },
    options: { intervalMs: 1000, now: () => (wall += 400), write: (l: string) => void lines.push(l) },
  };
}

describe('runWithProgress', () => {
  it('runs a simulated second at a time to the end, the last chunk short', () => {
    const f = fixture();
    runWithProgress(f.sim, 3500, f.options);
    expect(f.runs).toEqual([1000, 2000, 3000, 3500]);
  });

  it('writes a line each time a wall interval has passed, never after the run ends', () => {
    const f = fixture();
    // The clock reads 400 at the start, then 800, 1,200, 1,600 after the first three simulated seconds: a line
    // at 1,600 (1,200 ms after the start, the first look an interval on), then every third second.
    runWithProgress(f.sim, 12_000, f.options);
    expect(f.lines).toEqual([
      'simulated 3.0 s of 12.0 s (25%), 1.2 s elapsed',
      'simulated 6.0 s of 12.0 s (50%), 2.4 s elapsed',
      'simulated 9.0 s of 12.0 s (75%), 3.6 s elapsed',
    ]);
  });

  it('writes nothing on a run shorter than the interval', () => {
    const f = fixture();
    runWithProgress(f.sim, 2000, f.options);
    expect(f.lines).toEqual([]);
  });

  it('gives the same run as one runUntil: the engine carries its ticks across chunks', () => {
    const build = () =>
      new TestSim()
        .topic('orders', { partitions: 3 })
        .source('shop', { rate: 500, arrival: 'poisson' }, ['orders'])
        .sink('billing', {}, ['orders'])
        .start();
    const whole = build();
    whole.sim.runUntil(20_000);
    const chunked = build();
    runWithProgress(chunked.sim, 20_000, { intervalMs: 0, now: () => 0, write: () => {}, chunkMs: 700 });
    expect(JSON.stringify(chunked.sim.report())).toBe(JSON.stringify(whole.sim.report()));
  });
});

describe('progressLine', () => {
  it('reads as a person would say it', () => {
    expect(progressLine(720_000, 3_600_000, 4100)).toBe(
      'simulated 12.0 min of 60.0 min (20%), 4.1 s elapsed',
    );
  });
});
