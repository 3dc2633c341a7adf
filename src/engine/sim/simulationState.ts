// The runtime objects of one simulation, shared by the step loop, reconciliation, faults, reports and snapshots.
// The Simulation owns one and never hands it out: code outside sim/ sees only the Simulation's methods. The
// engine's own tests and the soak reach it through stateOf (stateOf.ts).
import { ClusterRuntime } from './cluster/clusterRuntime';
import { ProducerRegistry } from './cluster/producerRegistry';
import { EventLog, type EventSink } from '../common/events';
import type { GroupRuntime } from './groupRuntime';
import { KeySpace } from './keySpace';
import type { ProcessorRuntime } from './processorRuntime';
import { Rng } from '../common/rng';
import type { SourceRuntime } from './sourceRuntime';
import type { TopicRuntime } from './topicRuntime';
import { MetricsRecorder } from '../metrics/recorder';
import type { ClusterConfig } from '../model/schema';

export class SimulationState {
  /** Simulated time; only the Simulation's step loop moves it. */
  nowMs = 0;
  /** Ticks the step loop ran (the rest it skipped as idle: sim/nextEvent.ts), for tests and the benchmark. */
  ticksRun = 0;
  readonly rng: Rng;
  readonly keys = new KeySpace();
  /** Topics by name (what clients use). */
  readonly topics = new Map<string, TopicRuntime>();
  /** Topics by design node id. */
  readonly topicsByNode = new Map<string, TopicRuntime>();
  readonly sources = new Map<string, SourceRuntime>();
  /** Consumer groups of sinks and processors, by node id. */
  readonly groups = new Map<string, GroupRuntime>();
  readonly processors = new Map<string, ProcessorRuntime>();
  readonly events = new EventLog();
  readonly emit: EventSink = (type, subject, message) =>
    this.events.push({ timeMs: this.nowMs, type, subject, message });
  readonly producers = new ProducerRegistry();
  readonly cluster: ClusterRuntime;
  readonly metrics: MetricsRecorder;

  constructor(
    cluster: ClusterConfig,
    readonly seed: number,
    /** Record details kept per partition (a ring); older records are known by their segment only. */
    readonly retainedPerPartition: number,
    sampleIntervalMs: number,
  ) {
    this.rng = new Rng(seed);
    this.metrics = new MetricsRecorder(sampleIntervalMs);
    this.cluster = new ClusterRuntime(cluster, seed, this.emit, this.producers, 0);
  }
}
