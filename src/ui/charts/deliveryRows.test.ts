import { describe, expect, it } from 'vitest';
import type { ChartSeries, DeliverySeries } from '../../protocol/messages';
import { deliveryChart, nothingWentWrong } from './deliveryRows';
import { DELIVERY_COLORS } from './palette';

const zeros = (): DeliverySeries => ({
  lost: [0, 0, 0],
  duplicated: [0, 0, 0],
  failed: [0, 0, 0],
  redelivered: [0, 0, 0],
  outOfOrder: [0, 0, 0],
});

const withDelivery = (delivery: DeliverySeries): ChartSeries => ({
  timeMs: [1000, 2000, 3000],
  topics: [],
  groups: [],
  partitionLag: null,
  delivery,
});

describe('the delivery chart', () => {
  // A leader change at 2 s lost 40 acknowledged records; a consumer crash at 3 s had 12 processed again.
  const series = withDelivery({ ...zeros(), lost: [0, 40, 40], redelivered: [0, 0, 12] });

  it("lists the sources' figures in the legend, losses first, then the groups'", () => {
    const { legend } = deliveryChart(series);
    const names = ['lost', 'duplicated', 'failed', 'redelivered', 'out of order'];
    expect(legend.map((l) => l.name)).toEqual(names);
    expect(legend.map((l) => l.color)).toEqual([
      DELIVERY_COLORS.lost,
      DELIVERY_COLORS.duplicated,
      DELIVERY_COLORS.failed,
      DELIVERY_COLORS.redelivered,
      DELIVERY_COLORS.outOfOrder,
    ]);
    expect(new Set(legend.map((l) => l.color)).size).toBe(5);
    expect(legend.map((l) => l.title)).toEqual([
      'acknowledged records gone after a leader with a shorter log took over',
      'records a producer retry wrote twice (no idempotence)',
      'records a producer gave up on: timed out or refused',
      'records a group processed again after a crash or rebalance',
      'records a group received after a later one of the same producer',
    ]);
  });

  it('draws losses last, so where lines meet (at zero, mostly) the red one shows', () => {
    const { lines } = deliveryChart(series);
    expect(lines.map((l) => l.name)).toEqual(['out of order', 'redelivered', 'failed', 'duplicated', 'lost']);
    expect(lines.at(-1)!.color).toBe(DELIVERY_COLORS.lost);
    expect(lines.every((l) => !l.dashed)).toBe(true);
  });

  it('gives one row per sample with every running total', () => {
    const { rows, lines } = deliveryChart(series);
    const key = (name: string) => lines.find((l) => l.name === name)!.key;
    expect(rows.map((r) => r.t)).toEqual([1000, 2000, 3000]);
    expect(rows.map((r) => r[key('lost')])).toEqual([0, 40, 40]);
    expect(rows.map((r) => r[key('redelivered')])).toEqual([0, 0, 12]);
    expect(rows[2]![key('failed')]).toBe(0);
  });

  it('says nothing went wrong only while every line is at zero', () => {
    expect(nothingWentWrong(zeros())).toBe(true);
    expect(nothingWentWrong(series.delivery)).toBe(false);
    expect(nothingWentWrong({ ...zeros(), failed: [0, 0, 1] })).toBe(false);
  });
});
