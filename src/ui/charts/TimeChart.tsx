import { memo } from 'react';
import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { formatClock, formatCount } from '../format';
import { formatAxisCount, type ChartData } from './chartRows';

const MARGIN = { top: 8, right: 16, bottom: 0, left: 0 };
const AXIS_TICK = { fontSize: 14, fill: '#5b6678' };
const X_DOMAIN = ['dataMin', 'dataMax'] as const;
const TOOLTIP_STYLE = { fontSize: 14, borderRadius: 6, borderColor: '#dfe3ea' };

const formatTick = (t: number) => formatClock(t);
const formatTooltipLabel = (t: unknown) => (typeof t === 'number' ? formatClock(t) : String(t));
const formatTooltipValue = (v: unknown) => (typeof v === 'number' ? formatCount(v) : String(v));
/** Biggest first: the line you are looking at is usually the top one. */
const byValueDescending = (item: { value?: unknown }) => (typeof item.value === 'number' ? -item.value : 0);

/**
 * A line chart over simulated time. No animation and no dots: it redraws a few times a second and
 * must stay cheap (research/performance.md 4.6).
 */
export const TimeChart = memo(function TimeChart({ data, height }: { data: ChartData; height: number }) {
  return (
    <LineChart responsive data={data.rows} margin={MARGIN} style={{ width: '100%', height }}>
      <CartesianGrid stroke="#eef1f5" vertical={false} />
      <XAxis
        dataKey="t"
        type="number"
        scale="linear"
        domain={X_DOMAIN}
        tickFormatter={formatTick}
        tick={AXIS_TICK}
        minTickGap={28}
        stroke="#c9cfd9"
      />
      <YAxis
        tickFormatter={formatAxisCount}
        tick={AXIS_TICK}
        width={52}
        allowDecimals={false}
        stroke="#c9cfd9"
      />
      <Tooltip
        isAnimationActive={false}
        labelFormatter={formatTooltipLabel}
        formatter={formatTooltipValue}
        itemSorter={byValueDescending}
        contentStyle={TOOLTIP_STYLE}
      />
      {data.lines.map((line) => (
        <Line
          key={line.key}
          dataKey={line.key}
          name={line.name}
          stroke={line.color}
          strokeWidth={2.5}
          strokeDasharray={line.dashed ? '7 5' : undefined}
          type="linear"
          dot={false}
          activeDot={{ r: 4 }}
          isAnimationActive={false}
          connectNulls={false}
        />
      ))}
    </LineChart>
  );
});
