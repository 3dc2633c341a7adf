import { describe, expect, it } from 'vitest';
import { Rng } from './rng';

describe('Rng', () => {
  it('gives the same sequence for the same seed and a different one for another seed', () => {
    const a = new Rng(1),
      b = new Rng(1),
      c = new Rng(2);
    const seqA = Array.from({ length: 5 }, () => a.nextU32());
    const seqB = Array.from({ length: 5 }, () => b.nextU32());
    const seqC = Array.from({ length: 5 }, () => c.nextU32());
    expect(seqA).toEqual(seqB);
    expect(seqA).not.toEqual(seqC);
  });

  it('draws integers uniformly: 100k draws over 10 buckets stay within 3% of 10k each', () => {
    const rng = new Rng(42);
    const counts = new Array<number>(10).fill(0);
    for (let i = 0; i < 100_000; i++) counts[rng.nextInt(10)]!++;
    for (const n of counts) expect(Math.abs(n - 10_000)).toBeLessThan(300);
  });

  it('draws exponential gaps whose mean is the requested mean', () => {
    const rng = new Rng(7);
    let sum = 0;
    for (let i = 0; i < 100_000; i++) sum += rng.nextExponential(4);
    expect(sum / 100_000).toBeCloseTo(4, 1);
  });
});
