import {
  createSimulation,
  estimateDesign,
  fluidRefusal,
  parsedDocumentProblem,
  sizeRefusal,
  slowWarning,
  type FaultAction,
  type PipelineDocument,
  type Refusal,
  type Simulation,
  type SimulationMode,
} from '../engine';
import { TICKS_PER_REPORT, TICKS_PER_SERIES } from '../protocol/cadence';
import type { Clock } from '../protocol/clock';
import {
  MAX_RECORD_SPEED,
  MAX_SPEED,
  MIN_SPEED,
  PROTOCOL_VERSION,
  type ConsumerAction,
  type ToWorker,
} from '../protocol/messages';
import { AchievedSpeed } from './achievedSpeed';
import { advanceWithinBudget } from './advance';
import type { ViewNeed } from '../protocol/viewNeed';
import { PlayLoop } from './playLoop';
import { SnapshotPublisher, type Post } from './snapshotPublisher';
import { viewReport } from './viewReport';

/** Events sent with each report, newest last. */
export const REPORT_EVENTS = 8;
/** The longest single Step a page may ask for, so one message cannot hold the worker for long. */
export const MAX_STEP_MS = 10 * 60_000;

export interface SimHostOptions {
  post: Post;
  clock: Clock;
  /** The engine's createSimulation; tests pass a wrapper to make it fail. */
  simulate?: typeof createSimulation;
}

/**
 * The worker's brain, without the Worker: answers the page's messages, owns the simulation and the play
 * loop. sim.worker.ts only wires it to `self`; tests drive it with a TestClock.
 */
export class SimHost {
  private readonly post: Post;
  private readonly clock: Clock;
  private readonly loop: PlayLoop;
  private readonly simulate: typeof createSimulation;
  private readonly publisher: SnapshotPublisher;
  private greeted = false;
  private doc: PipelineDocument | null = null;
  private sim: Simulation | null = null;
  private seed = 1;
  private speed = 1;
  /** The mode new simulations run in; the page was last told `toldMode`. */
  private mode: SimulationMode = 'record';
  private toldMode: SimulationMode | null = null;
  private chartGroup: string | null = null;
  /** The Capacity view is open (reports carry `capacity`), and the brokers its what-if takes down. */
  private capacity: { open: boolean; down: number[] } = { open: false, down: [] };
  /** What the page shows, so reports carry only that; null until it says (reports are whole). */
  private need: ViewNeed | null = null;
  private ticks = 0;
  /** How fast the simulation really runs while playing, against `speed`. */
  private readonly achieved = new AchievedSpeed();
  /** The newest metrics sample time in the last series sent; -1: none sent yet. */
  private seriesSampleMs = -1;
  /** The design was told to be slow; told again only after it was not. */
  private toldSlow = false;

  constructor({ post, clock, simulate = createSimulation }: SimHostOptions) {
    this.post = post;
    this.clock = clock;
    this.simulate = simulate;
    this.publisher = new SnapshotPublisher(post);
    this.loop = new PlayLoop(clock, (wallMs) => this.tick(wallMs));
  }

  receive(message: ToWorker): void {
    if (message.type === 'hello') return this.hello(message.protocolVersion);
    if (!this.greeted)
      return this.fail(`expected hello (protocol ${PROTOCOL_VERSION}) before ${message.type}`);
    switch (message.type) {
      case 'load':
        return this.load(message.document, message.seed);
      case 'update':
        return this.update(message.document);
      case 'reset':
        return this.doc ? this.start() : this.fail('nothing to reset: no design is loaded');
      case 'seed':
        return this.setSeed(message.seed);
      case 'play':
        if (!this.loop.running) this.achieved.restart(this.clock.now());
        this.loop.start();
        return this.report();
      case 'pause':
        this.loop.stop();
        return this.report();
      case 'step':
        return this.step(message.ms);
      case 'speed':
        return this.setSpeed(message.factor);
      case 'mode':
        return this.setMode(message.mode);
      case 'consumer':
        return this.consumer(message.node, message.action, message.clientId);
      case 'fault':
        return this.fault(message.fault);
      case 'chartGroup':
        this.chartGroup = message.node;
        return this.series();
      case 'capacity':
        this.capacity = { open: message.open, down: [...message.down] };
        return this.report();
      case 'view':
        this.need = {
          view: message.view,
          topics: [...message.topics],
          ...(message.whole && { whole: true }),
        };
        return this.report();
      case 'records':
        return this.post({
          type: 'records',
          query: message.query,
          page: this.sim ? this.sim.records(message.query) : null,
        });
      case 'recycle':
        for (const buffer of message.buffers) this.publisher.recycle(buffer);
        return;
      default:
        return this.fail(`unknown message type "${(message as { type: unknown }).type}"`);
    }
  }

  private hello(version: number): void {
    if (version !== PROTOCOL_VERSION) {
      this.greeted = false;
      return this.fail(`the page speaks protocol ${version}, this worker speaks ${PROTOCOL_VERSION}`);
    }
    this.greeted = true;
    this.post({ type: 'ready', protocolVersion: PROTOCOL_VERSION });
  }

  private load(document: PipelineDocument, seed: number): void {
    if (!Number.isSafeInteger(seed)) return this.fail(`seed must be an integer, got ${seed}`);
    if (!this.accepts(document)) return;
    this.doc = document;
    this.seed = seed;
    const nodeNames = Object.fromEntries(document.nodes.map((node) => [node.id, node.name]));
    this.post({ type: 'loaded', name: document.name, nodeNames });
    this.start();
  }

  /** A new simulation of the current design and seed, at time zero; playing on if it was playing. */
  private start(): void {
    const refused = this.mode === 'fluid' ? fluidRefusal(this.doc!) : null;
    if (refused !== null) {
      this.toRecordMode();
      this.post({
        type: 'notice',
        text: `This design runs per record, at most ${MAX_RECORD_SPEED}x: the fluid mode cannot run it (${refused}).`,
      });
    }
    this.sim = this.simulate(this.doc!, { seed: this.seed, mode: this.mode });
    this.tellMode();
    this.ticks = 0;
    // A new simulation runs the whole design: nothing is left over to apply on Reset.
    this.post({ type: 'refused', refusals: [] });
    this.achieved.restart(this.clock.now());
    this.publisher.refreshLayout(this.sim, true);
    this.publishAll();
  }

  /** A live change: Kafka's rules decide what the running simulation takes, and the rest is refused. */
  private update(document: PipelineDocument): void {
    if (!this.accepts(document)) return;
    this.doc = document;
    const sim = this.sim;
    if (!sim) return this.start();
    // A design the fluid mode cannot run (a processor added, a topic compacted) runs again per record, saying why
    // (start), rather than failing as an engine error would.
    if (sim.mode === 'fluid' && fluidRefusal(document) !== null) return this.start();
    let refusals: Refusal[] = [];
    if (!this.guard(() => (refusals = sim.update(document)))) return;
    this.post({ type: 'refused', refusals });
    this.publisher.refreshLayout(sim, true);
    this.publishAll();
  }

  /**
   * A design the page parsed (docs/architecture.md, "The path of one edit"), refused only when the message is not
   * a parsed design at all or when it would not fit; the running simulation, if any, goes on.
   */
  private accepts(document: PipelineDocument): boolean {
    const problem = parsedDocumentProblem(document);
    if (problem) this.post({ type: 'invalid', errors: [problem] });
    return problem === null && this.fits(document);
  }

  /**
   * The engine's size estimate, before anything is built: a design over the memory budget is refused (the
   * running simulation, if any, goes on), and one that will run slower than real time is told once.
   */
  private fits(doc: PipelineDocument): boolean {
    const estimate = estimateDesign(doc);
    const refused = sizeRefusal(estimate);
    if (refused) {
      this.post({ type: 'invalid', errors: [refused] });
      return false;
    }
    const slow = slowWarning(estimate);
    if (slow && !this.toldSlow) this.post({ type: 'notice', text: `${slow}.` });
    this.toldSlow = slow !== null;
    return true;
  }

  private setSeed(seed: number): void {
    if (!Number.isSafeInteger(seed)) return this.fail(`seed must be an integer, got ${seed}`);
    this.seed = seed;
    if (this.doc) this.start();
  }

  private step(ms: number): void {
    if (!this.sim) return this.fail('nothing to step: no design is loaded');
    if (!(ms > 0 && ms <= MAX_STEP_MS)) return this.fail(`step must be in (0, ${MAX_STEP_MS}] ms, got ${ms}`);
    if (this.guard(() => this.sim!.step(ms))) this.publishAll();
  }

  private setSpeed(factor: number): void {
    if (!(factor >= MIN_SPEED && factor <= MAX_SPEED))
      return this.fail(`speed must be between ${MIN_SPEED} and ${MAX_SPEED}, got ${factor}`);
    // Faster than the per-record mode goes is the fluid mode's work: the run starts again in it, and the page says so.
    const toFluid = factor > MAX_RECORD_SPEED && this.mode === 'record';
    const refused = toFluid && this.doc ? fluidRefusal(this.doc) : null;
    if (refused !== null)
      return this.fail(
        `speeds above ${MAX_RECORD_SPEED}x run the fluid mode, which cannot run this design: ${refused}`,
      );
    this.speed = factor;
    this.achieved.restart(this.clock.now());
    if (!toFluid) return this.report();
    this.mode = 'fluid';
    if (!this.doc) return this.tellMode();
    this.post({
      type: 'notice',
      text: `Above ${MAX_RECORD_SPEED}x the fluid mode runs: flows as rates instead of every record. The run started again at 0 s.`,
    });
    this.start();
  }

  /** A new run of the design in `mode` (the fluid mode only where fluidRefusal allows it). */
  private setMode(mode: SimulationMode): void {
    if (mode !== 'record' && mode !== 'fluid')
      return this.fail(`mode must be "record" or "fluid", got ${String(mode)}`);
    if (mode === this.mode) return this.tellMode();
    const refused = mode === 'fluid' && this.doc ? fluidRefusal(this.doc) : null;
    if (refused !== null) return this.fail(`the fluid mode cannot run this design: ${refused}`);
    if (mode === 'record') this.toRecordMode();
    else this.mode = mode;
    if (!this.doc) return this.tellMode();
    this.post({
      type: 'notice',
      text:
        mode === 'fluid'
          ? 'The fluid mode runs: flows as rates instead of every record, for hours and days. The run started again at 0 s.'
          : `Every record runs again, at up to ${MAX_RECORD_SPEED}x. The run started again at 0 s.`,
    });
    this.start();
  }

  /** The per-record mode, at no more than its top speed. */
  private toRecordMode(): void {
    this.mode = 'record';
    if (this.speed > MAX_RECORD_SPEED) this.speed = MAX_RECORD_SPEED;
  }

  private tellMode(): void {
    if (this.toldMode === this.mode) return;
    this.toldMode = this.mode;
    this.post({ type: 'mode', mode: this.mode });
  }

  private consumer(node: string, action: ConsumerAction, clientId: string | undefined): void {
    this.act((sim) => {
      if (action === 'add') sim.addConsumer(node);
      else if (action === 'remove') sim.removeConsumer(node, clientId);
      else sim.crashConsumer(node, clientId);
    });
  }

  /** A fault injected now, into this run only (the document's schedule is the saved kind). */
  private fault(fault: FaultAction): void {
    this.act((sim) => sim.applyFault(fault));
  }

  /**
   * A person's action on the running simulation. One the engine refuses (no such node or broker) is
   * told to the page with the engine's reason, and the run goes on as it was.
   */
  private act(action: (sim: Simulation) => void): void {
    const sim = this.sim;
    if (!sim) return this.fail('no design is loaded');
    try {
      action(sim);
    } catch (error) {
      return this.fail(error instanceof Error ? error.message : String(error));
    }
    this.publishAll();
  }

  private tick(wallMs: number): void {
    const sim = this.sim;
    if (!sim) return;
    const tickStart = this.clock.now();
    if (this.publisher.pageBehind) {
      // The page has not taken in what it was sent (a slow or busy machine): step nothing and send nothing
      // until it catches up, so its queue stays short and it answers the person at once; the worker's time
      // goes to the page instead, and the achieved speed says the run is slower than asked.
      this.achieved.record(tickStart, tickStart, 0, this.speed);
      return;
    }
    let stepped = 0;
    if (!this.guard(() => (stepped = advanceWithinBudget(sim, wallMs * this.speed, this.clock)))) return;
    this.achieved.record(tickStart, this.clock.now(), stepped, this.speed);
    this.ticks++;
    this.publisher.snapshot(sim);
    if (this.ticks % TICKS_PER_SERIES === 0 && sim.lastSampleMs !== this.seriesSampleMs) this.series();
    if (this.ticks % TICKS_PER_REPORT === 0) {
      // A pattern subscription can pick up topics as time passes, so the topology is looked at again.
      this.publisher.refreshLayout(sim, false);
      this.report();
    }
  }

  /** Runs engine work; an engine failure pauses the loop and tells the page instead of killing the worker. */
  private guard(work: () => void): boolean {
    try {
      work();
      return true;
    } catch (error) {
      this.loop.stop();
      this.post({
        type: 'error',
        message: `the simulation failed: ${error instanceof Error ? error.message : String(error)}`,
        paused: true,
      });
      // Tell the page it is paused now; a simulation too broken to report has been announced already.
      try {
        this.report();
      } catch {
        // nothing more to say
      }
      return false;
    }
  }

  /** Everything the page shows, after a command changed the simulation. */
  private publishAll(): void {
    const sim = this.sim;
    if (!sim) return;
    this.publisher.refreshLayout(sim, false);
    this.publisher.snapshot(sim);
    this.series();
    this.report();
  }

  private series(): void {
    if (!this.sim) return;
    this.seriesSampleMs = this.sim.lastSampleMs;
    this.post({ type: 'series', series: this.sim.chartSeries(this.chartGroup) });
  }

  private report(): void {
    if (!this.sim) return;
    const full = this.sim.report({
      ...(this.capacity.open && { capacity: { down: this.capacity.down } }),
      positions: true,
    });
    const { report, whole, digests } = viewReport(full, this.need);
    this.post({
      type: 'report',
      report,
      whole,
      digests,
      events: [...this.sim.recentEvents(REPORT_EVENTS)],
      running: this.loop.running,
      speed: this.speed,
      achievedSpeed: this.loop.running ? this.achieved.speed() : null,
      fallingBehind: this.loop.running && this.achieved.behind,
    });
  }

  private fail(message: string): void {
    this.post({ type: 'error', message });
  }
}
