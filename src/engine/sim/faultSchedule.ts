// The document's fault schedule as the run meets it: each fault applies once, in time order, when the simulated
// clock reaches it.
import type { Fault, FaultAction } from '../model/schema';

export class FaultSchedule {
  private pending: Fault[] = [];
  private next = Infinity;

  /** Takes the document's schedule; faults before `nowMs` already happened (or were never reached) and are skipped. */
  schedule(faults: readonly Fault[], nowMs: number): void {
    this.pending = faults
      .map((f, i) => ({ f, i }))
      .filter(({ f }) => f.atMs >= nowMs)
      .sort((a, b) => a.f.atMs - b.f.atMs || a.i - b.i)
      .map(({ f }) => f);
    this.next = this.pending[0]?.atMs ?? Infinity;
  }

  /** When the next fault applies (in the tick that ends after it); Infinity when none is left. */
  get nextAtMs(): number {
    return this.next;
  }

  /** A fault is due before `untilMs`. */
  dueBefore(untilMs: number): boolean {
    return this.next < untilMs;
  }

  /** When the next fault is due; Infinity when none is left (the fluid mode ends a step there). */
  get nextDueMs(): number {
    return this.next;
  }

  applyDue(untilMs: number, apply: (fault: FaultAction) => void): void {
    while (this.pending.length > 0 && this.pending[0]!.atMs < untilMs) {
      const { atMs: _, ...action } = this.pending.shift()!;
      apply(action as FaultAction);
    }
    this.next = this.pending[0]?.atMs ?? Infinity;
  }
}
