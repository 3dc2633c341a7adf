import { describe, expect, it } from 'vitest';
import type { ChartRow, LineSpec } from './chartRows';
import { tooltipEntries } from './tooltipEntries';

const rows: ChartRow[] = [
  { t: 1000, p0: 100, c0: null },
  { t: 2000, p0: 120, c0: 90 },
];
const lines: LineSpec[] = [
  { key: 'p0', name: 'orders produced', color: '#4e79a7', dashed: false },
  { key: 'c0', name: 'orders consumed', color: '#4e79a7', dashed: true },
];

describe('chart tooltip entries', () => {
  it('lists each line’s value at the hovered sample, named and coloured as the line', () => {
    expect(tooltipEntries(rows, lines, 2000).map((e) => [e.name, e.value, e.color])).toEqual([
      ['orders produced', 120, '#4e79a7'],
      ['orders consumed', 90, '#4e79a7'],
    ]);
  });

  it('leaves out a line without a sample there, and lists nothing between samples', () => {
    expect(tooltipEntries(rows, lines, 1000).map((e) => e.name)).toEqual(['orders produced']);
    expect(tooltipEntries(rows, lines, 1500)).toEqual([]);
  });
});
