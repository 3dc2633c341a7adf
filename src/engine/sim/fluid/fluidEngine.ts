// The fluid mode's step loop (issue 13): flows are rates between events. Each step (at most FLUID_STEP_MS, and ending
// where a scheduled fault is due) the sources' records go into their partitions as runs, followers keep up, and the
// groups' consumers poll and process at their rates up to the high watermark; everything discrete runs the same code
// as the per-record loop in simulation.ts: faults, the controller (fencing, elections, the ISR), the group
// coordinator (joins, heartbeats, rebalances, commits), retention by segment, and the metrics samples.
import type { FaultAction, PipelineDocument } from '../../model/schema';
import type { FaultSchedule } from '../faultSchedule';
import type { GroupRuntime } from '../groupRuntime';
import type { ScheduledTasks } from '../scheduledTasks';
import type { SimulationState } from '../simulationState';
import type { TopicRuntime } from '../topicRuntime';
import { FluidPartitions } from './fluidPartitions';
import { FluidSource } from './fluidSource';
import { catchUpFollowers } from './replicaCatchUp';

/** The longest fluid step, ms: the metrics' sample interval, and well under every group timing's (heartbeats 3 s). */
export const FLUID_STEP_MS = 1000;

/**
 * The fluid mode's metrics sample interval: its runs are hours and days, and the charts keep the newest 600 samples
 * (SERIES_CAPACITY), so samples 10 s apart show 100 minutes; sampling every second would cost more than the flows.
 */
export const FLUID_SAMPLE_INTERVAL_MS = 10_000;

export class FluidEngine {
  private sources: FluidSource[] = [];
  private groups: GroupRuntime[] = [];
  private topics: TopicRuntime[] = [];
  /** Per topic, what the fluid mode keeps beside the logs (FluidSource writes it, the followers read it). */
  private parts = new Map<TopicRuntime, FluidPartitions>();
  private partsList: FluidPartitions[] = [];
  private doc: PipelineDocument | null = null;
  /** Simulated time asked for that does not yet make up the next step (step). */
  private carryMs = 0;

  constructor(
    private readonly state: SimulationState,
    private readonly faults: FaultSchedule,
    /** Retention, the cleaner and the metrics sample: the per-record loop's schedule, shared. */
    private readonly tasks: ScheduledTasks,
    /** The Simulation's handler of a scheduled fault, as the per-record loop calls it. */
    private readonly applyFault: (fault: FaultAction) => void,
    readonly stepMs: number = FLUID_STEP_MS,
  ) {
    state.cluster.followersKeepUp = true;
  }

  /** The design changed (reconcile has run): the flows follow the sources, topics and partitions now. */
  update(doc: PipelineDocument): void {
    this.doc = doc;
    const state = this.state;
    this.topics = [...state.topics.values()];
    const parts = new Map<TopicRuntime, FluidPartitions>();
    for (const t of this.topics) parts.set(t, new FluidPartitions(t.partitionCount, this.parts.get(t)));
    this.parts = parts;
    this.partsList = this.topics.map((t) => parts.get(t)!);
    this.groups = [...state.groups.values()];
    for (const g of this.groups) g.fluidStepMs = this.stepMs;
    this.sources = [...state.sources.values()].map((s) => {
      const topics: TopicRuntime[] = [];
      for (const e of doc.edges) {
        if (e.from !== s.nodeId) continue;
        const t = state.topicsByNode.get(e.to);
        if (t) topics.push(t);
      }
      return new FluidSource(s, topics, (t) => parts.get(t)!);
    });
  }

  /**
   * Advances simulated time by `dtMs` in steps that end on the step grid and where a fault or a coordinator's deadline
   * falls. Time short of the next step's end carries over to the next call, so the same span gives the same run
   * however it is cut into calls (the page steps a quarter second at a time, the command line a second).
   */
  step(dtMs: number): void {
    const target = this.state.nowMs + this.carryMs + dtMs;
    this.runTo(target, false);
    this.carryMs = target - this.state.nowMs;
  }

  /** Runs to exactly `timeMs`, its last step cut short there: the end of a run (Simulation.runUntil). */
  finishAt(timeMs: number): void {
    this.runTo(timeMs, true);
    this.carryMs = 0;
  }

  private runTo(target: number, cutLastStep: boolean): void {
    const state = this.state;
    while (state.nowMs < target) {
      const now = state.nowMs;
      // The first step is one millisecond, as the per-record loop's first tick: clients start (consumers join) at 1 ms.
      let until = now === 0 ? 1 : (Math.floor(now / this.stepMs) + 1) * this.stepMs;
      const fault = this.faults.nextDueMs;
      if (fault > now && fault < until) until = fault;
      // A group coordinator's deadline (a join round's end, a session to expire) ends a step, as an event does.
      const groups = this.groups;
      for (let i = 0; i < groups.length; i++) {
        const due = groups[i]!.membership.nextDeadlineMs;
        if (due > now && due < until) until = due;
      }
      if (until > target) {
        if (!cutLastStep) return;
        until = target;
      }
      this.advance(now, until);
    }
  }

  private advance(now: number, until: number): void {
    const state = this.state;
    const doc = this.doc!;
    // Faults at `now` (the per-record loop applies those before the end of the tick they fall in).
    if (this.faults.dueBefore(now + 1)) this.faults.applyDue(now + 1, this.applyFault);
    state.cluster.refill(until - now);
    const topics = this.topics;
    const parts = this.partsList;
    for (let t = 0; t < topics.length; t++) parts[t]!.startStep(topics[t]!.partitions);
    const sources = this.sources;
    for (let i = 0; i < sources.length; i++) sources[i]!.produce(now, until);
    state.nowMs = until;
    for (let t = 0; t < topics.length; t++) {
      const replicas = topics[t]!.replicas;
      for (let p = 0; p < replicas.length; p++) catchUpFollowers(replicas[p]!, parts[t]!, p, until);
    }
    state.cluster.tick(until);
    const groups = this.groups;
    for (let i = 0; i < groups.length; i++) {
      const g = groups[i]!;
      const generation = g.membership.generation;
      g.tick(until);
      // A new generation: the members take their assignments now (per record they would within a tick).
      if (g.membership.generation !== generation) g.tick(until);
    }
    this.tasks.runDue(until, doc.cluster, this.topics);
  }
}
