import { describe, expect, it } from 'vitest';
import type { ChartRow } from './chartRows';
import { linePath, topOf } from './linePath';

const rows: ChartRow[] = [
  { t: 1000, a: 10, b: null },
  { t: 2000, a: 20, b: 5 },
  { t: 3000, a: null, b: 7 },
  { t: 4000, a: 40, b: 9 },
  { t: 5000, a: 50.04, b: 2 },
];
// One pixel per millisecond across, one per unit down from 100.
const x = (t: number) => t / 1000;
const y = (v: number) => 100 - v;

describe('chart line paths', () => {
  it('draws straight segments through the samples, in pixels rounded to a tenth', () => {
    expect(linePath(rows, 'b', x, y)).toBe('M2,95L3,93L4,91L5,98');
  });

  it('lifts the pen over a missing sample, as recharts does without connectNulls', () => {
    expect(linePath(rows, 'a', x, y)).toBe('M1,90L2,80M4,60L5,50');
  });

  it('skips a value the scale cannot place', () => {
    const clipped = (v: number) => (v > 30 ? undefined : 100 - v);
    expect(linePath(rows, 'a', x, clipped)).toBe('M1,90L2,80');
  });

  it('draws nothing for a line without samples', () => {
    expect(linePath(rows, 'c', x, y)).toBe('');
  });

  it('knows each sample’s highest value, so the value axis reaches every line', () => {
    expect(rows.map((r) => topOf(r, ['a', 'b']))).toEqual([10, 20, 7, 40, 50.04]);
    expect(topOf({ t: 0, a: null }, ['a'])).toBeNull();
  });
});
