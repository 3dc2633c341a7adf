import { createPortal } from 'react-dom';
import { formatClock, formatCount } from '../format';
import type { ChartRow, LineSpec } from './chartRows';

/** Room between the chart's top and the tooltip's foot, in pixels. */
const GAP = 6;

/** The hovered sample's time and every drawn line's value there, biggest first. */
export function ChartTooltip({
  id,
  row,
  lines,
  x,
  chart,
}: {
  id: string;
  row: ChartRow;
  lines: readonly LineSpec[];
  /** The sample's pixel across the chart. */
  x: number;
  /** The chart's box on the screen. */
  chart: DOMRect;
}) {
  const entries = lines
    .map((line) => ({ line, value: row[line.key] }))
    .filter((e): e is { line: LineSpec; value: number } => typeof e.value === 'number')
    .sort((a, b) => b.value - a.value);
  // Above the chart, over the canvas, where a list of a dozen lines has room (the dock is at the foot of the page and
  // its cards are short), lined up with the chart's edge away from the sample read. On the page's own layer, so no
  // card or canvas clips it.
  const style: React.CSSProperties = {
    bottom: window.innerHeight - chart.top + GAP,
    ...(x < chart.width / 2
      ? { right: Math.max(0, window.innerWidth - chart.right) }
      : { left: Math.max(0, chart.left) }),
  };
  return createPortal(
    <div id={id} className="chart-tooltip" role="tooltip" style={style}>
      <p className="chart-tooltip__label">{formatClock(row.t)}</p>
      <ul className="chart-tooltip__list">
        {entries.map(({ line, value }) => (
          <li key={line.key} style={{ color: line.color }}>
            {line.name} : {formatCount(value)}
          </li>
        ))}
      </ul>
    </div>,
    document.body,
  );
}
