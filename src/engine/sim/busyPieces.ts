// How long the step loop's pieces have been busy, so event skipping (nextEvent.ts) stops asking them when the answer
// keeps being "now": at high rates a record arrives every tick and a busy group has work every tick, and asking costs
// what the answer saves. Asking less never changes a result: a piece not asked is run, as every tick would run it.
import type { ClusterRuntime } from './cluster/clusterRuntime';
import type { GroupRuntime } from './groupRuntime';
import { clusterIdleAt, groupIdleAt } from './nextEvent';

/** After this many busy answers in a row, a piece is run without asking in all but one tick of this many. */
const BUSY_RUN = 8;
/** The whole loop: after this many ticks in a row with work, it runs this many without looking for idle ones. */
const BUSY_TICKS = 16;

export class BusyPieces {
  /** Ticks the loop runs before it looks for idle ticks again. */
  uncheckedTicks = 0;
  private busyTicks = 0;
  /** Per piece (0: the cluster, then the processors' groups, then the sinks): busy answers in a row. */
  private runs = new Int32Array(16);

  /** The loop looked for idle ticks and found the next one `busy`. */
  looked(busy: boolean): void {
    if (!busy) this.busyTicks = 0;
    else if (++this.busyTicks >= BUSY_TICKS) this.uncheckedTicks = BUSY_TICKS - 1;
  }

  /**
   * Piece `slot` (the cluster or a group) has nothing to do in the tick ending at `untilMs`. False without asking when
   * it has been busy BUSY_RUN times in a row, except one tick in BUSY_RUN.
   */
  idle(slot: number, piece: ClusterRuntime | GroupRuntime, untilMs: number): boolean {
    if (slot >= this.runs.length) {
      const grown = new Int32Array(Math.max(slot + 1, this.runs.length * 2));
      grown.set(this.runs);
      this.runs = grown;
    }
    const run = this.runs[slot]!;
    if (run >= BUSY_RUN) {
      // 8 to 2 * BUSY_RUN - 1 counts the unasked ticks; at the end of the cycle the piece is asked again.
      this.runs[slot] = run + 1 < 2 * BUSY_RUN ? run + 1 : BUSY_RUN - 1;
      if (run + 1 < 2 * BUSY_RUN) return false;
    }
    const idle = 'brokerList' in piece ? clusterIdleAt(piece, untilMs) : groupIdleAt(piece, untilMs);
    if (idle) this.runs[slot] = 0;
    else if (this.runs[slot]! < BUSY_RUN) this.runs[slot] = this.runs[slot]! + 1;
    return idle;
  }
}
