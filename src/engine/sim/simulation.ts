// The simulation: the design document brought to life, advanced only by `step` in simulated time. Its runtime
// objects (topics, groups, producers, the cluster, the metrics) are one SimulationState it keeps to itself: code
// outside sim/ sees only the methods below (docs/architecture.md, "The engine's public API").
import type { FaultAction, PipelineDocument } from '../model/schema';
import { applyFault } from './faults';
import type { SimEvent } from '../common/events';
import {
  addConsumer,
  crashConsumer,
  pauseSource,
  removeConsumer,
  restartConsumer,
  sendPoisonRecord,
} from './consumerActions';
import type { GroupRuntime } from './groupRuntime';
import type { ProcessorRuntime } from './processorRuntime';
import { reconcile } from './reconcile';
import { buildReport, type SimulationReport } from './report';
import { capacityReport } from './capacityInput';
import { groupPositions } from './groupPositions';
import { partitionRecords, type RecordPage, type RecordQuery } from './partitionRecords';
import { SimulationState } from './simulationState';
import type { SourceRuntime } from './sourceRuntime';
import { FaultSchedule } from './faultSchedule';
import type { ProducerRuntime } from './producerRuntime';
import type { TopicRuntime } from './topicRuntime';
import type { Refusal } from './refusal';
import { snapshotLayout, writeSnapshot, type SnapshotLayout } from './snapshot';
import { buildChartSeries, MAX_CHART_POINTS, type ChartSeries } from '../metrics/chartSeries';
import { keepState } from './stateOf';
import { LOG_INITIAL_TASK_DELAY_MS, ScheduledTasks } from './scheduledTasks';
import { FLUID_SAMPLE_INTERVAL_MS, FluidEngine } from './fluid/fluidEngine';
import { fluidRefusal } from './fluid/fluidRefusal';
import { idleTicks, refillSkipped, type SteppedParts } from './nextEvent';
import { BusyPieces } from './busyPieces';

export { LOG_INITIAL_TASK_DELAY_MS };

/**
 * What a report carries besides the state: `capacity`, the Capacity answer (capacity/buildCapacity.ts); with `down`,
 * its what-if with those brokers taken down (`capacity.whatIf`), which leaves the running simulation untouched.
 */
export interface ReportOptions {
  capacity?: boolean | { down?: readonly number[] };
  /** Each group's consumer positions per partition (`positions`), for the client's records-lag. */
  positions?: boolean;
}

/** 'record': every record through the producers, logs and consumers; 'fluid': flows as rates (sim/fluid/). */
export type SimulationMode = 'record' | 'fluid';

export interface SimulationOptions {
  seed: number;
  /** Default 'record'. 'fluid' throws an Error that says why when the design needs records (fluidRefusal). */
  mode?: SimulationMode;
  /** The fluid mode's longest step, ms (default FLUID_STEP_MS). */
  fluidStepMs?: number;
  /** Record details kept per partition (a ring); older records are known by their segment only. */
  retainedRecordsPerPartition?: number;
  /** Simulated milliseconds per internal tick: the resolution of linger.ms, polls and heartbeats. */
  tickMs?: number;
  /** Simulated milliseconds between metric samples (default 1000; FLUID_SAMPLE_INTERVAL_MS in the fluid mode). */
  sampleIntervalMs?: number;
  /**
   * Jump over ticks in which nothing happens (sim/nextEvent.ts), with the same results; default true. False runs
   * every tick, for tests and comparisons.
   */
  skipIdle?: boolean;
}

export class Simulation {
  private readonly state: SimulationState;
  private readonly tickMs: number;
  private readonly faults = new FaultSchedule();
  private doc: PipelineDocument;
  /** Retention, the cleaner and the metrics sample, on one schedule for both loops. */
  private readonly tasks: ScheduledTasks;
  private carryMs = 0;
  /** Which source's producer sends first this tick. */
  private senderTurn = 0;
  private readonly skipIdle: boolean;
  /** The tick being run may leave out the pieces with nothing to do (see `step`). */
  private partialTick = false;
  /** Which pieces have been busy tick after tick, so the loop stops asking them for a while (busyPieces.ts). */
  private readonly busy = new BusyPieces();
  /** The step loop's view of the runtime pieces for event skipping: its lists set by `update`, its timers per look. */
  private parts!: SteppedParts;
  // Flat lists for the step loop, rebuilt when the design changes.
  private sourceList: SourceRuntime[] = [];
  private sinkList: GroupRuntime[] = [];
  private processorList: ProcessorRuntime[] = [];
  private topicList: TopicRuntime[] = [];
  private producerList: ProducerRuntime[] = [];
  /** The fluid mode's loop; null in the per-record mode. */
  private readonly fluid: FluidEngine | null = null;

  constructor(doc: PipelineDocument, options: SimulationOptions) {
    this.tickMs = options.tickMs ?? 1;
    this.skipIdle = options.skipIdle ?? true;
    this.state = new SimulationState(
      doc.cluster,
      options.seed,
      options.retainedRecordsPerPartition ?? 16384,
      options.sampleIntervalMs ?? (options.mode === 'fluid' ? FLUID_SAMPLE_INTERVAL_MS : 1000),
    );
    keepState(this, this.state);
    this.doc = doc;
    this.tasks = new ScheduledTasks(this.state);
    if (options.mode === 'fluid') {
      refuseInFluidMode(doc);
      this.fluid = new FluidEngine(
        this.state,
        this.faults,
        this.tasks,
        (f) => this.applyScheduled(f),
        options.fluidStepMs,
      );
    }
    this.update(doc);
  }

  /** 'record' or 'fluid' (SimulationOptions.mode). */
  get mode(): SimulationMode {
    return this.fluid === null ? 'record' : 'fluid';
  }

  /** The seed every random choice of this run follows. */
  get seed(): number {
    return this.state.seed;
  }

  /** Simulated time, in milliseconds since the start. */
  get nowMs(): number {
    return this.state.nowMs;
  }

  /** The design document last given, to the constructor or to `update`. */
  get document(): PipelineDocument {
    return this.doc;
  }

  /**
   * Applies a changed design to the running simulation; returns what Kafka would refuse. In the fluid mode a design
   * it cannot run (a processor, a compacted topic) throws an Error that says why, and the run goes on unchanged.
   */
  update(doc: PipelineDocument): Refusal[] {
    if (this.fluid !== null) refuseInFluidMode(doc);
    this.doc = doc;
    const state = this.state;
    const refused = reconcile(state, doc);
    this.sourceList = [...state.sources.values()];
    this.processorList = [...state.processors.values()];
    this.sinkList = [...state.groups.values()].filter((g) => !state.processors.has(g.nodeId));
    this.topicList = [...state.topics.values()];
    this.producerList = [
      ...this.sourceList.map((s) => s.producer),
      ...this.processorList.map((p) => p.producer),
    ];
    this.parts = {
      sources: this.sourceList,
      producers: this.producerList,
      processors: this.processorList,
      sinks: this.sinkList,
      cluster: state.cluster,
      nextFaultMs: Infinity,
      nextTimerMs: Infinity,
      clientsDue: true,
    };
    this.faults.schedule(doc.faults, this.nowMs);
    this.fluid?.update(doc);
    return refused;
  }

  /**
   * Advances simulated time by `dtMs`, in whole ticks; a remainder carries over to the next call. Ticks in which
   * nothing happens are skipped (sim/nextEvent.ts) except the first and last of the call (the design or a fault may
   * have changed anything between calls, and what a call leaves behind is what a person then acts on) and the one
   * after a tick in which the clients had work or something was told in the event log (a later phase of a tick, such
   * as the cluster's, is read by earlier phases of the next: the producers' partitioners and cached leaders).
   */
  step(dtMs: number): void {
    if (this.fluid !== null) return this.fluid.step(dtMs);
    this.carryMs += dtMs;
    const tick = this.tickMs;
    const state = this.state;
    let settle = true;
    while (this.carryMs >= tick) {
      if (this.skipIdle && this.busy.uncheckedTicks > 0) {
        // Busy for a while: run ticks without looking, as every tick would (a tick run needlessly changes nothing).
        this.busy.uncheckedTicks--;
        settle = true;
      } else if (this.skipIdle) {
        const parts = this.steppedParts();
        const idle = idleTicks(parts, state.nowMs, tick, Math.floor(this.carryMs / tick) - 1);
        this.busy.looked(idle === 0);
        if (idle > 0 && !settle) {
          this.skipTicks(tick, idle);
          continue;
        }
        settle = idle === 0 && parts.clientsDue;
      }
      const events = state.events.total;
      // The last tick of a call, and the one before a fault, run whole: what a person or the fault then reads of the
      // clients (the time of their last tick) is as every tick would have left it.
      this.partialTick =
        this.skipIdle && this.carryMs >= 2 * tick && state.nowMs + 2 * tick <= this.faults.nextAtMs;
      this.carryMs -= tick;
      state.ticksRun++;
      this.tick(tick);
      // Something the event log tells of (an election, an ISR change, a rebalance) is read by the next tick's clients.
      if (state.events.total !== events) settle = true;
    }
  }

  /** The pieces each tick runs, as `idleTicks` reads them, with the timers as they stand now. */
  private steppedParts(): SteppedParts {
    const parts = this.parts;
    parts.nextFaultMs = this.faults.nextAtMs;
    parts.nextTimerMs = this.tasks.nextDueMs;
    return parts;
  }

  /** `ticks` idle ticks at once: the clock moves as the ticks would have moved it, and the links refill. */
  private skipTicks(tick: number, ticks: number): void {
    const state = this.state;
    let now = state.nowMs;
    let n = 0;
    // The same subtractions and additions as the ticks would make, and never the call's last tick.
    for (; n < ticks && this.carryMs - tick >= tick; n++) {
      this.carryMs -= tick;
      now += tick;
    }
    state.nowMs = now;
    if (this.sourceList.length > 0) this.senderTurn += n;
    refillSkipped(this.parts, tick, n, now);
  }

  /** Runs until the simulated clock reaches `timeMs`. */
  runUntil(timeMs: number): void {
    if (this.fluid !== null) return this.fluid.finishAt(timeMs);
    this.step(timeMs - this.nowMs - this.carryMs);
  }

  private tick(tick: number): void {
    const state = this.state;
    const now = state.nowMs;
    const until = now + tick;
    if (this.faults.dueBefore(until)) this.faults.applyDue(until, (f) => this.applyScheduled(f));
    state.cluster.refill(tick);
    const sources = this.sourceList;
    for (let i = 0; i < sources.length; i++) sources[i]!.tick(now, until);
    // The sources' producers send in turn, each tick another first: independent clients share a broker's links
    // (the first to send on a throttled link would otherwise take every byte it frees).
    const n = sources.length;
    if (n > 0) {
      const first = this.senderTurn++ % n;
      for (let k = 0; k < n; k++) sources[(first + k) % n]!.producer.endTick(until);
    }
    state.nowMs = until;
    // In a partial tick the cluster and the groups with nothing to do now are left out (their links refilled).
    const partial = this.partialTick;
    const busy = this.busy;
    if (!partial || !busy.idle(0, state.cluster, until)) state.cluster.tick(until);
    const producers = this.producerList;
    for (let i = 0; i < producers.length; i++) producers[i]!.sender.run(until);
    const processors = this.processorList;
    for (let i = 0; i < processors.length; i++) {
      const p = processors[i]!;
      if (partial && !p.producer.blocked && busy.idle(1 + i, p.group, until)) {
        p.group.clientLink.refillTicks(tick, 1, until);
        p.producer.endTick(until);
      } else p.tick(until, until);
    }
    const sinks = this.sinkList;
    for (let i = 0; i < sinks.length; i++) {
      const g = sinks[i]!;
      if (partial && busy.idle(1 + processors.length + i, g, until)) g.clientLink.refillTicks(tick, 1, until);
      else g.tick(until);
    }
    this.tasks.runDue(until, this.doc.cluster, this.topicList);
  }

  /** A scheduled fault that cannot apply (its target is gone) is told in the event log, not thrown. */
  private applyScheduled(fault: FaultAction): void {
    try {
      applyFault(this.state, fault);
    } catch (e) {
      this.state.emit('fault', fault.type, `scheduled ${fault.type} skipped: ${(e as Error).message}`);
    }
  }

  /** Starts one more consumer in the group of a sink or processor node; returns its client id. */
  addConsumer(nodeId: string): string {
    return addConsumer(this.state, nodeId);
  }

  /** Closes a consumer gracefully (the newest, or the one with this client id): it leaves the group at once. */
  removeConsumer(nodeId: string, clientId?: string): void {
    removeConsumer(this.state, nodeId, clientId);
  }

  /**
   * Kills a consumer's process (the newest live one, or the one with this client id): the coordinator notices
   * only after session.timeout.ms, and the consumer stays down until a consumer-start.
   */
  crashConsumer(nodeId: string, clientId?: string): void {
    crashConsumer(this.state, nodeId, clientId);
  }

  /** Closes a consumer and starts it again 10 s later, same client.id and group.instance.id (RESTART_DELAY_MS). */
  restartConsumer(nodeId: string, clientId: string): void {
    restartConsumer(this.state, nodeId, clientId);
  }

  /** The source's next record (to `partition`, when given) is one no consumer can deserialize (a poison pill). */
  sendPoisonRecord(nodeId: string, partition?: number): void {
    sendPoisonRecord(this.state, nodeId, partition);
  }

  /** Pauses or resumes a source's production. */
  pauseSource(nodeId: string, paused: boolean): void {
    pauseSource(this.state, nodeId, paused);
  }

  /**
   * Applies a fault now: kill, shut down, restart or throttle a broker; kill, start or slow a consumer; kill or
   * restart a processor; pause or resume a source. Throws an Error that names what is wrong when the target
   * does not exist.
   */
  applyFault(fault: FaultAction): void {
    applyFault(this.state, fault);
  }

  /** The newest `limit` events (all kept, 500 at most), oldest first. */
  recentEvents(limit?: number): readonly SimEvent[] {
    return this.state.events.recent(limit);
  }

  /** Events since the start, including those the log no longer keeps. */
  get eventCount(): number {
    return this.state.events.total;
  }

  /** The whole state in objects: what `npm run simulate -- --json` prints and the page's cards read. */
  report(options: ReportOptions = {}): SimulationReport {
    const report = buildReport(this.state);
    if (this.fluid !== null) report.mode = 'fluid';
    if (options.positions)
      for (const g of report.groups)
        g.positions = groupPositions(this.state.groups.get(g.node)!, this.state.topics);
    if (options.capacity)
      report.capacity = capacityReport(
        this.state,
        this.doc,
        report.groups,
        this.tickMs,
        LOG_INITIAL_TASK_DELAY_MS,
        typeof options.capacity === 'object' ? (options.capacity.down ?? []) : [],
      );
    return report;
  }

  /** One partition's records, with the groups and replicas among them (the record inspector); null: no such partition. */
  records(query: RecordQuery): RecordPage | null {
    return partitionRecords(this.state, query);
  }

  /** Which snapshot index is which, for the topology now (the flat snapshot: snapshot.ts). */
  snapshotLayout(): SnapshotLayout {
    return snapshotLayout(this.state);
  }

  /** Writes the current state into `out` (`layout.length` long) and returns it. */
  writeSnapshot(layout: SnapshotLayout, out: Float64Array): Float64Array {
    return writeSnapshot(this.state, layout, out);
  }

  /** The simulated time of the newest metrics sample (one a simulated second); 0 before the first. */
  get lastSampleMs(): number {
    return this.state.metrics.time.last();
  }

  /**
   * The charts' window of the newest `maxPoints` samples, for the topics and groups of the design now, with the
   * lag per partition of the group of `chartGroup` (a sink or processor node id).
   */
  chartSeries(chartGroup: string | null, maxPoints = MAX_CHART_POINTS): ChartSeries {
    return buildChartSeries(this.state.metrics, this.state, chartGroup, maxPoints);
  }
}

/** Throws an Error that says why the fluid mode cannot run `doc` (fluidRefusal), if it cannot. */
function refuseInFluidMode(doc: PipelineDocument): void {
  const refused = fluidRefusal(doc);
  if (refused !== null) throw new Error(`the fluid mode cannot run this design: ${refused}`);
}
