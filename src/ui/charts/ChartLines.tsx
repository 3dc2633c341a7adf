import { memo, useMemo } from 'react';
import {
  DefaultZIndexes,
  useActiveTooltipLabel,
  useIsTooltipActive,
  useXAxisScale,
  useYAxisScale,
  ZIndexLayer,
} from 'recharts';
import type { ChartRow, LineSpec } from './chartRows';
import { linePath, rowAt } from './linePath';

interface ChartLinesProps {
  rows: ChartRow[];
  lines: LineSpec[];
}

const DASHES = '7 5';

/**
 * Every line of a chart as one <path> each, placed with the chart's own axis scales. A recharts <Line>
 * is a dozen components and store subscriptions, and costs about a millisecond per line per update:
 * with twenty lines the throughput chart alone held the main thread for 20-40 ms twice a second.
 * Drawn here, all of them cost about as much as one. Axes, grid and tooltip stay recharts'.
 */
export const ChartLines = memo(function ChartLines({ rows, lines }: ChartLinesProps) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  const paths = useMemo(
    () => (x && y ? lines.map((line) => linePath(rows, line.key, x, y)) : null),
    [rows, lines, x, y],
  );
  if (!paths) return null;
  return (
    <>
      <ZIndexLayer zIndex={DefaultZIndexes.line}>
        <g className="chart-lines">
          {lines.map((line, i) => (
            <path
              key={line.key}
              className="chart-lines__line"
              d={paths[i]}
              fill="none"
              stroke={line.color}
              strokeWidth={2.5}
              strokeDasharray={line.dashed ? DASHES : undefined}
            />
          ))}
        </g>
      </ZIndexLayer>
      <ActiveDots rows={rows} lines={lines} />
    </>
  );
});

/** A dot on every line at the sample the tooltip shows, as recharts' activeDot draws it. */
function ActiveDots({ rows, lines }: ChartLinesProps) {
  const active = useIsTooltipActive();
  const label = useActiveTooltipLabel();
  const x = useXAxisScale();
  const y = useYAxisScale();
  const row = active && label !== undefined ? rowAt(rows, Number(label)) : undefined;
  const cx = row && x?.(row.t);
  if (!row || cx === undefined || !y) return null;
  return (
    <ZIndexLayer zIndex={DefaultZIndexes.activeDot}>
      <g className="chart-lines__active">
        {lines.map((line) => {
          const value = row[line.key];
          const cy = value === null || value === undefined ? undefined : y(value);
          return cy === undefined ? null : (
            <circle key={line.key} cx={cx} cy={cy} r={4} fill={line.color} stroke="#fff" strokeWidth={2} />
          );
        })}
      </g>
    </ZIndexLayer>
  );
}
