/** Buffers given back to the worker in one message: one postMessage per four snapshots, not per one. */
export const RECYCLE_BATCH = 4;

/**
 * The page keeps the two newest snapshots (the store's, and the one a render may still be reading) and
 * gives older ones back to the worker in batches, for it to fill again. A given-back buffer is detached.
 */
export class SnapshotHolder {
  private current: Float64Array | null = null;
  private previous: Float64Array | null = null;
  private spent: Float64Array[] = [];

  /** Takes the newest snapshot; returns buffers to give back once a batch is full. */
  hold(buffer: Float64Array): Float64Array[] | null {
    const old = this.previous;
    this.previous = this.current;
    this.current = buffer;
    if (old) this.spent.push(old);
    if (this.spent.length < RECYCLE_BATCH) return null;
    const batch = this.spent;
    this.spent = [];
    return batch;
  }

  /** A new worker has its own buffers: forget the old worker's. */
  clear(): void {
    this.current = this.previous = null;
    this.spent = [];
  }
}
