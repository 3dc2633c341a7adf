import { describe, expect, it } from 'vitest';
import example from '../../../examples/article-pipeline.json';
import { createSimulation, parseDocument, type Simulation, type SimulationReport } from '../index';
import { MAX_CHART_POINTS, type DeliverySeries } from './chartSeries';
import { lossyLeaders, retriesAndCrashes } from './deliveryDocs.testing';

/** The charts' window as the worker posts it. */
const buildChartSeries = (sim: Simulation, chartGroup: string | null) => sim.chartSeries(chartGroup);

function simulated(ms: number, doc: unknown = example) {
  const parsed = parseDocument(doc);
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

  // 400 simulated seconds of the article's pipeline: a few seconds of CPU, more on a busy machine.
  it(`keeps at most ${MAX_CHART_POINTS} points, the newest`, { timeout: 30_000 }, () => {
    const series = buildChartSeries(simulated(400_000), 'database');
    expect(series.timeMs).toHaveLength(MAX_CHART_POINTS);
    expect(series.timeMs[0]).toBe(101_000);
    for (const p of series.partitionLag!.partitions) expect(p.lag).toHaveLength(MAX_CHART_POINTS);
    for (const values of Object.values(series.delivery)) expect(values).toHaveLength(MAX_CHART_POINTS);
  });
});

/** The report's delivery figures, summed as the delivery series sums them. */
function totals({ sources, groups }: SimulationReport): Record<keyof DeliverySeries, number> {
  const sum = <T>(xs: T[], figure: (x: T) => number) => xs.reduce((n, x) => n + figure(x), 0);
  return {
    lost: sum(sources, (s) => s.recordsLost),
    duplicated: sum(sources, (s) => s.recordsDuplicated),
    failed: sum(sources, (s) => s.recordsFailed),
    redelivered: sum(groups, (g) => g.duplicates),
    outOfOrder: sum(groups, (g) => g.outOfOrder),
  };
}

const newest = (delivery: DeliverySeries) =>
  Object.fromEntries(Object.entries(delivery).map(([line, values]) => [line, values.at(-1)]));

/** Running totals never go down. */
const rising = (values: number[]) => values.every((v, i) => i === 0 || v >= values[i - 1]!);

describe('buildChartSeries: delivery', () => {
  it('has every delivery line at zero, one sample a second, while nothing goes wrong', () => {
    const { timeMs, delivery } = buildChartSeries(simulated(30_000), null);
    for (const values of Object.values(delivery)) expect(values).toEqual(new Array(timeMs.length).fill(0));
  });

  it('counts what a leader with a shorter log lost, and no failure while send() blocks', () => {
    const sim = simulated(40_000, lossyLeaders);
    const { timeMs, delivery } = buildChartSeries(sim, null);
    expect(newest(delivery)).toEqual(totals(sim.report()));
    // The followers' 1 MB/s links (shared with payments' replication) carried no more than their rate: the new leader
    // lacks 90,064 of Shop's acknowledged records. Bank's batches in flight when broker 1 dies are retried in order,
    // ahead of the batches queued behind them (the partition's deque drains from its front): nothing arrives out of
    // order.
    expect(newest(delivery)).toMatchObject({ lost: 90_064, duplicated: 0, redelivered: 0, outOfOrder: 0 });
    expect(sim.report().sources.find((s) => s.node === 'bank')!.recordsRetried).toBe(546);
    // Broker 1 dies at 20 s and is fenced 9 s later (broker.session.timeout.ms): then a follower with a shorter
    // log leads, and Shop's acknowledged tail is gone at once.
    const lostAt = (ms: number) => delivery.lost[timeMs.indexOf(ms)];
    expect([lostAt(20_000), lostAt(28_000), lostAt(30_000)]).toEqual([0, 0, 90_064]);
    // Nothing has failed by 40 s: Shop's full buffer.memory blocks its send() (BufferPool) instead of failing records,
    // and max.block.ms (60 s) has not passed.
    expect(delivery.failed.at(-1)).toBe(0);
    expect(sim.report().sources.find((s) => s.node === 'shop')!.blocked).toBe(true);
    for (const values of Object.values(delivery)) expect(rising(values)).toBe(true);
  });

  it('sums duplicated over the sources and redelivered over the groups', () => {
    const sim = simulated(60_000, retriesAndCrashes);
    const report = sim.report();
    const { delivery } = buildChartSeries(sim, null);
    expect(newest(delivery)).toEqual(totals(report));
    // Both sources wrote batches twice, and both groups read records again: each line is a sum of two.
    // Each source wrote one batch twice: the batch in flight when its leader died, which the new leader had
    // already fetched. A batch holds linger.ms (5 ms) of the source's records: 5,000/s × 5 ms and 3,000/s × 5 ms.
    expect(report.sources.map((s) => [s.node, s.recordsDuplicated])).toEqual([
      ['shop', (5000 * 5) / 1000],
      ['bank', (3000 * 5) / 1000],
    ]);
    // What each group read again after its consumer crash: the simulator's own count (where the crash fell between
    // commits), the same for both groups as they read the same partitions in step.
    expect(report.groups.map((g) => [g.node, g.duplicates])).toEqual([
      ['billing', 6450],
      ['audit', 6450],
    ]);
    expect(newest(delivery)).toMatchObject({ lost: 0, failed: 0, outOfOrder: 0 });
  });
});

describe('buildChartSeries at size', () => {
  /** One topic of 40 partitions read by one slow group, so every partition has lag. */
  const wide = {
    ...example,
    nodes: [
      { id: 'src', kind: 'source', name: 'Source', position: { x: 0, y: 0 }, config: { rate: 4000 } },
      { id: 'wide', kind: 'topic', name: 'wide', position: { x: 300, y: 0 }, config: { partitions: 40 } },
      { id: 'slow', kind: 'sink', name: 'Slow', position: { x: 600, y: 0 }, config: { consumers: 1 } },
    ],
    edges: [
      { from: 'src', to: 'wide' },
      { from: 'wide', to: 'slow' },
    ],
    faults: [],
  };

  it('draws the ten partitions most behind and sums the other thirty into one series', () => {
    const series = buildChartSeries(simulated(20_000, wide), 'slow');
    const lag = series.partitionLag!;
    expect(lag.partitions).toHaveLength(10);
    expect(lag.others!.count).toBe(30);
    expect(lag.others!.values).toHaveLength(series.timeMs.length);
    const total = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    // Every partition drawn is at least as far behind over the span as the others are on average.
    const othersMean = total(lag.others!.values) / 30;
    for (const p of lag.partitions) expect(total(p.lag)).toBeGreaterThanOrEqual(othersMean);
    // One topic and one group: nothing summed there.
    expect(series.otherTopics).toBeUndefined();
    expect(series.otherGroups).toBeUndefined();
  });
});
