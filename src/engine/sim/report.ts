// The headless report: what `npm run simulate -- --json` prints (its fields are listed in README, under "The JSON report").
import type { SimulationState } from './simulationState';
import type { ProducerRuntime } from './producerRuntime';
import type { CapacityReport } from '../capacity/types';
import type { BrokerReport, ControllerReport, DeliveryReport, PartitionReport } from './reportParts';

import type { GroupState } from '../kafka/group/types';
import { lagTrend, type LagTrend } from '../metrics/lagTrend';
import type { BurrowGroupStatus, BurrowPartitionStatus } from '../metrics/burrow';
import { groupHealth } from './groupHealth';
import { consumerGroupFields, consumerMemberFields } from './consumerGroupReport';
import type { ConsumerProtocolGroupFields, ConsumerProtocolMemberFields } from './consumerGroupReport';
import { metricId } from '../metrics/metricId';
import { nameRecord } from '../model/nameRecord';
import type { LatencyPercentiles } from '../common/latencyHistogram';
import { groupLossFields, instanceIdField, type GroupLossFields } from './groupLossReport';
import { compactionFigures } from '../kafka/log/compactionFigures';

export type { BrokerReport, ControllerReport, DeliveryReport, PartitionReport } from './reportParts';

export interface GroupReport extends ConsumerProtocolGroupFields, GroupLossFields {
  groupId: string;
  node: string;
  state: GroupState;
  generation: number;
  rebalances: number;
  assignor: string;
  members: ({
    memberId: string;
    clientId: string;
    assignment: Record<string, number[]>;
    recordsConsumed: number;
    /** The consumer's own state: active, joining, starting, or crashed (still in the group until its session expires). */
    status: string;
    /** A crashed member: how long until the coordinator evicts it (session.timeout.ms after its last heartbeat). */
    evictionInMs: number | null;
    /** A slowed consumer's own processing rate (records/s); null: the group's. */
    slowedTo: number | null;
    /** group.instance.id (KIP-345): on every member of a group with static members; null for a dynamic one. */
    groupInstanceId?: string | null;
  } & ConsumerProtocolMemberFields)[];
  /** Consumers started but not (yet) in the group: joining, or crashed and not yet expired. */
  pendingMembers: { clientId: string; status: string }[];
  committed: Record<string, (number | null)[]>;
  /**
   * Only when asked (ReportOptions.positions): each owned partition's consumer position (the next offset poll()
   * returns), keyed like `committed`; null where no live consumer owns the partition. The client's records-lag is the
   * high watermark minus it.
   */
  positions?: Record<string, (number | null)[]>;
  lag: number;
  recordsConsumed: number;
  bytesConsumed: number;
  recordsPerSec: number;
  duplicates: number;
  /** Records processed a second time: processed, not yet committed when their consumer stopped, delivered again. */
  reprocessed: number;
  /** Records never processed: committed right after poll by a consumer that stopped before processing them. */
  recordsSkipped: number;
  /**
   * Commits after processing refused by the coordinator, as the Java client's CommitFailedException: the member had
   * left the group (max.poll.interval.ms passed while it processed) or the group had rebalanced since its poll.
   */
  commitsFailed: number;
  /** Records delivered after a later record of the same producer in the same partition. */
  outOfOrder: number;
  /**
   * Records delivered after a record of the same key with a later send timestamp, across the topic's partitions:
   * a key whose partition changed (the topic grew) and whose newer records were read first. Per-record mode only.
   */
  keyOutOfOrder: number;
  /** Lag in time: the age of the oldest record not yet committed (now minus its timestamp); 0 when none. */
  timeLagMs: number;
  /**
   * Which way lag moves, from a least-squares line through the last 20 samples (at least three
   * auto-commit intervals): measuring (too few samples since the group first committed), caught-up,
   * draining, steady or growing.
   */
  lagTrend: LagTrend;
  /** The fitted line's slope: records/s the lag grows (negative: falls). */
  lagSlopePerSec: number;
  /** While draining: records not yet processed over the rate the consumers outpace the producers. */
  timeToDrainMs: number | null;
  /**
   * LinkedIn Burrow's status of the group (its evaluator's rules, metrics/burrow.ts): the worst partition status,
   * STOP, STALL and REWIND reported as ERR; NOTFOUND before the group's first commit.
   */
  status: BurrowGroupStatus;
  /** Burrow's status per partition, keyed by topic like `committed`; null where the group never committed. */
  partitionStatus: Record<string, (BurrowPartitionStatus | null)[]>;
  /** Lag in produce time: the newest record's timestamp minus the oldest uncommitted one's, in seconds (worst partition). */
  lagSeconds: number;
  /**
   * ceil(input records/s over the last 20 s / the design's processingRate); with unlimited processing the
   * design's count capped at `partitionsLimit`; null when processingRate is 0 and records arrive.
   */
  consumersNeeded: number | null;
  /** The most consumers that get a partition (range: the largest topic's partitions; else all): more sit idle. */
  partitionsLimit: number;
  /**
   * End-to-end latency in ms, since the start: from a record's send() (its timestamp) to the consumer's poll that
   * returns it, per record returned (redeliveries too); null before any record.
   */
  latencyMs: LatencyPercentiles | null;
}

export interface SimulationReport {
  simulatedMs: number;
  seed: number;
  /**
   * Which mode ran: 'fluid' (rates, sim/fluid/) is always said; the per-record mode's reports stay as they were
   * (`npm run simulate` prints 'record' for them).
   */
  mode?: 'record' | 'fluid';
  sources: ({
    name: string;
    node: string;
    recordsProduced: number;
    bytesProduced: number;
    recordsPerSec: number;
    /**
     * The rate the source's load profile asks for now, records/s; only for a source with a profile other than
     * constant (a constant source's target is its `rate`, and reports of constant designs stay as they were).
     */
    targetRate?: number;
    paused: boolean;
    /** Produce latency in ms, since the start: from send() to the acknowledgement, per record; null before any. */
    latencyMs: LatencyPercentiles | null;
  } & DeliveryReport)[];
  topics: { name: string; partitions: PartitionReport[]; recordsPerSec: number }[];
  groups: GroupReport[];
  processors: ({
    name: string;
    node: string;
    groupId: string;
    recordsProduced: number;
    /** Killed by a processor-kill fault and not restarted. */
    killed: boolean;
  } & DeliveryReport)[];
  brokers: BrokerReport[];
  controller: ControllerReport;
  events: number;
  /** The Capacity answer, when asked for (Simulation.report({ capacity: true })). */
  capacity?: CapacityReport;
}

export function buildReport(state: SimulationState): SimulationReport {
  const m = state.metrics;
  return {
    simulatedMs: state.nowMs,
    seed: state.seed,
    sources: [...state.sources.values()].map((s) => ({
      name: s.name,
      node: s.nodeId,
      recordsProduced: s.producer.recordsSent,
      bytesProduced: s.producer.bytesSent,
      recordsPerSec: m.latest(metricId.sourceRecords(s.nodeId)),
      ...(s.config.profile.type !== 'constant' && { targetRate: s.targetRate(state.nowMs) }),
      paused: s.paused,
      latencyMs: s.producer.delivery.produceLatency.percentiles(),
      ...delivery(s.producer, state.nowMs),
    })),
    topics: [...state.topics.values()].map((t) => ({
      name: t.name,
      recordsPerSec: m.latest(metricId.topicRecordsIn(t.name)),
      partitions: t.partitions.map((log, p) => {
        const rp = t.replicas[p]!.rp;
        return {
          partition: p,
          logStartOffset: log.logStartOffset,
          logEndOffset: log.logEndOffset,
          highWatermark: t.highWatermark(p),
          segments: log.segmentCount(),
          sizeInBytes: log.sizeInBytes(),
          leader: rp.leader,
          leaderEpoch: rp.leaderEpoch,
          replicas: [...rp.replicas],
          isr: rp.isr,
          replicaLogEndOffsets: rp.replicas.map((b) => rp.replicaLogEndOffset(b)),
          underReplicated: rp.isUnderReplicated,
          underMinIsr: rp.isUnderMinIsr,
          offline: rp.isOffline,
          ...(t.config.cleanupPolicy === 'compact' && { compaction: compactionFigures(log) }),
        };
      }),
    })),
    groups: [...state.groups.values()].map((g) => {
      const c = g.coordinator;
      const ms = g.membership;
      const kip848 = g.consumerGroup;
      const inGroup = new Set(ms.memberIds());
      const committed = nameRecord<(number | null)[]>();
      for (const topicName of g.subscribedTopics()) {
        const topic = state.topics.get(topicName)!;
        committed[topicName] = topic.partitions.map((_, p) => {
          const offset = c.committedOffset(topicName, p);
          return offset < 0 ? null : offset;
        });
      }
      const lag = g.lag();
      const trend = lagTrend({
        lag: m.get(metricId.groupLag(g.nodeId)),
        measuredSamples: m.measuredLagSamples(g.nodeId),
        intervalMs: m.intervalMs,
        commitIntervalMs: g.settings.enableAutoCommit ? g.settings.autoCommitIntervalMs : 0,
        backlog: g.backlog(),
        consumed: m.get(metricId.groupRecords(g.nodeId)),
        produced: g.subscribedTopics().map((t) => m.get(metricId.topicRecordsIn(t))),
      });
      return {
        groupId: g.groupId,
        node: g.nodeId,
        state: ms.state,
        generation: ms.generation,
        rebalances: ms.rebalances,
        assignor: kip848 ? kip848.assignor : c.assignor,
        members: ms.memberIds().map((memberId) => {
          const client = g.members.find((x) => x.memberId === memberId);
          const deadline = ms.sessionDeadlineOf(memberId);
          const crashed = client === undefined || client.status === 'crashed' || client.status === 'closed';
          return {
            memberId,
            clientId: client?.clientId ?? memberId,
            assignment: ms.assignmentOf(memberId) ?? nameRecord(),
            recordsConsumed: client?.recordsConsumed ?? 0,
            status: client?.status ?? 'crashed',
            evictionInMs: crashed && deadline !== null ? Math.max(0, deadline - state.nowMs) : null,
            slowedTo: client?.processingRateOverride ?? null,
            ...(kip848 ? consumerMemberFields(kip848, memberId) : {}),
            ...instanceIdField(g, c.groupInstanceIdOf(memberId)),
          };
        }),
        pendingMembers: g.members
          .filter((x) => x.memberId === null || !inGroup.has(x.memberId))
          .map((x) => ({ clientId: x.clientId, status: x.status })),
        committed,
        lag,
        recordsConsumed: g.recordsConsumed,
        bytesConsumed: g.bytesConsumed,
        recordsPerSec: m.latest(metricId.groupRecords(g.nodeId)),
        duplicates: g.duplicates,
        reprocessed: g.reprocessed,
        recordsSkipped: g.recordsSkipped,
        commitsFailed: g.commitsFailed,
        outOfOrder: g.outOfOrder,
        keyOutOfOrder: g.keyOutOfOrder,
        timeLagMs: g.timeLagMs(state.nowMs),
        lagTrend: trend.trend,
        lagSlopePerSec: Math.round(trend.slopePerSec),
        timeToDrainMs: trend.timeToDrainMs,
        latencyMs: g.endToEndLatency.percentiles(),
        ...groupHealth(g, state),
        ...(kip848 ? consumerGroupFields(kip848) : {}),
        ...groupLossFields(g),
      };
    }),
    processors: [...state.processors.values()].map((p) => ({
      name: p.name,
      node: p.nodeId,
      groupId: p.group.groupId,
      recordsProduced: p.producer.recordsSent,
      killed: p.killed,
      ...delivery(p.producer, state.nowMs),
    })),
    brokers: brokerReports(state),
    controller: {
      elections: state.cluster.elections,
      uncleanElections: state.cluster.uncleanElections,
      preferredElections: state.cluster.preferredElections,
      offlineTransitions: state.cluster.offlineTransitions,
      nextLeaderRebalanceMs: state.cluster.nextLeaderRebalanceMs,
    },
    events: state.events.total,
  };
}

function delivery(p: ProducerRuntime, nowMs: number): DeliveryReport {
  return {
    recordsAcked: p.recordsAcked,
    recordsLost: p.recordsLost,
    recordsDuplicated: p.recordsDuplicated,
    recordsRetried: p.recordsRetried,
    recordsFailed: p.recordsFailed,
    recordsInFlight: p.recordsInFlight,
    blockedMs: p.blockedMs(nowMs),
    blocked: p.blocked,
    batchSizeAvg: orNull(p.batchSizeAvg(nowMs)),
    recordsPerRequestAvg: orNull(p.recordsPerRequestAvg(nowMs)),
    requestLatencyAvgMs: orNull(p.sender.requestLatencyAvg.measure(nowMs)),
  };
}

function orNull(x: number): number | null {
  return Number.isNaN(x) ? null : x;
}

function brokerReports(state: SimulationState): BrokerReport[] {
  return state.cluster.brokerList.map((b) => {
    let leaders = 0;
    let replicas = 0;
    let storedBytes = 0;
    for (const p of state.cluster.partitionsOf(b)) {
      replicas++;
      if (p.rp.leader === b.id) leaders++;
      // A replica holds the leader's log up to its own log end offset.
      const log = p.log;
      const behind = log.bytesInRange(p.rp.replicaLogEndOffset(b.id), log.logEndOffset);
      storedBytes += Math.max(0, log.sizeInBytes() - behind);
    }
    return {
      id: b.id,
      rack: b.config.rack,
      status: b.status,
      ...(b.isolated ? { zombieLeaders: state.cluster.zombieLeaderships(b) } : {}),
      leaders,
      replicas,
      storedBytes,
      networkInBytesPerSec: b.networkInPerSec,
      networkOutBytesPerSec: b.networkOutPerSec,
      diskWriteBytesPerSec: b.diskPerSec,
      networkInCapacity: b.networkIn.rate,
      networkOutCapacity: b.networkOut.rate,
      diskCapacity: b.disk.rate,
      throttledMBps: b.throttledMBps,
    };
  });
}
