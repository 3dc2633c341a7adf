// How fast the simulation really runs: simulated ms advanced per wall ms over the last few seconds, so
// the page can say "23x of 100x" under the clock when the machine cannot keep up with the chosen speed.
// Wall time is measured here, in the worker, never in the engine.

/** The sliding window the speed is measured over, in wall ms. */
export const SPEED_WINDOW_MS = 3_000;
/** Falling behind: below this share of the asked speed over a whole window. */
export const BEHIND_BELOW = 0.9;
/** Caught up again: at or above this share, so a speed near the line does not flicker. */
export const CAUGHT_UP_AT = 0.95;
/**
 * A wait this long between one tick's end and the next one's start (a stalled or suspended worker) starts
 * the measurement again. Time spent stepping inside a tick is never a gap: it is what makes a run slow.
 */
export const GAP_RESET_MS = 1_000;

/** Enough for a window of ticks at one per 50 ms wall, with room to spare. */
const CAPACITY = 256;

export class AchievedSpeed {
  /** Wall time and cumulative simulated time at each tick, in a ring. */
  private readonly wall = new Float64Array(CAPACITY);
  private readonly simulated = new Float64Array(CAPACITY);
  private start = 0;
  private length = 0;
  private total = 0;
  private behindNow = false;

  /** Play started, the speed changed or the simulation was replaced: measure afresh from `wallNow`. */
  restart(wallNow: number): void {
    this.start = 0;
    this.length = 0;
    this.total = 0;
    this.behindNow = false;
    this.push(wallNow);
  }

  /** A tick that started at wall time `tickStart` advanced the simulation by `simMs`, ending at `wallNow`. */
  record(tickStart: number, wallNow: number, simMs: number, asked: number): void {
    if (this.length > 0 && tickStart - this.lastWall() > GAP_RESET_MS) this.restart(tickStart);
    this.total += simMs;
    this.push(wallNow);
    // Drop ticks older than the window, keeping one at or before its start as the baseline.
    while (this.length > 2 && wallNow - this.wall[(this.start + 1) % CAPACITY]! >= SPEED_WINDOW_MS) {
      this.start = (this.start + 1) % CAPACITY;
      this.length--;
    }
    const speed = this.speed();
    if (speed === null) return;
    if (!this.behindNow && speed < asked * BEHIND_BELOW) this.behindNow = true;
    else if (this.behindNow && speed >= asked * CAUGHT_UP_AT) this.behindNow = false;
  }

  /** Simulated ms per wall ms over the window; null until a whole window has been measured. */
  speed(): number | null {
    if (this.length < 2) return null;
    const first = this.start;
    const span = this.lastWall() - this.wall[first]!;
    if (span < SPEED_WINDOW_MS) return null;
    return (this.total - this.simulated[first]!) / span;
  }

  /** Slower than asked over a whole window, and not yet back near the asked speed. */
  get behind(): boolean {
    return this.behindNow;
  }

  private lastWall(): number {
    return this.wall[(this.start + this.length - 1) % CAPACITY]!;
  }

  private push(wallNow: number): void {
    if (this.length === CAPACITY) {
      this.start = (this.start + 1) % CAPACITY;
      this.length--;
    }
    const i = (this.start + this.length) % CAPACITY;
    this.wall[i] = wallNow;
    this.simulated[i] = this.total;
    this.length++;
  }
}
