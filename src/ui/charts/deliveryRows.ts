// The delivery chart: what went wrong with records so far, a line for each way it can go wrong, so a
// run reads at a glance as at-most-once (losses), at-least-once (duplicates) or neither.
import type { ChartSeries, DeliverySeries } from '../../protocol/messages';
import { toRows, type ChartData, type LegendItem, type LineSpec } from './chartRows';
import { DELIVERY_COLORS } from './palette';

interface DeliveryLine {
  figure: keyof DeliverySeries;
  name: string;
  /** What the line counts, for the legend's tooltip. */
  title: string;
}

/**
 * In the legend's order: the sources' figures (losses first), then the groups'. Three short names and
 * two, so a narrow card's legend breaks into two lines between the two sides.
 */
const DELIVERY_LINES: readonly DeliveryLine[] = [
  {
    figure: 'lost',
    name: 'lost',
    title: 'acknowledged records gone after a leader with a shorter log took over',
  },
  {
    figure: 'duplicated',
    name: 'duplicated',
    title: 'records a producer retry wrote twice (no idempotence)',
  },
  { figure: 'failed', name: 'failed', title: 'records a producer gave up on: timed out or refused' },
  {
    figure: 'redelivered',
    name: 'redelivered',
    title: 'records a group processed again after a crash or rebalance',
  },
  {
    figure: 'outOfOrder',
    name: 'out of order',
    title: 'records a group received after a later one of the same producer',
  },
];

/**
 * Running totals of lost, duplicated, failed, redelivered and out-of-order records. Lines at the same
 * value overlap, so they are drawn in reverse: losses, the worst, stay on top.
 */
export function deliveryChart(series: ChartSeries): ChartData {
  const columns = DELIVERY_LINES.map((line, i) => ({ key: `d${i}`, values: series.delivery[line.figure] }));
  const inOrder: LineSpec[] = DELIVERY_LINES.map((line, i) => ({
    key: `d${i}`,
    name: line.name,
    color: DELIVERY_COLORS[line.figure],
    dashed: false,
  }));
  const legend: LegendItem[] = DELIVERY_LINES.map((line, i) => ({
    name: line.name,
    color: inOrder[i]!.color,
    title: line.title,
  }));
  return { rows: toRows(series.timeMs, columns), lines: [...inOrder].reverse(), legend };
}

/** True while every line is at zero everywhere: no record lost, duplicated, out of order or failed. */
export function nothingWentWrong(delivery: DeliverySeries): boolean {
  return DELIVERY_LINES.every(({ figure }) => delivery[figure].every((v) => v === 0));
}
