import { describe, expect, it } from 'vitest';
import { timeTicks } from './axisTicks';

const rows = (...t: number[]) => t.map((time) => ({ t: time }));

describe('time axis labels', () => {
  it('labels the first, middle and last samples', () => {
    expect(timeTicks(rows(1000, 2000, 3000, 4000, 5000))).toEqual([1000, 3000, 5000]);
    expect(timeTicks(rows(1000, 2000, 3000, 4000))).toEqual([1000, 2000, 4000]);
  });

  it('labels every sample while there are fewer than three, and none without samples', () => {
    expect(timeTicks(rows(1000, 2000))).toEqual([1000, 2000]);
    expect(timeTicks(rows(1000))).toEqual([1000]);
    expect(timeTicks([])).toEqual([]);
  });
});
