// A chart line as one SVG path, computed in one pass: what recharts' <Line> draws (straight segments,
// no dots, broken where a sample is missing), for the live charts (chartGeometry.ts).
import type { ChartRow } from './chartRows';

/** A scale from a data value to a pixel; undefined where it has none. */
export type Scale = (value: number) => number | undefined;

const round = (px: number) => Math.round(px * 10) / 10;

/**
 * "M x,y L x,y ..." through the rows' `key` values, against time `t`. A missing value (null) lifts the
 * pen, as recharts does with connectNulls={false}; a lone point draws nothing, as with dot={false}.
 */
export function linePath(rows: readonly ChartRow[], key: string, x: Scale, y: Scale): string {
  let d = '';
  let penDown = false;
  for (const row of rows) {
    const value = row[key];
    const px = value === null || value === undefined ? undefined : x(row.t);
    const py = px === undefined ? undefined : y(value!);
    if (px === undefined || py === undefined) {
      penDown = false;
      continue;
    }
    d += `${penDown ? 'L' : 'M'}${round(px)},${round(py)}`;
    penDown = true;
  }
  return d;
}

/** The highest value of any line in a row (null when none has one): the value axis must reach it. */
export function topOf(row: ChartRow, keys: readonly string[]): number | null {
  let top: number | null = null;
  for (const key of keys) {
    const value = row[key];
    if (value !== null && value !== undefined && (top === null || value > top)) top = value;
  }
  return top;
}
