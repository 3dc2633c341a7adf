/** Restarts allowed within WINDOW_MS: a design that kills the worker every time must not spin forever. */
export const MAX_RESTARTS = 3;
export const WINDOW_MS = 30_000;

export class RestartBudget {
  private times: number[] = [];

  /** Whether one more automatic restart is allowed at `nowMs`; counts it if so. */
  take(nowMs: number): boolean {
    this.times = this.times.filter((t) => nowMs - t < WINDOW_MS);
    if (this.times.length >= MAX_RESTARTS) return false;
    this.times.push(nowMs);
    return true;
  }

  /** The person asked for a restart: start counting again. */
  reset(): void {
    this.times = [];
  }
}
