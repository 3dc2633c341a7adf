// The simulation: the design document brought to life, advanced only by `step` in simulated time.
import type { FaultAction, PipelineDocument } from '../model/schema';
import { applyFault } from './faults';
import { MetricsRecorder } from '../metrics/recorder';
import { EventLog, type EventSink, type SimEvent } from '../common/events';
import type { GroupRuntime } from './groupRuntime';
import type { ConsumerMember } from '../kafka/group/consumerMember';
import { KeySpace } from './keySpace';
import type { ProcessorRuntime } from './processorRuntime';
import { reconcile } from './reconcile';
import { buildReport, type SimulationReport } from './report';
import { Rng } from '../common/rng';
import type { SimulationState } from './simulationState';
import type { SourceRuntime } from './sourceRuntime';
import { ClusterRuntime } from './cluster/clusterRuntime';
import { ProducerRegistry } from './cluster/producerRegistry';
import { FaultSchedule } from './faultSchedule';
import type { ProducerRuntime } from './producerRuntime';
import type { TopicRuntime } from './topicRuntime';
import type { Refusal } from './refusal';

/**
 * log.initial.task.delay.ms: LogManager schedules "kafka-log-retention" this long after the broker starts, then every
 * log.retention.check.interval.ms (ServerLogConfigs.LOG_INITIAL_TASK_DELAY_MS_DEFAULT, an internal setting).
 */
export const LOG_INITIAL_TASK_DELAY_MS = 30_000;

export interface SimulationOptions {
  seed: number;
  /** Record details kept per partition (a ring); older records are known by their segment only. */
  retainedRecordsPerPartition?: number;
  /** Simulated milliseconds per internal tick: the resolution of linger.ms, polls and heartbeats. */
  tickMs?: number;
  /** Simulated milliseconds between metric samples. */
  sampleIntervalMs?: number;
}

export class Simulation implements SimulationState {
  nowMs = 0;
  readonly seed: number;
  readonly rng: Rng;
  readonly keys = new KeySpace();
  readonly retainedPerPartition: number;
  readonly tickMs: number;
  readonly topics = new Map<string, TopicRuntime>();
  readonly topicsByNode = new Map<string, TopicRuntime>();
  readonly sources = new Map<string, SourceRuntime>();
  readonly groups = new Map<string, GroupRuntime>();
  readonly processors = new Map<string, ProcessorRuntime>();
  readonly events = new EventLog();
  readonly metrics: MetricsRecorder;
  readonly emit: EventSink = (type, subject, message) =>
    this.events.push({ timeMs: this.nowMs, type, subject, message });
  readonly producers = new ProducerRegistry();
  readonly cluster: ClusterRuntime;
  private readonly faults = new FaultSchedule();
  private doc: PipelineDocument;
  private nextRetentionMs: number;
  private nextCleanerMs: number;
  private nextSampleMs: number;
  private carryMs = 0;
  /** Which source's producer sends first this tick. */
  private senderTurn = 0;
  // Flat lists for the step loop, rebuilt when the design changes.
  private sourceList: SourceRuntime[] = [];
  private sinkList: GroupRuntime[] = [];
  private processorList: ProcessorRuntime[] = [];
  private topicList: TopicRuntime[] = [];
  private producerList: ProducerRuntime[] = [];

  constructor(doc: PipelineDocument, options: SimulationOptions) {
    this.seed = options.seed;
    this.rng = new Rng(options.seed);
    this.retainedPerPartition = options.retainedRecordsPerPartition ?? 16384;
    this.tickMs = options.tickMs ?? 1;
    this.metrics = new MetricsRecorder(options.sampleIntervalMs ?? 1000);
    this.doc = doc;
    // LogManager.startup: retention first runs after the initial task delay, then at a fixed rate.
    this.nextRetentionMs = LOG_INITIAL_TASK_DELAY_MS;
    // LogCleaner.startup starts its threads at once: a first pass now, then log.cleaner.backoff.ms after any pass
    // that found nothing to clean (CleanerThread.doWork; a pass that cleaned loops at once, and ours cleans all).
    this.nextCleanerMs = 0;
    this.nextSampleMs = this.metrics.intervalMs;
    this.cluster = new ClusterRuntime(doc.cluster, options.seed, this.emit, this.producers, 0);
    this.update(doc);
  }

  get document(): PipelineDocument {
    return this.doc;
  }

  /** Applies a changed design to the running simulation; returns what Kafka would refuse. */
  update(doc: PipelineDocument): Refusal[] {
    this.doc = doc;
    const refused = reconcile(this, doc);
    this.sourceList = [...this.sources.values()];
    this.processorList = [...this.processors.values()];
    this.sinkList = [...this.groups.values()].filter((g) => !this.processors.has(g.nodeId));
    this.topicList = [...this.topics.values()];
    this.producerList = [
      ...this.sourceList.map((s) => s.producer),
      ...this.processorList.map((p) => p.producer),
    ];
    this.faults.schedule(doc.faults, this.nowMs);
    return refused;
  }

  /** Advances simulated time by `dtMs`, in whole ticks; a remainder carries over to the next call. */
  step(dtMs: number): void {
    this.carryMs += dtMs;
    const tick = this.tickMs;
    while (this.carryMs >= tick) {
      this.carryMs -= tick;
      this.tick(tick);
    }
  }

  /** Runs until the simulated clock reaches `timeMs`. */
  runUntil(timeMs: number): void {
    this.step(timeMs - this.nowMs - this.carryMs);
  }

  private tick(tick: number): void {
    const now = this.nowMs;
    const until = now + tick;
    if (this.faults.dueBefore(until)) this.faults.applyDue(until, (f) => this.applyScheduled(f));
    this.cluster.refill(tick);
    const sources = this.sourceList;
    for (let i = 0; i < sources.length; i++) sources[i]!.tick(now, until);
    // The sources' producers send in turn, each tick another first: independent clients share a broker's links
    // (the first to send on a throttled link would otherwise take every byte it frees).
    const n = sources.length;
    if (n > 0) {
      const first = this.senderTurn++ % n;
      for (let k = 0; k < n; k++) sources[(first + k) % n]!.producer.endTick(until);
    }
    this.nowMs = until;
    this.cluster.tick(until);
    const producers = this.producerList;
    for (let i = 0; i < producers.length; i++) producers[i]!.sender.run(until);
    const processors = this.processorList;
    for (let i = 0; i < processors.length; i++) processors[i]!.tick(until, until);
    const sinks = this.sinkList;
    for (let i = 0; i < sinks.length; i++) sinks[i]!.tick(until);
    if (until >= this.nextRetentionMs) {
      this.nextRetentionMs += this.doc.cluster.logRetentionCheckIntervalMs;
      this.applyRetention(until);
    }
    if (until >= this.nextCleanerMs) {
      this.nextCleanerMs += this.doc.cluster.logCleanerBackoffMs;
      this.clean(until);
    }
    if (until >= this.nextSampleMs) {
      this.nextSampleMs += this.metrics.intervalMs;
      this.metrics.sample(this);
      this.cluster.sample(this.metrics.intervalMs);
    }
  }

  /** The log cleaner: compacted topics keep the latest record per key (log.cleaner.backoff.ms between passes). */
  private clean(nowMs: number): void {
    const topics = this.topicList;
    for (let i = 0; i < topics.length; i++) {
      const topic = topics[i]!;
      if (topic.config.cleanupPolicy !== 'compact') continue;
      const removed = topic.clean(nowMs);
      if (removed > 0)
        this.emit(
          'compaction',
          topic.name,
          `log cleaner removed ${removed} records superseded by a newer one with the same key`,
        );
    }
  }

  private applyRetention(nowMs: number): void {
    const topics = this.topicList;
    for (let i = 0; i < topics.length; i++) {
      const topic = topics[i]!;
      const before = topic.partitions.map((p) => p.logStartOffset);
      if (topic.applyRetention(nowMs) > 0) {
        const moved = topic.partitions
          .map((p, i) => (p.logStartOffset > before[i]! ? `${i}: ${before[i]} -> ${p.logStartOffset}` : null))
          .filter(Boolean);
        this.emit(
          'retention',
          topic.name,
          `${topic.name}: segments deleted, log start offset ${moved.join(', ')}`,
        );
      }
    }
  }

  /** A scheduled fault that cannot apply (its target is gone) is told in the event log, not thrown. */
  private applyScheduled(fault: FaultAction): void {
    try {
      applyFault(this, fault);
    } catch (e) {
      this.emit('fault', fault.type, `scheduled ${fault.type} skipped: ${(e as Error).message}`);
    }
  }

  /** Starts one more consumer in the group of a sink or processor node. */
  addConsumer(nodeId: string): string {
    const group = this.groupOf(nodeId);
    return group.addMember().clientId;
  }

  /** Closes a consumer gracefully (the newest, or the one with this client id): it leaves the group at once. */
  removeConsumer(nodeId: string, clientId?: string): void {
    const group = this.groupOf(nodeId);
    if (clientId === undefined) group.removeMember();
    else this.consumerOf(group, clientId).close();
  }

  /**
   * Kills a consumer's process (the newest live one, or the one with this client id): the coordinator notices
   * only after session.timeout.ms, and the consumer stays down until a consumer-start.
   */
  crashConsumer(nodeId: string, clientId?: string): void {
    const group = this.groupOf(nodeId);
    const live = group.liveMembers();
    const member = clientId === undefined ? live[live.length - 1] : this.consumerOf(group, clientId);
    if (member) group.crashMember(member, this.nowMs);
  }

  /** A live consumer of the group by client id; throws when there is none. */
  consumerOf(group: GroupRuntime, clientId: string): ConsumerMember {
    const member = group.liveMembers().find((m) => m.clientId === clientId);
    if (!member) throw new Error(`${group.groupId} has no running consumer "${clientId}"`);
    return member;
  }

  /** Pauses or resumes a source's production. */
  pauseSource(nodeId: string, paused: boolean): void {
    const source = this.sources.get(nodeId);
    if (!source) throw new Error(`no source with id "${nodeId}"`);
    source.paused = paused;
  }

  /**
   * Applies a fault now: kill, shut down, restart or throttle a broker; kill, start or slow a consumer; kill or
   * restart a processor; pause or resume a source. Throws an Error that names what is wrong when the target
   * does not exist.
   */
  applyFault(fault: FaultAction): void {
    applyFault(this, fault);
  }

  group(nodeId: string): GroupRuntime | undefined {
    return this.groups.get(nodeId);
  }

  recentEvents(limit?: number): readonly SimEvent[] {
    return this.events.recent(limit);
  }

  report(): SimulationReport {
    return buildReport(this);
  }

  private groupOf(nodeId: string): GroupRuntime {
    const group = this.groups.get(nodeId);
    if (!group) throw new Error(`no sink or processor with id "${nodeId}"`);
    return group;
  }
}
