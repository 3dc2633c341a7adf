import { snapshotLayout, writeSnapshot, type Simulation, type SnapshotLayout } from '../engine';
import type { FromWorker } from '../protocol/messages';
import { BufferPool } from './bufferPool';
import { sameLayout } from './sameLayout';

export type Post = (message: FromWorker, transfer?: Transferable[]) => void;

/**
 * Sends the flat snapshot: the layout first and again whenever the topology changes, then buffers
 * filled by writeSnapshot and transferred (not copied) to the page, which sends them back for reuse.
 */
export class SnapshotPublisher {
  private layout: SnapshotLayout | null = null;
  private readonly pool = new BufferPool();

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
    this.post({ type: 'snapshot', buffer }, [buffer.buffer]);
  }

  recycle(buffer: Float64Array): void {
    this.pool.give(buffer);
  }
}
