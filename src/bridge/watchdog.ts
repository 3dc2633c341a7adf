import { HEARTBEAT_MS } from '../protocol/cadence';
import type { Clock } from '../protocol/clock';

/** How often the page looks at when it last heard from the worker. */
export const CHECK_MS = 1000;
/** Silence (no heartbeat, no message) after which a worker is taken for hung: five missed heartbeats. */
export const SILENCE_LIMIT_MS = 5 * HEARTBEAT_MS;
/** Before its first word a worker may still be loading its script on a slow, busy machine. */
export const STARTUP_LIMIT_MS = 30_000;
/**
 * A check this late means the page itself stood still (a long render, a suspended laptop, a throttled
 * background tab): the worker's words may still be queued, so the silence counts from now instead.
 */
export const PAGE_STALL_MS = 2 * CHECK_MS;

/** The page's side of the heartbeat: calls `onSilent` once when the worker has been silent too long. */
export class Watchdog {
  private timer: unknown = null;
  private lastHeard = 0;
  private lastCheck = 0;
  private greeted = false;

  constructor(
    private readonly clock: Clock,
    private readonly onSilent: () => void,
  ) {}

  /** A new worker: silence counts from now, with the startup allowance until it first speaks. */
  start(): void {
    this.stop();
    this.lastHeard = this.lastCheck = this.clock.now();
    this.greeted = false;
    this.schedule();
  }

  /** Anything the worker says (a heartbeat, a snapshot) shows it is alive. */
  heard(): void {
    this.lastHeard = this.clock.now();
    this.greeted = true;
  }

  stop(): void {
    if (this.timer !== null) this.clock.clearTimeout(this.timer);
    this.timer = null;
  }

  private schedule(): void {
    this.timer = this.clock.setTimeout(() => this.check(), CHECK_MS);
  }

  private check(): void {
    this.timer = null;
    const now = this.clock.now();
    if (now - this.lastCheck > PAGE_STALL_MS) this.lastHeard = Math.max(this.lastHeard, now - CHECK_MS);
    this.lastCheck = now;
    const limit = this.greeted ? SILENCE_LIMIT_MS : STARTUP_LIMIT_MS;
    if (now - this.lastHeard >= limit) return this.onSilent();
    this.schedule();
  }
}
