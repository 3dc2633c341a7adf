import { describe, expect, it } from 'vitest';
import { splitTop, sumSeries } from './topSeries';

const lines = [
  { name: 'a', v: [1, 1, 1] }, // 3
  { name: 'b', v: [0, 10, 0] }, // 10
  { name: 'c', v: [2, 2, 2] }, // 6
  { name: 'd', v: [5, 0, 1] }, // 6
  { name: 'e', v: [0, 0, 0] }, // 0
];

describe('splitTop', () => {
  it('keeps the highest totals in their original order, ties to the earlier', () => {
    const { top, rest } = splitTop(lines, 3, (l) => l.v);
    expect(top.map((l) => l.name)).toEqual(['b', 'c', 'd']);
    expect(rest.map((l) => l.name)).toEqual(['a', 'e']);
  });

  it('keeps everything when there are no more than the limit', () => {
    const { top, rest } = splitTop(lines, 5, (l) => l.v);
    expect(top.map((l) => l.name)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(rest).toEqual([]);
  });
});

describe('sumSeries', () => {
  it('sums the rest sample by sample and counts them', () => {
    // b and c are kept (c ties with d and comes first): a + d + e.
    const { rest } = splitTop(lines, 2, (l) => l.v);
    expect(sumSeries(rest, 3, (l) => l.v)).toEqual({ count: 3, values: [6, 1, 2] });
  });

  it('is null when nothing is left over', () => {
    expect(sumSeries([], 3, (l: { v: number[] }) => l.v)).toBeNull();
  });
});
