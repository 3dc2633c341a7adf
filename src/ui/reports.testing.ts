// Hand-built reports for the view tests: only the fields a test is about need saying.
import type { BrokerReport, DeliveryReport, GroupReport, PartitionReport, SimulationReport } from '../engine';
import type { TopicDigest } from '../protocol/viewNeed';

export type SourceReport = SimulationReport['sources'][number];
export type ProcessorReport = SimulationReport['processors'][number];
export type TopicReport = SimulationReport['topics'][number];

export function group(overrides: Partial<GroupReport>): GroupReport {
  return {
    groupId: 'database',
    node: 'database',
    state: 'Stable',
    generation: 1,
    rebalances: 1,
    assignor: 'range',
    members: [],
    pendingMembers: [],
    committed: {},
    lag: 0,
    recordsConsumed: 0,
    bytesConsumed: 0,
    recordsPerSec: 0,
    duplicates: 0,
    reprocessed: 0,
    recordsSkipped: 0,
    commitsFailed: 0,
    outOfOrder: 0,
    keyOutOfOrder: 0,
    timeLagMs: 0,
    lagTrend: 'steady',
    lagSlopePerSec: 0,
    timeToDrainMs: null,
    status: 'OK',
    partitionStatus: {},
    lagSeconds: 0,
    consumersNeeded: 1,
    partitionsLimit: 1,
    latencyMs: null,
    ...overrides,
  };
}

export function report(overrides: Partial<SimulationReport>): SimulationReport {
  return {
    simulatedMs: 0,
    seed: 1,
    sources: [],
    topics: [],
    groups: [],
    processors: [],
    brokers: [],
    controller: {
      elections: 0,
      uncleanElections: 0,
      preferredElections: 0,
      offlineTransitions: 0,
      nextLeaderRebalanceMs: null,
    },
    events: 0,
    ...overrides,
  };
}

export const member = (memberId: string, assignment: Record<string, number[]>) => ({
  memberId,
  clientId: memberId,
  assignment,
  recordsConsumed: 0,
  status: 'active',
  evictionInMs: null,
  slowedTo: null,
});

const noDelivery: DeliveryReport = {
  recordsAcked: 0,
  recordsLost: 0,
  recordsDuplicated: 0,
  recordsRetried: 0,
  recordsFailed: 0,
  recordsInFlight: 0,
  blockedMs: 0,
  blocked: false,
  batchSizeAvg: null,
  recordsPerRequestAvg: null,
  requestLatencyAvgMs: null,
};

export function source(node: string, overrides: Partial<SourceReport> = {}): SourceReport {
  return {
    name: node,
    node,
    recordsProduced: 0,
    bytesProduced: 0,
    recordsPerSec: 0,
    paused: false,
    latencyMs: null,
    ...noDelivery,
    ...overrides,
  };
}

export function processor(node: string, overrides: Partial<ProcessorReport> = {}): ProcessorReport {
  return { name: node, node, groupId: node, recordsProduced: 0, killed: false, ...noDelivery, ...overrides };
}

/** A broker that is up with 125 MB/s links and a 500 MB/s disk (the schema's defaults) and nothing on it. */
export function broker(id: number, overrides: Partial<BrokerReport> = {}): BrokerReport {
  return {
    id,
    rack: null,
    status: 'up',
    leaders: 0,
    replicas: 0,
    storedBytes: 0,
    networkInBytesPerSec: 0,
    networkOutBytesPerSec: 0,
    diskWriteBytesPerSec: 0,
    networkInCapacity: 125e6,
    networkOutCapacity: 125e6,
    diskCapacity: 500e6,
    throttledMBps: null,
    ...overrides,
  };
}

/**
 * A partition led by the first replica with every replica in sync, unless told otherwise; the flags
 * follow from the ISR (min.insync.replicas 1 unless `minIsr` says).
 */
export function partition(
  p: number,
  overrides: Partial<PartitionReport> & { minIsr?: number } = {},
): PartitionReport {
  const { minIsr = 1, ...rest } = overrides;
  const replicas = rest.replicas ?? [1];
  const isr = rest.isr ?? replicas;
  const leader = rest.leader ?? isr[0] ?? -1;
  return {
    partition: p,
    logStartOffset: 0,
    logEndOffset: 0,
    highWatermark: rest.logEndOffset ?? 0,
    segments: 1,
    sizeInBytes: 0,
    leader,
    leaderEpoch: 0,
    replicas,
    isr,
    replicaLogEndOffsets: replicas.map(() => rest.logEndOffset ?? 0),
    underReplicated: isr.length < replicas.length,
    underMinIsr: isr.length < minIsr,
    offline: leader === -1,
    ...rest,
  };
}

export function topic(name: string, partitions: PartitionReport[]): TopicReport {
  return { name, partitions, recordsPerSec: 0 };
}

/** A topic as the worker sums it up (worker/viewReport.ts): `retained` and `lag` per partition. */
export function digest(overrides: Partial<TopicDigest> & Pick<TopicDigest, 'retained'>): TopicDigest {
  return {
    partitions: overrides.retained.length,
    replicationFactor: 3,
    offline: 0,
    underMinIsr: 0,
    underReplicated: 0,
    unfencedLeaders: 0,
    lag: overrides.retained.map(() => 0),
    read: false,
    ...overrides,
  };
}
