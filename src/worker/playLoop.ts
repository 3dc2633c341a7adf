import { TICK_MS } from '../protocol/cadence';
import type { Clock } from '../protocol/clock';

/**
 * The most wall time one tick accounts for. A worker that was throttled in a background tab, or stalled,
 * resumes where it was instead of leaping ahead by everything it missed.
 */
export const MAX_TICK_WALL_MS = 250;

/**
 * Calls `onTick` about every TICK_MS with the wall time since the previous tick. The next tick is set
 * only after this one returns, so ticks never pile up behind a slow one.
 */
export class PlayLoop {
  private handle: unknown = null;
  private last = 0;

  constructor(
    private readonly clock: Clock,
    private readonly onTick: (wallMs: number) => void,
  ) {}

  get running(): boolean {
    return this.handle !== null;
  }

  start(): void {
    if (this.running) return;
    this.last = this.clock.now();
    this.schedule();
  }

  stop(): void {
    if (this.handle === null) return;
    this.clock.clearTimeout(this.handle);
    this.handle = null;
  }

  private schedule(): void {
    this.handle = this.clock.setTimeout(() => this.tick(), TICK_MS);
  }

  private tick(): void {
    const now = this.clock.now();
    const wallMs = Math.min(now - this.last, MAX_TICK_WALL_MS);
    this.last = now;
    this.schedule();
    // onTick may stop the loop (on an engine failure); the timer set above is then cleared.
    this.onTick(wallMs);
  }
}
