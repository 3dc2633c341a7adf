// One figure of a sweep against the swept value, or one figure of a compare's two runs over simulated time. Drawn
// once per result (not a live chart), so recharts draws its own lines and dots.
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';

export interface BatchChartProps {
  /** The figure's name, for screen readers. */
  label: string;
  rows: Record<string, number | string | null>[];
  lines: { key: string; name: string; color: string }[];
  xLabel: string;
  yLabel: string;
  /** Simulated seconds (a compare) rather than the swept values in order (a sweep). */
  numericX?: boolean;
}

const MARGIN = { top: 8, right: 24, bottom: 18, left: 8 };
const STYLE = { width: '100%', height: 260 };
const TOOLTIP_STYLE = {
  fontSize: 14,
  borderRadius: 6,
  borderColor: 'var(--line)',
  background: 'var(--panel)',
  color: 'var(--ink)',
};
const formatValue = (v: unknown) =>
  typeof v === 'number' ? v.toLocaleString('en-US', { maximumFractionDigits: 1 }) : String(v);

export function BatchChart({ label, rows, lines, xLabel, yLabel, numericX }: BatchChartProps) {
  return (
    <figure className="batch-chart" aria-label={label}>
      <LineChart responsive data={rows} margin={MARGIN} style={STYLE}>
        <CartesianGrid stroke="var(--line-soft)" vertical={false} />
        <XAxis
          dataKey="x"
          type={numericX ? 'number' : 'category'}
          domain={numericX ? ['dataMin', 'dataMax'] : undefined}
          stroke="var(--line-strong)"
          label={{ value: xLabel, position: 'insideBottom', offset: -12, fill: 'var(--muted)', fontSize: 13 }}
        />
        <YAxis
          stroke="var(--line-strong)"
          width={72}
          tickFormatter={formatValue}
          label={{
            value: yLabel,
            angle: -90,
            position: 'insideLeft',
            fill: 'var(--muted)',
            fontSize: 13,
            dy: 40,
          }}
        />
        <Tooltip isAnimationActive={false} formatter={formatValue} contentStyle={TOOLTIP_STYLE} />
        {lines.length > 1 && <Legend verticalAlign="top" height={28} />}
        {lines.map((line) => (
          <Line
            key={line.key}
            dataKey={line.key}
            name={line.name}
            stroke={line.color}
            strokeWidth={2}
            dot={!numericX}
            isAnimationActive={false}
            connectNulls={false}
          />
        ))}
      </LineChart>
    </figure>
  );
}
