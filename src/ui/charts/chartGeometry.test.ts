import { describe, expect, it } from 'vitest';
import { chartGeometry, nearestRow, niceStep, timeTickValues, valueTicks } from './chartGeometry';
import type { LineSpec } from './chartRows';

const rows = (...t: number[]) => t.map((time) => ({ t: time }));
const line = (key: string): LineSpec => ({ key, name: key, color: '#000', dashed: false });

describe('time axis labels', () => {
  it('labels the first, middle and last samples', () => {
    expect(timeTickValues(rows(1000, 2000, 3000, 4000, 5000))).toEqual([1000, 3000, 5000]);
    expect(timeTickValues(rows(1000, 2000, 3000, 4000))).toEqual([1000, 2000, 4000]);
  });

  it('labels every sample while there are fewer than three, and none without samples', () => {
    expect(timeTickValues(rows(1000, 2000))).toEqual([1000, 2000]);
    expect(timeTickValues(rows(1000))).toEqual([1000]);
    expect(timeTickValues([])).toEqual([]);
  });
});

describe('value axis', () => {
  it('steps of 1, 2, 2.5 or 5 times a power of ten', () => {
    expect([0.7, 1, 1.2, 2.2, 3, 6, 7_499, 7_501, 40_000].map(niceStep)).toEqual([
      1, 1, 2, 2.5, 5, 10, 10_000, 10_000, 50_000,
    ]);
    expect(niceStep(7_400)).toBe(10_000);
    expect(niceStep(240)).toBe(250);
  });

  it('0 and two whole steps reaching the highest value; 0..1 while everything is at zero', () => {
    expect(valueTicks(14_800)).toEqual([0, 10_000, 20_000]);
    expect(valueTicks(15_000)).toEqual([0, 10_000, 20_000]);
    expect(valueTicks(9_000)).toEqual([0, 5_000, 10_000]);
    expect(valueTicks(480)).toEqual([0, 250, 500]);
    expect(valueTicks(1)).toEqual([0, 1, 2]);
    expect(valueTicks(0)).toEqual([0, 1]);
  });
});

describe('chart geometry', () => {
  const data = [
    { t: 1000, a: 0, b: null },
    { t: 2000, a: 500, b: 100 },
    { t: 3000, a: 1000, b: 200 },
  ];

  it('places the samples between the margins and the highest value under the top label', () => {
    const g = chartGeometry(data, [line('a'), line('b')], 252, 124);
    // Plot box: 52..236 across, 8..100 down; values 0..1000 in steps of 500.
    expect([g.left, g.right, g.top, g.bottom]).toEqual([52, 236, 8, 100]);
    expect(g.valueTicks).toEqual([
      { value: 0, at: 100 },
      { value: 500, at: 54 },
      { value: 1000, at: 8 },
    ]);
    expect(g.timeTicks.map((t) => t.at)).toEqual([52, 144, 236]);
    expect(g.paths).toEqual(['M52,100L144,54L236,8', 'M144,90.8L236,81.6']);
  });

  it('keeps a lone sample in the middle, and a flat chart on a 0..1 axis', () => {
    const g = chartGeometry([{ t: 5000, a: 0 }], [line('a')], 252, 124);
    expect(g.timeTicks).toEqual([{ value: 5000, at: 144 }]);
    expect(g.valueTicks.map((t) => t.value)).toEqual([0, 1]);
    expect(g.paths).toEqual(['M144,100']);
  });

  it('finds the sample nearest the pointer', () => {
    const g = chartGeometry(data, [line('a')], 252, 124);
    expect(nearestRow(data, g, 60)?.t).toBe(1000);
    expect(nearestRow(data, g, 180)?.t).toBe(2000);
    expect(nearestRow(data, g, 500)?.t).toBe(3000);
    expect(nearestRow([], g, 60)).toBeUndefined();
  });
});
