import { describe, expect, it } from 'vitest';
import { allAtZero, timeTicks } from './axisTicks';

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

describe('value axis', () => {
  it('is flat while every line is at zero or has no sample yet', () => {
    expect(
      allAtZero(
        [
          { t: 1000, a: 0, b: null },
          { t: 2000, a: 0, b: 0 },
        ],
        ['a', 'b'],
      ),
    ).toBe(true);
    expect(allAtZero([{ t: 1000, a: 0, b: 3 }], ['a', 'b'])).toBe(false);
    // A line the chart does not draw does not count.
    expect(allAtZero([{ t: 1000, a: 0, hidden: 5 }], ['a'])).toBe(true);
  });
});
