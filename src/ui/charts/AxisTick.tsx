// An axis label as a plain <text>. recharts' own tick goes through its <Text>, which measures every word
// in the DOM so it could wrap; these labels never wrap, so nothing is measured.
import type { BaseTickContentProps } from 'recharts';

const TICK_STYLE = { fontSize: 14, fill: '#5b6678' };
/** Where recharts' <Text> puts a single line's baseline for each vertical anchor. */
const BASELINE = { start: '0.71em', middle: '0.355em', end: '0' } as const;

/**
 * A tick renderer for recharts' `tick` prop that writes `format(value)`. The last of several labels
 * centred under a horizontal axis ends at its tick instead, so it stays inside the chart (recharts
 * shifts it in after measuring it).
 */
export function axisTick(format: (value: number) => string) {
  return function AxisTick(props: BaseTickContentProps) {
    const { x, y, verticalAnchor, payload, index, visibleTicksCount } = props;
    const last = visibleTicksCount > 1 && index === visibleTicksCount - 1;
    const textAnchor = props.textAnchor === 'middle' && last ? 'end' : props.textAnchor;
    const value: unknown = payload.value;
    return (
      <text
        className="recharts-cartesian-axis-tick-value"
        x={x}
        y={y}
        dy={BASELINE[verticalAnchor]}
        textAnchor={textAnchor}
        {...TICK_STYLE}
      >
        {typeof value === 'number' ? format(value) : String(value ?? '')}
      </text>
    );
  };
}
