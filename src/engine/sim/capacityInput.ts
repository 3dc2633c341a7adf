// The running cluster as the Capacity answer reads it (capacity/types.ts CapacityInput), and the answer itself.
// The design's topic loads are computed once per design and partition counts, not per report (no per-record work).
import { buildCapacity } from '../capacity/buildCapacity';
import { topicLoads, type TopicLoad } from '../capacity/topicLoad';
import type { CapacityInput, CapacityReport } from '../capacity/types';
import { meanOfLast } from '../metrics/lagTrend';
import { metricId } from '../metrics/metricId';
import type { PipelineDocument } from '../model/schema';
import { BYTES_PER_MB } from './cluster/brokerRuntime';
import type { GroupReport } from './report';
import type { SimulationState } from './simulationState';

const loadCache = new WeakMap<PipelineDocument, { key: string; loads: TopicLoad[] }>();

function cachedLoads(doc: PipelineDocument, counts: Map<string, number>, tickMs: number): TopicLoad[] {
  const key = `${tickMs};${[...counts].map(([t, n]) => `${t}=${n}`).join(';')}`;
  const hit = loadCache.get(doc);
  if (hit && hit.key === key) return hit.loads;
  const loads = topicLoads(doc, counts, tickMs);
  loadCache.set(doc, { key, loads });
  return loads;
}

export function capacityInput(
  state: SimulationState,
  doc: PipelineDocument,
  groups: readonly GroupReport[],
  tickMs: number,
  retentionInitialDelayMs: number,
): CapacityInput {
  const m = state.metrics;
  const interval = m.intervalMs;
  const windowSamples = Math.max(1, Math.round(10_000 / interval));
  const readers = new Map<string, string[]>();
  for (const g of state.groups.values())
    for (const t of g.subscribedTopics()) readers.set(t, [...(readers.get(t) ?? []), g.groupId]);
  const trendOf = new Map(groups.map((g) => [g.node, g.lagTrend]));
  return {
    nowMs: state.nowMs,
    tickMs,
    retentionInitialDelayMs,
    retentionCheckIntervalMs: state.cluster.config.logRetentionCheckIntervalMs,
    brokers: state.cluster.brokerList.map((b) => {
      let storedBytes = 0;
      for (const p of state.cluster.partitionsOf(b)) {
        const log = p.log;
        storedBytes += Math.max(
          0,
          log.sizeInBytes() - log.bytesInRange(p.rp.replicaLogEndOffset(b.id), log.logEndOffset),
        );
      }
      return {
        id: b.id,
        rack: b.config.rack,
        up: b.alive && !b.fenced,
        networkInCapacity: b.networkIn.rate,
        networkOutCapacity: b.networkOut.rate,
        diskCapacity: b.disk.rate,
        diskBytes: b.config.diskGB * 1000 * BYTES_PER_MB,
        networkInBytesPerSec: b.windowRate(0, interval),
        networkOutBytesPerSec: b.windowRate(1, interval),
        diskWriteBytesPerSec: b.windowRate(2, interval),
        storedBytes,
      };
    }),
    topics: [...state.topics.values()].map((t) => ({
      name: t.name,
      config: t.config,
      groups: readers.get(t.name) ?? [],
      partitions: t.replicas.map((r, p) => ({
        replicas: r.rp.replicas,
        isr: r.rp.isr,
        leader: r.rp.leader,
        recordsInPerSec: meanOfLast(m.get(metricId.partitionRecordsIn(t.name, p)), windowSamples),
      })),
    })),
    groups: [...state.groups.values()].map((g) => ({
      groupId: g.groupId,
      consumers: g.members.length,
      processingRate: g.settings.processingRate,
      topics: g.subscribedTopics(),
      lagTrend: trendOf.get(g.nodeId) ?? 'measuring',
    })),
  };
}

export function capacityReport(
  state: SimulationState,
  doc: PipelineDocument,
  groups: readonly GroupReport[],
  tickMs: number,
  retentionInitialDelayMs: number,
  down: readonly number[] = [],
): CapacityReport {
  const counts = new Map([...state.topics.values()].map((t) => [t.name, t.partitionCount]));
  return buildCapacity(
    capacityInput(state, doc, groups, tickMs, retentionInitialDelayMs),
    cachedLoads(designAtTargetRates(state, doc), counts, tickMs),
    down,
  );
}

/**
 * The design with each source that follows a load profile at the rate its profile asks for now, so the formulas'
 * T is today's rate, not `rate`. The same document when no source has a profile (the loads stay cached); with
 * one, the loads are worked out again per report, which is once a simulated second at most, never per record.
 */
function designAtTargetRates(state: SimulationState, doc: PipelineDocument): PipelineDocument {
  const profiled = (n: PipelineDocument['nodes'][number]) =>
    n.kind === 'source' && n.config.profile.type !== 'constant';
  if (!doc.nodes.some(profiled)) return doc;
  return {
    ...doc,
    nodes: doc.nodes.map((n) => {
      if (n.kind !== 'source' || !profiled(n)) return n;
      const runtime = state.sources.get(n.id);
      return runtime ? { ...n, config: { ...n.config, rate: runtime.targetRate(state.nowMs) } } : n;
    }),
  };
}
