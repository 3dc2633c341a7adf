// Where a live chart puts everything, worked out in one pass from its rows: the time and value scales, the
// axes' three labels each, the grid and one SVG path per line. Pure, so the numbers are pinned by tests, and
// cheap: a live chart redraws every second, and a general chart library's redraw (its store, selectors and
// measured labels) took 20-90 ms of the main thread per chart on big designs.
import type { ChartRow, LineSpec } from './chartRows';
import { linePath, topOf } from './linePath';

/** Room around the plot, in pixels: the value axis's labels on the left, the time axis's below. */
export const PLOT_MARGIN = { top: 8, right: 16, bottom: 24, left: 52 };

export interface Tick {
  value: number;
  /** Pixel along its axis. */
  at: number;
}

export interface ChartGeometry {
  /** The plot's box inside the chart. */
  left: number;
  top: number;
  right: number;
  bottom: number;
  timeTicks: Tick[];
  valueTicks: Tick[];
  /** One path per line, in the lines' order. */
  paths: string[];
  x: (t: number) => number;
  y: (v: number) => number;
}

/** 1, 2, 2.5, 5 or 10 times a power of ten, at least `raw`: a step a person reads at a glance. */
export function niceStep(raw: number): number {
  if (!(raw > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * power >= raw - 1e-9 * power) return m * power;
  return 10 * power;
}

/**
 * Three labels on the value axis, 0 and two even steps reaching `top` (whole numbers: these are counts);
 * 0 and 1 when nothing rises above zero, the lines at the foot.
 */
export function valueTicks(top: number): number[] {
  if (!(top > 0)) return [0, 1];
  const step = Math.max(1, niceStep(top / 2));
  return [0, step, 2 * step];
}

/** The first, middle and last sample times (fewer with fewer samples): three labels never collide. */
export function timeTickValues(rows: readonly ChartRow[]): number[] {
  const n = rows.length;
  if (n === 0) return [];
  const picks = n < 3 ? rows.map((_, i) => i) : [0, (n - 1) >> 1, n - 1];
  return picks.map((i) => rows[i]!.t);
}

/** The highest value any line reaches over the rows (0 when none has one). */
export function highest(rows: readonly ChartRow[], keys: readonly string[]): number {
  let top = 0;
  for (const row of rows) top = Math.max(top, topOf(row, keys) ?? 0);
  return top;
}

export function chartGeometry(
  rows: readonly ChartRow[],
  lines: readonly LineSpec[],
  width: number,
  height: number,
): ChartGeometry {
  const left = PLOT_MARGIN.left;
  const top = PLOT_MARGIN.top;
  const right = Math.max(left + 1, width - PLOT_MARGIN.right);
  const bottom = Math.max(top + 1, height - PLOT_MARGIN.bottom);
  const t0 = rows[0]?.t ?? 0;
  const t1 = rows[rows.length - 1]?.t ?? 0;
  // A single sample stands in the middle.
  const span = t1 > t0 ? t1 - t0 : 1;
  const x0 = t1 > t0 ? t0 : t0 - 0.5;
  const x = (t: number) => left + ((t - x0) / span) * (right - left);
  const values = valueTicks(
    highest(
      rows,
      lines.map((l) => l.key),
    ),
  );
  const max = values[values.length - 1]!;
  const y = (v: number) => bottom - (v / max) * (bottom - top);
  return {
    left,
    top,
    right,
    bottom,
    timeTicks: timeTickValues(rows).map((value) => ({ value, at: x(value) })),
    valueTicks: values.map((value) => ({ value, at: y(value) })),
    paths: lines.map((line) => linePath(rows, line.key, x, y)),
    x,
    y,
  };
}

/** The row nearest to pixel `px` along the time axis (rows are in time order), or undefined. */
export function nearestRow(rows: readonly ChartRow[], g: ChartGeometry, px: number): ChartRow | undefined {
  let best: ChartRow | undefined;
  let bestDistance = Infinity;
  for (const row of rows) {
    const d = Math.abs(g.x(row.t) - px);
    if (d < bestDistance) [best, bestDistance] = [row, d];
  }
  return best;
}
