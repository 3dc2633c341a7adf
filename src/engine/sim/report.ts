// The headless report: what `npm run simulate -- --json` prints (see DESIGN.md, "The headless report").
import type { Simulation } from './simulation';
import type { GroupState } from '../kafka/group/types';
import { lagTrend, type LagTrend } from '../metrics/lagTrend';

export interface PartitionReport {
  partition: number;
  logStartOffset: number;
  logEndOffset: number;
  highWatermark: number;
  segments: number;
  sizeInBytes: number;
}

export interface GroupReport {
  groupId: string;
  node: string;
  state: GroupState;
  generation: number;
  rebalances: number;
  assignor: string;
  members: {
    memberId: string;
    clientId: string;
    assignment: Record<string, number[]>;
    recordsConsumed: number;
  }[];
  /** Consumers started but not (yet) in the group: joining, or crashed and not yet expired. */
  pendingMembers: { clientId: string; status: string }[];
  committed: Record<string, (number | null)[]>;
  lag: number;
  recordsConsumed: number;
  bytesConsumed: number;
  recordsPerSec: number;
  duplicates: number;
  /** How lag moved over the last 20 samples: caught-up, falling, steady or growing. */
  lagTrend: LagTrend;
  /** At the pace lag fell over the last 20 samples, when it reaches zero; null when it is not falling. */
  timeToDrainMs: number | null;
}

export interface SimulationReport {
  simulatedMs: number;
  seed: number;
  sources: {
    name: string;
    node: string;
    recordsProduced: number;
    recordsAcked: number;
    recordsFailed: number;
    bytesProduced: number;
    recordsPerSec: number;
  }[];
  topics: { name: string; partitions: PartitionReport[]; recordsPerSec: number }[];
  groups: GroupReport[];
  processors: { name: string; node: string; groupId: string; recordsProduced: number }[];
  events: number;
}

export function buildReport(sim: Simulation): SimulationReport {
  const m = sim.metrics;
  return {
    simulatedMs: sim.nowMs,
    seed: sim.seed,
    sources: [...sim.sources.values()].map((s) => ({
      name: s.name,
      node: s.nodeId,
      recordsProduced: s.producer.recordsSent,
      recordsAcked: s.producer.recordsAcked,
      recordsFailed: s.producer.recordsFailed,
      bytesProduced: s.producer.bytesSent,
      recordsPerSec: m.latest(`source:${s.nodeId}/records`),
    })),
    topics: [...sim.topics.values()].map((t) => ({
      name: t.name,
      recordsPerSec: m.latest(`topic:${t.name}/records-in`),
      partitions: t.partitions.map((log, p) => ({
        partition: p,
        logStartOffset: log.logStartOffset,
        logEndOffset: log.logEndOffset,
        highWatermark: t.highWatermark(p),
        segments: log.segmentCount(),
        sizeInBytes: log.sizeInBytes(),
      })),
    })),
    groups: [...sim.groups.values()].map((g) => {
      const c = g.coordinator;
      const inGroup = new Set(c.memberIds());
      const committed: Record<string, (number | null)[]> = {};
      for (const topicName of g.subscribedTopics()) {
        const topic = sim.topics.get(topicName)!;
        committed[topicName] = topic.partitions.map((_, p) => {
          const offset = c.committedOffset(topicName, p);
          return offset < 0 ? null : offset;
        });
      }
      const lag = g.lag();
      const trend = lagTrend(m.get(`group:${g.nodeId}/lag`), m.intervalMs);
      return {
        groupId: g.groupId,
        node: g.nodeId,
        state: c.state,
        generation: c.generation,
        rebalances: c.rebalances,
        assignor: c.assignor,
        members: c.memberIds().map((memberId) => {
          const client = g.members.find((x) => x.memberId === memberId);
          return {
            memberId,
            clientId: client?.clientId ?? memberId,
            assignment: c.assignmentOf(memberId) ?? {},
            recordsConsumed: client?.recordsConsumed ?? 0,
          };
        }),
        pendingMembers: g.members
          .filter((x) => x.memberId === null || !inGroup.has(x.memberId))
          .map((x) => ({ clientId: x.clientId, status: x.status })),
        committed,
        lag,
        recordsConsumed: g.recordsConsumed,
        bytesConsumed: g.bytesConsumed,
        recordsPerSec: m.latest(`group:${g.nodeId}/records`),
        duplicates: g.duplicates,
        lagTrend: trend.trend,
        timeToDrainMs: trend.timeToDrainMs,
      };
    }),
    processors: [...sim.processors.values()].map((p) => ({
      name: p.name,
      node: p.nodeId,
      groupId: p.group.groupId,
      recordsProduced: p.producer.recordsAcked,
    })),
    events: sim.events.total,
  };
}
