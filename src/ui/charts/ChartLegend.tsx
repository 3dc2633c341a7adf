import { memo } from 'react';
import type { LegendItem } from './chartRows';

/** The series a chart draws, as HTML so long names wrap instead of squeezing the plot. */
export const ChartLegend = memo(function ChartLegend({ items }: { items: LegendItem[] }) {
  return (
    <ul className="chart-legend">
      {items.map((item, i) => (
        <li key={i} className="chart-legend__item" title={item.title}>
          {item.dashed ? (
            <span
              className="chart-legend__swatch chart-legend__swatch--dashed"
              style={{ borderColor: item.color }}
              aria-hidden="true"
            />
          ) : (
            <span className="chart-legend__swatch" style={{ background: item.color }} aria-hidden="true" />
          )}
          {item.name}
        </li>
      ))}
    </ul>
  );
});
