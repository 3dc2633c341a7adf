import type { Simulation } from '../engine';
import { MAX_CHART_POINTS, type ChartSeries } from '../protocol/messages';

interface Samples {
  length: number;
  at(i: number): number;
}

/** The newest `n` samples, oldest first; zeros in front when the series is younger than the window. */
function tail(series: Samples | undefined, n: number): number[] {
  const out = new Array<number>(n).fill(0);
  if (!series) return out;
  const take = Math.min(n, series.length);
  for (let i = 0; i < take; i++) out[n - take + i] = series.at(series.length - take + i);
  return out;
}

/** The element-wise sum of the newest `n` samples of every series in `ids`. */
function sumOf(metrics: Simulation['metrics'], ids: readonly string[], n: number): number[] {
  const out = new Array<number>(n).fill(0);
  for (const id of ids) {
    const values = tail(metrics.get(id), n);
    for (let i = 0; i < n; i++) out[i]! += values[i]!;
  }
  return out;
}

/**
 * The charts' window, read from the engine's MetricsRecorder: records/s in and out per topic, lag per
 * group, lag per partition of the group `chartGroup` (a sink or processor node id), and the delivery
 * totals.
 */
export function buildChartSeries(
  sim: Simulation,
  chartGroup: string | null,
  maxPoints = MAX_CHART_POINTS,
): ChartSeries {
  const m = sim.metrics;
  const n = Math.min(maxPoints, m.time.length);
  const readersOf = new Map<string, string[]>();
  for (const [node, group] of sim.groups)
    for (const topic of group.subscribedTopics())
      readersOf.set(topic, [...(readersOf.get(topic) ?? []), node]);

  const topics = [...sim.topics.values()].map(({ name }) => {
    const out = (readersOf.get(name) ?? []).map((node) => `topic:${name}/records-out/${node}`);
    return { name, produced: tail(m.get(`topic:${name}/records-in`), n), consumed: sumOf(m, out, n) };
  });
  const groups = [...sim.groups.values()].map((g) => ({
    node: g.nodeId,
    groupId: g.groupId,
    lag: tail(m.get(`group:${g.nodeId}/lag`), n),
  }));
  return {
    timeMs: tail(m.time, n),
    topics,
    groups,
    partitionLag: partitionLag(sim, chartGroup, n),
    delivery: delivery(sim, n),
  };
}

/**
 * Lost, duplicated and failed over the producers (sources and processors), redelivered and out of order over
 * the groups. Only
 * the nodes in the design now count: a deleted node's series stops being sampled, so it would no
 * longer line up with the time axis.
 */
function delivery(sim: Simulation, n: number): ChartSeries['delivery'] {
  const producers = [
    ...[...sim.sources.keys()].map((node) => `source:${node}`),
    ...[...sim.processors.keys()].map((node) => `processor:${node}`),
  ];
  const groups = [...sim.groups.keys()];
  const sum = (ids: string[]) => sumOf(sim.metrics, ids, n);
  return {
    lost: sum(producers.map((p) => `${p}/lost`)),
    duplicated: sum(producers.map((p) => `${p}/duplicated`)),
    failed: sum(producers.map((p) => `${p}/failed`)),
    redelivered: sum(groups.map((node) => `group:${node}/duplicates`)),
    outOfOrder: sum(groups.map((node) => `group:${node}/out-of-order`)),
  };
}

function partitionLag(sim: Simulation, node: string | null, n: number): ChartSeries['partitionLag'] {
  const group = node === null ? undefined : sim.group(node);
  if (!group || node === null) return null;
  const partitions: { label: string; lag: number[] }[] = [];
  for (const topic of group.subscribedTopics()) {
    const count = sim.topics.get(topic)?.partitionCount ?? 0;
    for (let p = 0; p < count; p++)
      partitions.push({
        label: `${topic}-${p}`,
        lag: tail(sim.metrics.get(`group:${node}/lag/${topic}/${p}`), n),
      });
  }
  return { node, partitions };
}
