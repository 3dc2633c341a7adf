// What the chart tooltip lists at a sample: every drawn line's value there, in recharts' payload shape.
import type { TooltipPayloadEntry } from 'recharts';
import type { ChartRow, LineSpec } from './chartRows';
import { rowAt } from './linePath';

/** One entry per line with a value at sample time `t` (none when there is no such sample). */
export function tooltipEntries(
  rows: readonly ChartRow[],
  lines: readonly LineSpec[],
  t: number,
): TooltipPayloadEntry[] {
  const row = rowAt(rows, t);
  if (!row) return [];
  const entries: TooltipPayloadEntry[] = [];
  for (const line of lines) {
    const value = row[line.key];
    if (value === null || value === undefined) continue;
    entries.push({
      name: line.name,
      value,
      color: line.color,
      stroke: line.color,
      dataKey: line.key,
      graphicalItemId: line.key,
      payload: row,
    });
  }
  return entries;
}
