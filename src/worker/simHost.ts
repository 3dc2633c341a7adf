import { createSimulation, parseDocument, type Simulation } from '../engine';
import { MAX_SPEED, MIN_SPEED, PROTOCOL_VERSION, type FromWorker, type ToWorker } from '../protocol/messages';
import { advanceWithinBudget } from './advance';
import type { Clock } from './clock';
import { PlayLoop } from './playLoop';

/** Ticks between two reports while playing: about five a second. */
export const TICKS_PER_REPORT = 2;
/** Events sent with each report, newest last. */
export const REPORT_EVENTS = 8;
/** The longest single Step a page may ask for, so one message cannot hold the worker for long. */
export const MAX_STEP_MS = 10 * 60_000;

export interface SimHostOptions {
  post: (message: FromWorker) => void;
  clock: Clock;
  /** The engine's createSimulation; tests pass a wrapper to make it fail. */
  simulate?: typeof createSimulation;
}

/**
 * The worker's brain, without the Worker: answers the page's messages, owns the simulation and the play
 * loop. sim.worker.ts only wires it to `self`; tests drive it with a TestClock.
 */
export class SimHost {
  private readonly post: (message: FromWorker) => void;
  private readonly clock: Clock;
  private readonly loop: PlayLoop;
  private readonly simulate: typeof createSimulation;
  private greeted = false;
  private sim: Simulation | null = null;
  private speed = 1;
  private ticksSinceReport = 0;

  constructor({ post, clock, simulate = createSimulation }: SimHostOptions) {
    this.post = post;
    this.clock = clock;
    this.simulate = simulate;
    this.loop = new PlayLoop(clock, (wallMs) => this.tick(wallMs));
  }

  receive(message: ToWorker): void {
    if (message.type === 'hello') return this.hello(message.protocolVersion);
    if (!this.greeted)
      return this.fail(`expected hello (protocol ${PROTOCOL_VERSION}) before ${message.type}`);
    switch (message.type) {
      case 'load':
        return this.load(message.document, message.seed);
      case 'play':
        this.loop.start();
        return this.report();
      case 'pause':
        this.loop.stop();
        return this.report();
      case 'step':
        return this.step(message.ms);
      case 'speed':
        return this.setSpeed(message.factor);
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

  private load(document: unknown, seed: number): void {
    if (!Number.isSafeInteger(seed)) return this.fail(`seed must be an integer, got ${seed}`);
    const parsed = parseDocument(document);
    if (!parsed.ok) return this.post({ type: 'invalid', errors: parsed.errors });
    this.sim = this.simulate(parsed.doc, { seed });
    const nodeNames = Object.fromEntries(parsed.doc.nodes.map((node) => [node.id, node.name]));
    this.post({ type: 'loaded', name: parsed.doc.name, nodeNames });
    this.report();
  }

  private step(ms: number): void {
    if (!this.sim) return this.fail('nothing to step: no design is loaded');
    if (!(ms > 0 && ms <= MAX_STEP_MS)) return this.fail(`step must be in (0, ${MAX_STEP_MS}] ms, got ${ms}`);
    if (this.guard(() => this.sim!.step(ms))) this.report();
  }

  private setSpeed(factor: number): void {
    if (!(factor >= MIN_SPEED && factor <= MAX_SPEED))
      return this.fail(`speed must be between ${MIN_SPEED} and ${MAX_SPEED}, got ${factor}`);
    this.speed = factor;
    this.report();
  }

  private tick(wallMs: number): void {
    const sim = this.sim;
    if (!sim) return;
    if (!this.guard(() => advanceWithinBudget(sim, wallMs * this.speed, this.clock))) return;
    if (++this.ticksSinceReport >= TICKS_PER_REPORT) this.report();
  }

  /** Runs engine work; an engine failure pauses the loop and tells the page instead of killing the worker. */
  private guard(work: () => void): boolean {
    try {
      work();
      return true;
    } catch (error) {
      this.loop.stop();
      this.fail(`the simulation failed: ${error instanceof Error ? error.message : String(error)}`);
      // Tell the page it is paused now; a simulation too broken to report has been announced already.
      try {
        this.report();
      } catch {
        // nothing more to say
      }
      return false;
    }
  }

  private report(): void {
    this.ticksSinceReport = 0;
    if (!this.sim) return;
    this.post({
      type: 'report',
      report: this.sim.report(),
      events: [...this.sim.recentEvents(REPORT_EVENTS)],
      running: this.loop.running,
      speed: this.speed,
    });
  }

  private fail(message: string): void {
    this.post({ type: 'error', message });
  }
}
