import { describe, expect, it } from 'vitest';
import { createSimulation, parseDocument } from '../engine';
import { MAX_CHART_POINTS } from '../protocol/messages';
import { buildChartSeries } from './chartSeries';
import { example } from './testDocs';

function simulated(ms: number) {
  const parsed = parseDocument(example);
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  const sim = createSimulation(parsed.doc, { seed: 1 });
  sim.step(ms);
  return sim;
}

describe('buildChartSeries', () => {
  it('has one sample a simulated second for each topic and group, all the same length', () => {
    const series = buildChartSeries(simulated(30_000), null);
    expect(series.timeMs).toHaveLength(30);
    expect(series.timeMs.at(-1)).toBe(30_000);
    expect(series.topics.map((t) => t.name)).toEqual(['user-events', 'payments', 'telemetry', 'customers']);
    expect(series.groups.map((g) => g.node)).toEqual(['database', 'analytics', 'email', 'search']);
    for (const t of series.topics) expect([t.produced.length, t.consumed.length]).toEqual([30, 30]);
  });

  it('sums what every group reads from a topic into its records out', () => {
    const series = buildChartSeries(simulated(30_000), null);
    const telemetry = series.topics.find((t) => t.name === 'telemetry')!;
    // IoT sensors write 1000 records/s; only Analytics reads telemetry, and keeps up on average.
    expect(telemetry.produced.at(-1)).toBeCloseTo(1000, -2);
    const payments = series.topics.find((t) => t.name === 'payments')!;
    // Database and Email both read payments: consumed is twice what is produced, once caught up.
    const mean = (xs: number[]) => xs.slice(-10).reduce((a, b) => a + b, 0) / 10;
    expect(mean(payments.consumed) / mean(payments.produced)).toBeCloseTo(2, 0);
  });

  it(`keeps at most ${MAX_CHART_POINTS} points, the newest`, () => {
    const series = buildChartSeries(simulated(400_000), 'database');
    expect(series.timeMs).toHaveLength(MAX_CHART_POINTS);
    expect(series.timeMs[0]).toBe(101_000);
    for (const p of series.partitionLag!.partitions) expect(p.lag).toHaveLength(MAX_CHART_POINTS);
  });
});
