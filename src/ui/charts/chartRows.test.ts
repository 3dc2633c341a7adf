import { describe, expect, it } from 'vitest';
import type { ChartSeries } from '../../protocol/messages';
import {
  MAX_POINTS,
  OTHERS_COLOR,
  distinctGroupColors,
  formatAxisCount,
  groupLagChart,
  partitionLagChart,
  throughputChart,
  toRows,
} from './chartRows';
import { indexMap, pairsToMap } from './chartSelectors';
import { groupColour, SERIES_COLORS, seriesColor } from './palette';

const series: ChartSeries = {
  timeMs: [1000, 2000, 3000],
  topics: [
    { name: 'orders', produced: [100, 120, 110], consumed: [90, 100, 105] },
    { name: 'payments', produced: [5, 6], consumed: [5, 5] },
  ],
  groups: [
    { node: 'billing', groupId: 'billing-group', lag: [10, 30, 25] },
    { node: 'ghost', groupId: 'ghost-group', lag: [0, 0, 0] },
  ],
  partitionLag: {
    node: 'billing',
    partitions: [
      { label: 'orders-0', lag: [4, 10, 9] },
      { label: 'orders-1', lag: [6, 20, 16] },
    ],
  },
  delivery: {
    lost: [0, 0, 0],
    duplicated: [0, 0, 0],
    failed: [0, 0, 0],
    redelivered: [0, 0, 0],
    outOfOrder: [0, 0, 0],
  },
};

describe('chart rows', () => {
  it('gives one row per sample time, a column per line', () => {
    const { rows, lines } = throughputChart(series, indexMap(['payments', 'orders']));
    expect(rows[0]).toEqual({ t: 1000, p0: 100, c0: 90, p1: null, c1: null });
    expect(rows[2]).toEqual({ t: 3000, p0: 110, c0: 105, p1: 6, c1: 5 });
    expect(lines.map((l) => [l.key, l.name, l.dashed])).toEqual([
      ['p0', 'orders produced', false],
      ['c0', 'orders consumed', true],
      ['p1', 'payments produced', false],
      ['c1', 'payments consumed', true],
    ]);
  });

  it('colours a topic by its place in the design, the same for produced and consumed', () => {
    const { lines, legend } = throughputChart(series, indexMap(['payments', 'orders']));
    expect(lines[0]!.color).toBe(seriesColor(1));
    expect(lines[1]!.color).toBe(seriesColor(1));
    expect(lines[2]!.color).toBe(seriesColor(0));
    expect(legend).toEqual([
      { name: 'orders', color: seriesColor(1) },
      { name: 'payments', color: seriesColor(0) },
    ]);
  });

  it('aligns a series that started late on the newest sample', () => {
    expect(toRows([0, 1000, 2000], [{ key: 'a', values: [7] }])).toEqual([
      { t: 0, a: null },
      { t: 1000, a: null },
      { t: 2000, a: 7 },
    ]);
  });

  it('keeps at most MAX_POINTS samples, the newest ones', () => {
    const n = MAX_POINTS + 50;
    const timeMs = Array.from({ length: n }, (_, i) => i * 1000);
    const rows = toRows(timeMs, [{ key: 'a', values: timeMs.map((t) => t / 1000) }]);
    expect(rows).toHaveLength(MAX_POINTS);
    expect(rows[0]).toEqual({ t: 50_000, a: 50 });
    expect(rows.at(-1)).toEqual({ t: (n - 1) * 1000, a: n - 1 });
  });

  it('names group lines after their node, falling back to the group id', () => {
    const { rows, lines } = groupLagChart(series, pairsToMap(['billing', 'Billing']));
    expect(lines.map((l) => l.name)).toEqual(['Billing', 'ghost-group']);
    expect(lines.map((l) => l.color)).toEqual([groupColour('billing'), groupColour('ghost')]);
    expect(rows[1]).toEqual({ t: 2000, g0: 30, g1: 0 });
  });

  it('draws partition lag only for the group it belongs to', () => {
    const chart = partitionLagChart(series, 'billing');
    expect(chart.lines.map((l) => l.name)).toEqual(['orders-0', 'orders-1']);
    expect(chart.rows[2]).toEqual({ t: 3000, q0: 9, q1: 16 });
    expect(partitionLagChart(series, 'ghost').lines).toEqual([]);
    expect(partitionLagChart({ ...series, partitionLag: null }, 'billing').rows).toEqual([]);
  });

  it('formats axis ticks compactly', () => {
    expect(formatAxisCount(950)).toBe('950');
    expect(formatAxisCount(12_300)).toBe('12.3K');
    expect(formatAxisCount(2_000_000)).toBe('2M');
  });
});

describe('one colour language', () => {
  it("draws each partition in its owner's colour, a member's second partition dashed, an unowned one grey", () => {
    const partitions = ['orders-0', 'orders-1', 'orders-2'].map((label) => ({ label, lag: [1] }));
    const owners = new Map([
      ['orders-0', '#4e79a7'],
      ['orders-1', '#4e79a7'],
    ]);
    const chart = partitionLagChart(
      { ...series, timeMs: [1000], partitionLag: { node: 'billing', partitions } },
      'billing',
      owners,
    );
    expect(chart.lines.map((l) => [l.name, l.color, l.dashed])).toEqual([
      ['orders-0', '#4e79a7', false],
      ['orders-1', '#4e79a7', true],
      ['orders-2', OTHERS_COLOR, false],
    ]);
  });
});

describe('many partitions', () => {
  it('dashes the lines that repeat a palette colour', () => {
    const partitions = Array.from({ length: 12 }, (_, p) => ({ label: `orders-${p}`, lag: [p] }));
    const chart = partitionLagChart(
      { ...series, timeMs: [1000], partitionLag: { node: 'billing', partitions } },
      'billing',
    );
    expect(chart.lines.filter((l) => l.dashed).map((l) => l.name)).toEqual(['orders-10', 'orders-11']);
    expect(chart.lines[10]!.color).toBe(chart.lines[0]!.color);
    expect(chart.legend[10]).toEqual({ name: 'orders-10', color: seriesColor(0), dashed: true });
  });
});

describe('the busiest series and "others"', () => {
  it('draws the summed partitions as one grey dashed line after the partitions drawn one by one', () => {
    const chart = partitionLagChart(
      {
        ...series,
        partitionLag: {
          ...series.partitionLag!,
          others: { count: 990, values: [40, 50, 60] },
        },
      },
      'billing',
    );
    expect(chart.lines.map((l) => l.name)).toEqual(['orders-0', 'orders-1', '990 other partitions']);
    expect(chart.lines[2]).toMatchObject({ color: OTHERS_COLOR, dashed: true });
    expect(chart.rows[1]).toEqual({ t: 2000, q0: 10, q1: 20, o: 50 });
  });

  it('sums the other groups into one line and the other topics into one pair', () => {
    const withOthers: ChartSeries = {
      ...series,
      otherGroups: { count: 1, values: [7, 8, 9] },
      otherTopics: { count: 24, produced: [1000, 1100, 1200], consumed: [900, 1000, 1100] },
    };
    const lag = groupLagChart(withOthers, pairsToMap(['billing', 'Billing']));
    expect(lag.lines.at(-1)!.name).toBe('1 other group');
    expect(lag.rows[2]!['o']).toBe(9);
    const throughput = throughputChart(withOthers, indexMap(['orders', 'payments']));
    expect(throughput.lines.slice(-2).map((l) => l.name)).toEqual([
      '24 other topics produced',
      '24 other topics consumed',
    ]);
    expect(throughput.legend.at(-1)).toMatchObject({ name: '24 other topics', color: OTHERS_COLOR });
    expect(throughput.rows[0]).toMatchObject({ po: 1000, co: 900 });
  });
});

describe('group colours', () => {
  it("keeps each group's lane colour and moves a clashing one to the next free colour", () => {
    const colors = distinctGroupColors(['billing', 'billing', 'audit']);
    expect(colors[0]).toBe(groupColour('billing'));
    expect(colors[1]).toBe(seriesColor(SERIES_COLORS.indexOf(groupColour('billing')) + 1));
    expect(new Set(colors).size).toBe(3);
  });

  it('gives the article pipeline four different group colours', () => {
    expect(new Set(distinctGroupColors(['database', 'analytics', 'email', 'search'])).size).toBe(4);
  });
});
