import { snapshotLayout, writeSnapshot, type Simulation, type SnapshotLayout } from '../engine';
import type { FromWorker } from '../protocol/messages';
import { BufferPool } from './bufferPool';
import { sameLayout } from './sameLayout';

export type Post = (message: FromWorker, transfer?: Transferable[]) => void;

/**
 * Snapshots the page has not given back yet, above which it is behind. A page that keeps up holds two and
 * gives the rest back four at a time (RECYCLE_BATCH), so about six are out at once; twelve is the page
 * still working through half a second of messages at 20 snapshots a second.
 */
export const MAX_UNANSWERED_SNAPSHOTS = 12;

/**
 * Sends the flat snapshot: the layout first and again whenever the topology changes, then buffers
 * filled by writeSnapshot and transferred (not copied) to the page, which sends them back for reuse.
 * The buffers that come back are also the page's pace: while too many are out, the page is behind
 * (a slow or busy machine) and the host publishes nothing more until it catches up, so the page's
 * queue of messages never grows and it stays responsive to the person using it.
 */
export class SnapshotPublisher {
  private layout: SnapshotLayout | null = null;
  private readonly pool = new BufferPool();
  private unanswered = 0;

  constructor(private readonly post: Post) {}

  /**
   * Looks at the topology again and posts the layout when it changed. `rebind` after a new simulation or
   * an update: writeSnapshot caches what a layout refers to, and the runtimes behind it may be new.
   */
  refreshLayout(sim: Simulation, rebind: boolean): void {
    const next = snapshotLayout(sim);
    if (this.layout && sameLayout(this.layout, next)) {
      if (rebind) this.layout = next;
      return;
    }
    this.layout = next;
    this.post({ type: 'layout', layout: next });
  }

  snapshot(sim: Simulation): void {
    if (!this.layout) this.refreshLayout(sim, true);
    const layout = this.layout!;
    const buffer = writeSnapshot(sim, layout, this.pool.take(layout.length));
    this.unanswered++;
    this.post({ type: 'snapshot', buffer }, [buffer.buffer]);
  }

  recycle(buffer: Float64Array): void {
    this.unanswered = Math.max(0, this.unanswered - 1);
    this.pool.give(buffer);
  }

  /** Whether the page is behind with the snapshots sent so far (see MAX_UNANSWERED_SNAPSHOTS). */
  get pageBehind(): boolean {
    return this.unanswered > MAX_UNANSWERED_SNAPSHOTS;
  }
}
