// How often the worker speaks: the worker keeps to these, and the page paces its work (the charts, the
// watchdog) to them without importing the worker.

/** How often the worker's play loop wakes, in wall-clock milliseconds. */
export const TICK_MS = 50;

/** Play-loop ticks (TICK_MS each) between two reports: about four a second. */
export const TICKS_PER_REPORT = 5;
/**
 * Ticks between two chart series: about two a second, when the metrics have a new sample (one per
 * simulated second: at 1x every other series would repeat the last, and redrawing the charts is the
 * page's costliest update). Snapshots go every tick, about twenty a second.
 */
export const TICKS_PER_SERIES = 10;
/** Wall-clock milliseconds between two reports while playing. */
export const REPORT_INTERVAL_MS = TICK_MS * TICKS_PER_REPORT;

/** Wall-clock milliseconds between two heartbeats, playing or paused. */
export const HEARTBEAT_MS = 1000;
