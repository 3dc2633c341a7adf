// The Sweep and Compare views' chart, loaded when first drawn: recharts stays in the charts' own chunk.
import { lazy, Suspense } from 'react';
import type { BatchChartProps } from './BatchChart';

const BatchChart = lazy(() => import('./BatchChart').then((module) => ({ default: module.BatchChart })));

export function BatchChartLazy(props: BatchChartProps) {
  return (
    <Suspense fallback={<p className="batch-chart batch-chart--loading">Loading chart…</p>}>
      <BatchChart {...props} />
    </Suspense>
  );
}
