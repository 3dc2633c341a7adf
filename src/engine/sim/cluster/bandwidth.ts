// A token bucket for one link of a broker (network in, network out, disk): what it may still move this tick.

/**
 * Bytes accrue at `rate` per second. A transfer may start while the balance is positive and can take it below
 * zero (a whole batch moves at once), so over time exactly `rate` bytes/s get through; the balance is capped at one
 * tick's worth so an idle link does not bank a burst.
 */
export class Bandwidth {
  /** Bytes per second. */
  rate = 0;
  private balance = 0;
  /** Bytes moved since the last `takeMoved()`, for the bytes/s metrics. */
  private moved = 0;

  setRate(bytesPerSec: number): void {
    this.rate = bytesPerSec;
  }

  refill(tickMs: number): void {
    const add = (this.rate * tickMs) / 1000;
    const b = this.balance + add;
    this.balance = b > add ? add : b;
  }

  /** True while the link can start another transfer this tick. */
  get available(): boolean {
    return this.balance > 0;
  }

  use(bytes: number): void {
    this.balance -= bytes;
    this.moved += bytes;
  }

  /** Bytes moved since the previous call. */
  takeMoved(): number {
    const m = this.moved;
    this.moved = 0;
    return m;
  }
}
