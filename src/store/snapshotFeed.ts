// The newest flat snapshot, about twenty a second, deliberately kept out of the store's state. A store
// update runs every subscribed selector on the page (each node, edge and control), which cost the page
// more per snapshot than the snapshot itself; here only the few readers of the snapshot hear of it
// (transient updates via subscribe, outside React's render).

export class SnapshotFeed {
  private current: Float64Array | null = null;
  private readonly listeners = new Set<() => void>();

  /** The newest snapshot (index 0 is the simulated time), or null before the first. */
  readonly get = (): Float64Array | null => this.current;

  /** Calls `listener` after every snapshot; returns the function that stops it. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  publish(snapshot: Float64Array): void {
    this.current = snapshot;
    for (const listener of this.listeners) listener();
  }
}
