// Where the axes put their labels. recharts would pick the time axis's itself, measuring every label in
// the DOM to drop those that collide (a forced layout per new label, the biggest part of a chart's first
// update); three chosen here never collide, so it measures nothing.
import type { ChartRow } from './chartRows';
import { topOf } from './linePath';

/** The first, middle and last sample times (fewer with fewer samples). */
export function timeTicks(rows: readonly ChartRow[]): number[] {
  const n = rows.length;
  if (n === 0) return [];
  const picks = n < 3 ? rows.map((_, i) => i) : [0, (n - 1) >> 1, n - 1];
  return picks.map((i) => rows[i]!.t);
}

/** Whether no line rises above zero: then the value axis is a plain 0..1 with the lines at its foot. */
export function allAtZero(rows: readonly ChartRow[], keys: readonly string[]): boolean {
  return rows.every((row) => (topOf(row, keys) ?? 0) <= 0);
}
