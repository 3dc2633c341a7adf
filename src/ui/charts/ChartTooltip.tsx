import { formatClock, formatCount } from '../format';
import type { ChartRow, LineSpec } from './chartRows';

/** Past the middle of the chart the tooltip opens to the left of the cursor, so it stays in the card. */
const GAP = 12;

/** The hovered sample's time and every drawn line's value there, biggest first. */
export function ChartTooltip({
  id,
  row,
  lines,
  x,
  width,
}: {
  id: string;
  row: ChartRow;
  lines: readonly LineSpec[];
  x: number;
  width: number;
}) {
  const entries = lines
    .map((line) => ({ line, value: row[line.key] }))
    .filter((e): e is { line: LineSpec; value: number } => typeof e.value === 'number')
    .sort((a, b) => b.value - a.value);
  const left = x < width / 2;
  const style = left ? { left: x + GAP } : { right: width - x + GAP };
  return (
    <div id={id} className="chart-tooltip" role="tooltip" style={style}>
      <p className="chart-tooltip__label">{formatClock(row.t)}</p>
      <ul className="chart-tooltip__list">
        {entries.map(({ line, value }) => (
          <li key={line.key} style={{ color: line.color }}>
            {line.name} : {formatCount(value)}
          </li>
        ))}
      </ul>
    </div>
  );
}
