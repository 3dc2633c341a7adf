// How often the worker speaks, in play-loop ticks: a module of its own so the page can pace its work to
// it without importing the worker's SimHost.
import { TICK_MS } from './playLoop';

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
