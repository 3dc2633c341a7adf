// What receiving one snapshot costs the page, for `npm run bench:ui` (goal: under 0.1 ms).
export interface SnapshotCostStats {
  count: number;
  meanMs: number;
  maxMs: number;
}

declare global {
  var __franzSnapshotCost: SnapshotCostStats | undefined;
}

/** A running mean and max, kept in one object on `globalThis.__franzSnapshotCost` for the benchmark to read. */
export class SnapshotCost {
  readonly stats: SnapshotCostStats = { count: 0, meanMs: 0, maxMs: 0 };

  constructor(publish = true) {
    if (publish) globalThis.__franzSnapshotCost = this.stats;
  }

  record(ms: number): void {
    const s = this.stats;
    s.count++;
    s.meanMs += (ms - s.meanMs) / s.count;
    if (ms > s.maxMs) s.maxMs = ms;
  }
}
