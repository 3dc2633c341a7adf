// A token bucket for one link of a broker (network in, network out, disk): what it may still move this tick.

/**
 * Bytes accrue at `rate` per second; the balance is capped at one tick's worth so an idle link does not bank a burst.
 * A transfer may start while the balance is positive and may take it below zero by what it moves, so callers size
 * what they move to `budget`, going over it only for the one record batch that must move for progress (KIP-74: a
 * fetch returns at least one batch). The debt is then at most one batch, and over any second the link carries at
 * most its rate plus one batch.
 */
export class Bandwidth {
  /** Bytes per second. */
  rate = 0;
  private balance = 0;
  /** Whether replication (a follower fetch) made the last transfer, else a client (a produce request). */
  private replicationLast = false;
  /** A produce request found the link busy since the last transfer. */
  private clientWaiting = false;
  /** Replication leaves the link to a waiting client for the tick that started at this time. */
  private yieldedAtMs = -1;
  /** Bytes moved since the last `takeMoved()`, for the bytes/s metrics. */
  private moved = 0;
  /** Bytes moved since the link was made. */
  carried = 0;

  setRate(bytesPerSec: number): void {
    this.rate = bytesPerSec;
  }

  refill(tickMs: number): void {
    const add = (this.rate * tickMs) / 1000;
    const b = this.balance + add;
    this.balance = b > add ? add : b;
  }

  /**
   * `ticks` refills of `tickMs` each, as that many idle ticks would give: a link in debt climbs back tick by tick (the
   * same additions, so the same rounding), and one at its cap stays there.
   */
  refillTicks(tickMs: number, ticks: number): void {
    const add = (this.rate * tickMs) / 1000;
    for (let i = 0; i < ticks && this.balance !== add; i++) this.refill(tickMs);
  }

  /** True while the link can start another transfer this tick. */
  get available(): boolean {
    return this.balance > 0;
  }

  /**
   * A produce request may start now. If not, the link remembers that a client waits: produce requests and follower
   * fetches share a link as their connections share a network (neither starves the other), so the next time
   * replication would go twice in a row it lets the client go first.
   */
  clientMayStart(): boolean {
    if (this.balance > 0) return true;
    this.clientWaiting = true;
    return false;
  }

  /** A follower fetch may start now: the link has room and it is not a waiting client's turn. */
  replicationMayStart(nowMs: number): boolean {
    if (this.balance <= 0 || this.yieldedAtMs === nowMs) return false;
    if (this.clientWaiting && this.replicationLast) {
      this.clientWaiting = false;
      this.yieldedAtMs = nowMs;
      return false;
    }
    return true;
  }

  /** Bytes the link can still move this tick without going into debt (0 or less: none). */
  get budget(): number {
    return this.balance;
  }

  /** A client (produce request, consumer fetch) moved `bytes`. */
  use(bytes: number): void {
    this.move(bytes);
    this.replicationLast = false;
    this.clientWaiting = false;
  }

  /** A follower fetch moved `bytes`. */
  useForReplication(bytes: number): void {
    this.move(bytes);
    this.replicationLast = true;
  }

  private move(bytes: number): void {
    this.balance -= bytes;
    this.moved += bytes;
    this.carried += bytes;
  }

  /** Bytes moved since the previous call. */
  takeMoved(): number {
    const m = this.moved;
    this.moved = 0;
    return m;
  }
}
