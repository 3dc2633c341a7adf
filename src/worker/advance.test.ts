import { describe, expect, it } from 'vitest';
import { TestClock } from '../protocol/testClock.testing';
import { advanceWithinBudget, CHUNK_MS, WORK_BUDGET_MS } from './advance';

describe('advanceWithinBudget', () => {
  it('steps everything asked for, in chunks of at most CHUNK_MS, when the engine keeps up', () => {
    const steps: number[] = [];
    const done = advanceWithinBudget({ step: (ms) => steps.push(ms) }, 2 * CHUNK_MS + 100, new TestClock());
    expect(done).toBe(2 * CHUNK_MS + 100);
    expect(steps).toEqual([CHUNK_MS, CHUNK_MS, 100]);
  });

  it('stops once the tick has used its wall-time budget, leaving the rest undone', () => {
    const clock = new TestClock();
    const slowSim = { step: () => clock.stall(WORK_BUDGET_MS / 2) };
    expect(advanceWithinBudget(slowSim, 10_000, clock)).toBe(2 * CHUNK_MS);
  });
});
