import { describe, expect, it } from 'vitest';
import { writeBezier } from './bezier';
import { ParticleSystem } from './particleSystem';

/** A pool with one straight 300 px edge per entry of `rates` (particles/s), all at 100 px/s. */
function poolWith(rates: number[], capacity = 1000): ParticleSystem {
  const pool = new ParticleSystem(capacity);
  pool.setEdges(rates.length);
  rates.forEach((rate, i) => {
    writeBezier(pool.geometry, i * 8, 0, i * 100, 'right', 300, i * 100, 'left');
    pool.measure(i, true);
    pool.setFlow(i, rate, 100, i);
  });
  return pool;
}

function run(pool: ParticleSystem, seconds: number, dt = 1 / 60) {
  for (let t = 0; t < seconds - 1e-9; t += dt) pool.step(dt);
}

describe('the particle pool', () => {
  it('spawns at the edge rate and retires particles when they arrive', () => {
    const pool = poolWith([10]);
    run(pool, 5);
    // 300 px at 100 px/s: three seconds on the edge, so about 10 × 3 = 30 alive in the steady state.
    let sum = 0;
    for (let s = 0; s < 60; s++) {
      run(pool, 1);
      sum += pool.count;
    }
    // 1,780 over the 60 samples, 29.7 on average: the spawn gaps are the pool's own seeded exponential draws.
    expect(sum).toBe(1780);
  });

  it('moves particles by length: 100 px/s is a third of a 300 px edge per second', () => {
    const pool = poolWith([5]);
    while (pool.count === 0) pool.step(1 / 60);
    pool.setFlow(0, 0, 100, 0);
    const first = pool.travelled[0]!;
    run(pool, 1);
    expect(pool.count).toBe(1);
    expect(pool.travelled[0]! - first).toBeCloseTo(1 / 3, 3);
  });

  it('spawns nothing on a quiet edge and lets in-flight particles finish', () => {
    const pool = poolWith([5]);
    run(pool, 2);
    const inFlight = pool.count;
    // About 5/s × 2 s; 13 from the pool's seeded spawn gaps.
    expect(inFlight).toBe(13);
    pool.setFlow(0, 0, 0, 0);
    run(pool, 0.5);
    // None has yet been on the edge the 3 s it takes (300 px at 100 px/s): all still in flight.
    expect(pool.count).toBe(inFlight);
    run(pool, 3);
    expect(pool.count).toBe(0);
  });

  it('never holds more than its capacity', () => {
    const pool = poolWith([30, 30, 30, 30], 50);
    run(pool, 3);
    expect(pool.count).toBe(50);
  });

  it('keeps particles on the edges that stay when edges change, and drops the rest', () => {
    const pool = poolWith([5, 8]);
    run(pool, 2);
    const onSecond = Array.from(pool.slot.subarray(0, pool.count)).filter((e) => e === 1).length;
    // About 8/s × 2 s on the second edge and 5/s × 2 s on the first; the pool's seeded spawn gaps give 19 and 5.
    expect(onSecond).toBe(19);
    expect(pool.count).toBe(19 + 5);
    // Edge 0 is deleted, edge 1 becomes slot 0.
    pool.setEdges(1, Int32Array.from([-1, 0]));
    expect(pool.count).toBe(onSecond);
    expect(Array.from(pool.slot.subarray(0, pool.count)).every((e) => e === 0)).toBe(true);
    expect(pool.spawnRate[0]).toBe(8);
  });

  it('retires particles of an edge whose nodes are gone', () => {
    const pool = poolWith([5]);
    run(pool, 2);
    // The same seeded spawns as above: 13 in flight after 2 s at 5/s.
    expect(pool.count).toBe(13);
    pool.measure(0, false);
    pool.step(1 / 60);
    expect(pool.count).toBe(0);
  });

  it('spreads particles over lanes either side of the edge', () => {
    const pool = poolWith([30]);
    run(pool, 2);
    const lanes = Array.from(pool.lane.subarray(0, pool.count));
    // The outermost lanes either side, from the pool's seeded draws (r × |r| for r uniform in [-1, 1)).
    expect(Math.min(...lanes)).toBe(-0.9764791131019592);
    expect(Math.max(...lanes)).toBe(0.9919388890266418);
    expect(lanes.every((l) => l >= -1 && l <= 1)).toBe(true);
  });
});
