import { memo, useCallback, useMemo } from 'react';
import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis, type TooltipContentProps } from 'recharts';
import { formatAxisClock, formatClock, formatCount } from '../format';
import { axisTick } from './AxisTick';
import { allAtZero, timeTicks } from './axisTicks';
import { ChartLines } from './ChartLines';
import { formatAxisCount, type ChartData } from './chartRows';
import { topOf } from './linePath';
import { LinesTooltip } from './LinesTooltip';

const MARGIN = { top: 8, right: 16, bottom: 0, left: 0 };
const X_DOMAIN = ['dataMin', 'dataMax'] as const;
/** Lines all at zero (no lag, nothing lost) lie at the foot of a plain 0..1 axis. */
const FLAT_DOMAIN = [0, 1];
const FLAT_TICKS = [0, 1];
const TOOLTIP_STYLE = { fontSize: 14, borderRadius: 6, borderColor: '#dfe3ea' };

/** vertical={false} hides the vertical grid lines, but recharts would still work out where they go. */
const NO_LINES = () => [];
/** The invisible line draws no path: recharts would measure its length (a forced layout) on every update. */
const NO_PATH = () => <g />;

const timeTick = axisTick(formatAxisClock);
const countTick = axisTick(formatAxisCount);
const formatTooltipLabel = (t: unknown) => (typeof t === 'number' ? formatClock(t) : String(t));
const formatTooltipValue = (v: unknown) => (typeof v === 'number' ? formatCount(v) : String(v));
/** Biggest first: the line you are looking at is usually the top one. */
const byValueDescending = (item: { value?: unknown }) => (typeof item.value === 'number' ? -item.value : 0);

/**
 * A line chart over simulated time. No animation and no dots: it redraws a few times a second and
 * must stay cheap. The lines are drawn by ChartLines; recharts keeps the
 * axes, grid and tooltip, and one invisible <Line> through each sample's highest value, which sizes
 * the value axis as the drawn lines would and gives the tooltip a sample to point at.
 */
export const TimeChart = memo(function TimeChart({ data, height }: { data: ChartData; height: number }) {
  const { rows, lines } = data;
  const style = useMemo(() => ({ width: '100%', height }), [height]);
  const xTicks = useMemo(() => timeTicks(rows), [rows]);
  // A function dataKey must keep its identity, or recharts recomputes every point (its guide says).
  const keys = useMemo(() => lines.map((line) => line.key), [lines]);
  const top = useMemo(() => (row: (typeof rows)[number]) => topOf(row, keys), [keys]);
  const flat = useMemo(() => allAtZero(rows, keys), [rows, keys]);
  const content = useCallback(
    (props: TooltipContentProps) => <LinesTooltip {...props} rows={rows} lines={lines} />,
    [rows, lines],
  );
  return (
    <LineChart responsive data={rows} margin={MARGIN} style={style}>
      <CartesianGrid stroke="#eef1f5" vertical={false} verticalCoordinatesGenerator={NO_LINES} />
      {/* Labels placed without measuring (axisTicks.ts, AxisTick.tsx): three on each axis. */}
      <XAxis
        dataKey="t"
        type="number"
        scale="linear"
        domain={X_DOMAIN}
        ticks={xTicks}
        interval={0}
        tick={timeTick}
        stroke="#c9cfd9"
      />
      <YAxis
        domain={flat ? FLAT_DOMAIN : undefined}
        ticks={flat ? FLAT_TICKS : undefined}
        tickCount={3}
        interval={0}
        tick={countTick}
        width={52}
        allowDecimals={false}
        stroke="#c9cfd9"
      />
      <Tooltip
        isAnimationActive={false}
        content={content}
        labelFormatter={formatTooltipLabel}
        formatter={formatTooltipValue}
        itemSorter={byValueDescending}
        contentStyle={TOOLTIP_STYLE}
      />
      <Line
        dataKey={top}
        stroke="none"
        shape={NO_PATH}
        legendType="none"
        dot={false}
        activeDot={false}
        isAnimationActive={false}
        connectNulls={false}
      />
      <ChartLines rows={rows} lines={lines} />
    </LineChart>
  );
});
