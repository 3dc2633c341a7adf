// What the Capacity answer reads (a narrow view of the running cluster, filled by sim/capacityInput.ts) and what it
// gives back (the `capacity` section of the report, README "The JSON report").
import type { LagTrend } from '../metrics/lagTrend';
import type { TopicConfig } from '../model/schema';
import type { CapacityThresholds } from './thresholds';

export type CapacityResource = 'networkIn' | 'networkOut' | 'disk' | 'storage' | 'partitions' | 'consumers';
export type CapacityVerdict = 'copes' | 'does not cope';

export interface CapacityBroker {
  id: number;
  rack: string | null;
  /** Running and registered; a down broker takes no load. */
  up: boolean;
  /** Capacities in bytes/s (after any throttle) and bytes. */
  networkInCapacity: number;
  networkOutCapacity: number;
  diskCapacity: number;
  diskBytes: number;
  /** Measured, averaged over the last span. */
  networkInBytesPerSec: number;
  networkOutBytesPerSec: number;
  diskWriteBytesPerSec: number;
  storedBytes: number;
}

export interface CapacityPartition {
  /** Broker ids in assignment order (the preferred leader first). */
  replicas: readonly number[];
  isr: readonly number[];
  /** -1 when offline. */
  leader: number;
  /** Measured records/s appended over the last span. */
  recordsInPerSec: number;
}

export interface CapacityTopic {
  name: string;
  config: TopicConfig;
  partitions: CapacityPartition[];
  /** Consumer groups (by group id) reading the topic. */
  groups: string[];
}

export interface CapacityGroup {
  groupId: string;
  /** Consumers the design starts, and each one's processing rate (records/s; null: as fast as records come). */
  consumers: number;
  processingRate: number | null;
  topics: string[];
  lagTrend: LagTrend;
}

export interface CapacityInput {
  nowMs: number;
  /** The simulation's tick: the smallest time a producer batch can linger. */
  tickMs: number;
  brokers: CapacityBroker[];
  topics: CapacityTopic[];
  groups: CapacityGroup[];
  /** When retention first runs (log.initial.task.delay.ms) and then how often (log.retention.check.interval.ms). */
  retentionInitialDelayMs: number;
  retentionCheckIntervalMs: number;
}

/** A derived figure: its formula with the design's numbers in it, and the simulated value beside it. */
export interface CapacityFormula {
  figure: string;
  formula: string;
  expected: number;
  simulated: number | null;
}

export interface BrokerFigures {
  networkInBytesPerSec: number;
  networkOutBytesPerSec: number;
  diskWriteBytesPerSec: number;
  storedBytes: number;
  partitions: number;
  leaders: number;
}

export interface Utilisation {
  networkIn: number;
  networkOut: number;
  disk: number;
  storage: number;
}

export interface CapacityBrokerReport extends BrokerFigures {
  id: number;
  rack: string | null;
  diskBytes: number;
  /** Fractions of capacity: measured rates; storage from the larger of what is stored and what retention will hold. */
  utilisation: Utilisation;
  /** The same figures from the formulas (stored bytes: now, with segment granularity). */
  expected: BrokerFigures & {
    /** The most the broker holds once retention runs steadily: T x (retention + a segment + a check) per replica. */
    peakStoredBytes: number;
  };
  /** While the disk fills (retention unlimited, or not yet reached): when it is full at the expected write rate. */
  timeUntilFullMs: number | null;
}

export interface Bottleneck {
  resource: CapacityResource;
  broker?: number;
  topic?: string;
  group?: string;
  utilisation: number;
  cause: string;
}

export interface HeadroomScenario {
  scenario: string;
  verdict: CapacityVerdict;
  bottleneck: Bottleneck;
  /** The survivors' expected figures and utilisation. */
  brokers: { id: number; expected: BrokerFigures; utilisation: Utilisation }[];
}

export interface CapacityTopicReport {
  name: string;
  partitions: number;
  partitionsNeeded: number;
  /** The hottest partition's share of the topic's records in over the last span; null with no traffic. */
  hottestPartitionShare: number | null;
  /** The most one partition takes and one consumer processes, records/s (null: no limit in the design). */
  perPartitionRecordsPerSec: number;
  perConsumerRecordsPerSec: number | null;
  recordsPerSec: number;
}

export interface CapacityReport {
  verdict: CapacityVerdict;
  bottleneck: Bottleneck;
  thresholds: CapacityThresholds;
  windowMs: number;
  brokers: CapacityBrokerReport[];
  headroom: HeadroomScenario[];
  /** The brokers a person chose to take down (report option `capacity: { down }`), recomputed like `headroom`; null for none. */
  whatIf: HeadroomScenario | null;
  topics: CapacityTopicReport[];
  formulas: CapacityFormula[];
}
