import { DefaultTooltipContent, type TooltipContentProps } from 'recharts';
import type { ChartRow, LineSpec } from './chartRows';
import { tooltipEntries } from './tooltipEntries';

type Props = TooltipContentProps & { rows: ChartRow[]; lines: LineSpec[] };

/**
 * recharts' own tooltip content, given every drawn line's value at the hovered sample. The lines are
 * ChartLines, not recharts <Line>s, so recharts cannot list them itself.
 */
export function LinesTooltip({ rows, lines, ...props }: Props) {
  const payload =
    props.active && typeof props.label === 'number' ? tooltipEntries(rows, lines, props.label) : [];
  return <DefaultTooltipContent {...props} payload={payload} />;
}
