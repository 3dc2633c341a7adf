// The charts' span, read from the MetricsRecorder: records/s in and out per topic, lag per group, lag per
// partition of one group, and the delivery totals. Built in the engine, beside the recorder that writes the same
// series ids (metricId.ts), and posted by the worker as it is.
import type { MeasuredPipeline } from './measuredPipeline';
import { metricId, type GroupFigure, type ProducerFigure } from './metricId';
import type { MetricsRecorder } from './recorder';
import { splitTop, sumSeries, TOP_LAG_SERIES, TOP_TOPIC_SERIES, type OtherSeries } from './topSeries';

/** The most samples per chart series: the charts draw a bounded span. */
export const MAX_CHART_POINTS = 300;

/** The charts' data: a bounded span of samples, one per simulated second. */
export interface ChartSeries {
  timeMs: number[];
  /** Records/s into and out of (summed over groups) each topic: the TOP_TOPIC_SERIES busiest. */
  topics: { name: string; produced: number[]; consumed: number[] }[];
  /** The other topics' records/s in and out, summed; absent when every topic has its own lines. */
  otherTopics?: { count: number; produced: number[]; consumed: number[] };
  /** Total lag per group, by node id: the TOP_LAG_SERIES groups most behind. */
  groups: { node: string; groupId: string; lag: number[] }[];
  /** The other groups' lag, summed; absent when every group has its own line. */
  otherGroups?: OtherSeries;
  /**
   * Lag per partition of one group (the selected one), when asked for: the TOP_LAG_SERIES partitions most
   * behind, and the others' lag summed (absent when every partition has its own line).
   */
  partitionLag: {
    node: string;
    partitions: { label: string; lag: number[] }[];
    others?: OtherSeries;
  } | null;
  /** What went wrong with records so far: running totals, summed over the design's sources and groups. */
  delivery: DeliverySeries;
}

/** Running totals per sample, so a chart shows at a glance whether a run is at-most-once or at-least-once. */
export interface DeliverySeries {
  /** Acknowledged records gone after a leader with a shorter log took over. */
  lost: number[];
  /** Records a producer retry wrote twice (no idempotence). */
  duplicated: number[];
  /** Records a producer gave up on (delivery.timeout.ms, retries exhausted, refused). */
  failed: number[];
  /** Records a group received again after a crash or rebalance (processed, not committed). */
  redelivered: number[];
  /** Records a group received out of their producer's order within a partition. */
  outOfOrder: number[];
}

interface Samples {
  length: number;
  at(i: number): number;
}

/** The newest `n` samples, oldest first; zeros in front when the series is younger than the span. */
function tail(series: Samples | undefined, n: number): number[] {
  const out = new Array<number>(n).fill(0);
  if (!series) return out;
  const take = Math.min(n, series.length);
  for (let i = 0; i < take; i++) out[n - take + i] = series.at(series.length - take + i);
  return out;
}

/** The element-wise sum of the newest `n` samples of every series in `ids`. */
function sumOf(metrics: MetricsRecorder, ids: readonly string[], n: number): number[] {
  const out = new Array<number>(n).fill(0);
  for (const id of ids) {
    const values = tail(metrics.get(id), n);
    for (let i = 0; i < n; i++) out[i]! += values[i]!;
  }
  return out;
}

/**
 * The charts' span of `metrics` for the topics and groups `pipeline` has now (a node added since the last
 * sample shows zeros), with the lag per partition of the group `chartGroup` (a sink or processor node id).
 */
export function buildChartSeries(
  metrics: MetricsRecorder,
  pipeline: MeasuredPipeline,
  chartGroup: string | null,
  maxPoints = MAX_CHART_POINTS,
): ChartSeries {
  const m = metrics;
  const n = Math.min(maxPoints, m.time.length);
  const readersOf = new Map<string, string[]>();
  for (const [node, group] of pipeline.groups)
    for (const topic of group.subscribedTopics())
      readersOf.set(topic, [...(readersOf.get(topic) ?? []), node]);

  const allTopics = [...pipeline.topics.values()].map(({ name }) => {
    const out = (readersOf.get(name) ?? []).map((node) => metricId.topicRecordsOut(name, node));
    return { name, produced: tail(m.get(metricId.topicRecordsIn(name)), n), consumed: sumOf(m, out, n) };
  });
  const allGroups = [...pipeline.groups.values()].map((g) => ({
    node: g.nodeId,
    groupId: g.groupId,
    lag: tail(m.get(metricId.groupLag(g.nodeId)), n),
  }));
  const topics = splitTop(allTopics, TOP_TOPIC_SERIES, (t) => t.produced);
  const groups = splitTop(allGroups, TOP_LAG_SERIES, (g) => g.lag);
  const otherProduced = sumSeries(topics.rest, n, (t) => t.produced);
  const otherConsumed = sumSeries(topics.rest, n, (t) => t.consumed);
  const otherGroups = sumSeries(groups.rest, n, (g) => g.lag);
  return {
    timeMs: tail(m.time, n),
    topics: topics.top,
    ...(otherProduced &&
      otherConsumed && {
        otherTopics: {
          count: otherProduced.count,
          produced: otherProduced.values,
          consumed: otherConsumed.values,
        },
      }),
    groups: groups.top,
    ...(otherGroups && { otherGroups }),
    partitionLag: partitionLag(m, pipeline, chartGroup, n),
    delivery: delivery(m, pipeline, n),
  };
}

/**
 * Lost, duplicated and failed over the producers (sources and processors), redelivered and out of order over
 * the groups. Only the nodes in the design now count: a deleted node's series stops being sampled, so it would no
 * longer line up with the time axis.
 */
function delivery(m: MetricsRecorder, pipeline: MeasuredPipeline, n: number): DeliverySeries {
  const sources = [...pipeline.sources.keys()];
  const processors = [...pipeline.processors.keys()];
  const groups = [...pipeline.groups.keys()];
  const producers = (figure: ProducerFigure) =>
    sumOf(
      m,
      [
        ...sources.map((node) => metricId.sourceDelivery(node, figure)),
        ...processors.map((node) => metricId.processorDelivery(node, figure)),
      ],
      n,
    );
  const ofGroups = (figure: GroupFigure) =>
    sumOf(
      m,
      groups.map((node) => metricId.groupDelivery(node, figure)),
      n,
    );
  return {
    lost: producers('lost'),
    duplicated: producers('duplicated'),
    failed: producers('failed'),
    redelivered: ofGroups('duplicates'),
    outOfOrder: ofGroups('out-of-order'),
  };
}

function partitionLag(
  m: MetricsRecorder,
  pipeline: MeasuredPipeline,
  node: string | null,
  n: number,
): ChartSeries['partitionLag'] {
  const group = node === null ? undefined : pipeline.groups.get(node);
  if (!group || node === null) return null;
  const partitions: { label: string; lag: number[] }[] = [];
  for (const topic of group.subscribedTopics()) {
    const count = pipeline.topics.get(topic)?.partitionCount ?? 0;
    for (let p = 0; p < count; p++)
      partitions.push({
        label: `${topic}-${p}`,
        lag: tail(m.get(metricId.groupPartitionLag(node, topic, p)), n),
      });
  }
  const { top, rest } = splitTop(partitions, TOP_LAG_SERIES, (p) => p.lag);
  const others = sumSeries(rest, n, (p) => p.lag);
  return others ? { node, partitions: top, others } : { node, partitions: top };
}
