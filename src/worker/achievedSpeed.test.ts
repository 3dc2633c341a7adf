import { describe, expect, it } from 'vitest';
import { createSimulation } from '../engine';
import { TestClock } from '../protocol/testClock.testing';
import { AchievedSpeed, SPEED_WINDOW_MS } from './achievedSpeed';
import { parsed } from './testDocs.testing';
import { greetedHost } from './testHost.testing';

describe('AchievedSpeed', () => {
  it('is simulated ms over wall ms across the last 3 s, and says behind only after a whole window', () => {
    const speed = new AchievedSpeed();
    speed.restart(0);
    // Ticks 85 ms apart that each advance 2,000 simulated ms: 23.5x where 100x was asked.
    let wall = 0;
    while (wall + 85 < SPEED_WINDOW_MS) {
      wall += 85;
      speed.record(wall, wall, 2000, 100);
      expect(speed.speed()).toBeNull();
      expect(speed.behind).toBe(false);
    }
    for (let i = 0; i < 40; i++) speed.record(wall + 50, (wall += 85), 2000, 100);
    expect(speed.speed()).toBeCloseTo(2000 / 85, 5);
    expect(speed.behind).toBe(true);
  });

  it('does not flicker: back at 91% of the asked speed it stays behind, at 95% it is caught up', () => {
    const speed = new AchievedSpeed();
    speed.restart(0);
    let wall = 0;
    const run = (ms: number, simPerTick: number) => {
      for (const end = wall + ms; wall < end;) speed.record(wall, (wall += 50), simPerTick, 10);
    };
    run(4000, 400); // 8x of 10x: behind
    expect(speed.behind).toBe(true);
    run(4000, 455); // 9.1x: above 90%, below 95%
    expect(speed.speed()).toBeCloseTo(9.1, 5);
    expect(speed.behind).toBe(true);
    run(4000, 480); // 9.6x
    expect(speed.behind).toBe(false);
  });

  it('starts again when a tick comes over a second late (a suspended worker), instead of counting it as slowness', () => {
    const speed = new AchievedSpeed();
    speed.restart(0);
    let wall = 0;
    for (let i = 0; i < 80; i++) speed.record(wall, (wall += 50), 500, 10);
    expect(speed.speed()).toBeCloseTo(10, 5);
    // The next tick starts 5 s late: measuring starts again from it.
    speed.record(wall + 5000, wall + 5050, 500, 10);
    expect(speed.speed()).toBeNull();
    expect(speed.behind).toBe(false);
  });

  it('counts a tick that itself takes over a second as slowness, not as a stall', () => {
    const speed = new AchievedSpeed();
    speed.restart(0);
    let wall = 0;
    // Each tick steps 250 simulated ms and takes 1.2 s of wall time: 0.2x where 10x was asked.
    for (let i = 0; i < 5; i++) speed.record(wall, (wall += 1200), 250, 10);
    expect(speed.speed()).toBeCloseTo(250 / 1200, 5);
    expect(speed.behind).toBe(true);
  });
});

describe('the worker reports the speed it achieves', () => {
  /** A small design, so the test spends its time on the clock and not on the simulation. */
  const small = parsed({
    format: 'franz.pipeline',
    version: 1,
    nodes: [
      { id: 'shop', kind: 'source', name: 'Shop', config: { rate: 100 } },
      { id: 'orders', kind: 'topic', name: 'orders', config: {} },
    ],
    edges: [{ from: 'shop', to: 'orders' }],
  });

  /**
   * A design on a machine where stepping costs 1 wall ms per 25 simulated ms: a tick may
   * work 35 ms (WORK_BUDGET_MS), so it steps four 250 ms chunks (40 ms) every 50 ms tick: 20x at most.
   */
  function slowMachine() {
    let clock: TestClock | null = null;
    const simulate: typeof createSimulation = (doc, options) => {
      const sim = createSimulation(doc, options);
      const step = sim.step.bind(sim);
      sim.step = (ms: number) => {
        clock!.stall(ms / 25);
        step(ms);
      };
      return sim;
    };
    const host = greetedHost(simulate);
    clock = host.clock;
    host.host.receive({ type: 'load', document: small, seed: 1 });
    return host;
  }

  it('running at 20x; 100x asked: figured from simulated against wall time, after a whole window', () => {
    const { host, clock, last } = slowMachine();
    host.receive({ type: 'speed', factor: 100 });
    host.receive({ type: 'play' });
    clock.advance(1000);
    expect(last('report')).toMatchObject({ speed: 100, achievedSpeed: null, fallingBehind: false });
    clock.advance(4000);
    const report = last('report')!;
    // 5 s of wall time stepped 100 s of simulated time, not the 500 s asked.
    expect(report.report.simulatedMs).toBe(5 * 20 * 1000);
    expect(report.achievedSpeed).toBeCloseTo(20, 0);
    expect(report.fallingBehind).toBe(true);
    host.receive({ type: 'pause' });
    expect(last('report')).toMatchObject({ achievedSpeed: null, fallingBehind: false });
  });

  it('keeps up at 10x on the same machine: no notice', () => {
    const { host, clock, last } = slowMachine();
    host.receive({ type: 'speed', factor: 10 });
    host.receive({ type: 'play' });
    clock.advance(5000);
    expect(last('report')!.achievedSpeed).toBeCloseTo(10, 0);
    expect(last('report')!.fallingBehind).toBe(false);
  });
});
