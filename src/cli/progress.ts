// Progress of a long `npm run simulate` on standard error, so the report on standard output stays clean.
import type { BatchProgress } from '../engine';
import { duration } from './format';

export interface ProgressOptions {
  /** Wall milliseconds between two progress lines; the first comes after one interval. */
  intervalMs: number;
  /** The wall clock, in milliseconds. */
  now(): number;
  /** Writes one line (without its newline) to standard error. */
  write(line: string): void;
  /** Simulated milliseconds run between two looks at the clock (default 1 s). */
  chunkMs?: number;
}

/** "simulated 12.0 min of 60.0 min (20%), 4.1 s elapsed" */
export function progressLine(doneMs: number, totalMs: number, elapsedMs: number): string {
  const percent = Math.floor((doneMs / totalMs) * 100);
  return `simulated ${duration(doneMs)} of ${duration(totalMs)} (${percent}%), ${(elapsedMs / 1000).toFixed(1)} s elapsed`;
}

/**
 * Runs `sim` to `durationMs` a simulated chunk at a time, writing a progress line whenever `intervalMs` of wall
 * time passed since the last one. The simulation steps in whole ticks and carries any remainder, so the chunks
 * give the same run as one call.
 */
export function runWithProgress(
  sim: { runUntil(timeMs: number): void },
  durationMs: number,
  options: ProgressOptions,
): void {
  const chunk = options.chunkMs ?? 1000;
  const started = options.now();
  let lastLine = started;
  for (let t = Math.min(chunk, durationMs); ; t = Math.min(t + chunk, durationMs)) {
    sim.runUntil(t);
    if (t >= durationMs) return;
    const now = options.now();
    if (now - lastLine >= options.intervalMs) {
      lastLine = now;
      options.write(progressLine(t, durationMs, now - started));
    }
  }
}

/** "value 6, 2 of 5: simulated 12.0 min of 60.0 min (20%); all 24%, 4.1 s elapsed" */
export function batchProgressLine(label: string, p: BatchProgress, elapsedMs: number): string {
  const percent = Math.floor((p.doneMs / p.durationMs) * 100);
  return (
    `${label}, ${p.run + 1} of ${p.runs}: simulated ${duration(p.doneMs)} of ${duration(p.durationMs)} (${percent}%); ` +
    `all ${Math.floor(p.fraction * 100)}%, ${(elapsedMs / 1000).toFixed(1)} s elapsed`
  );
}

/**
 * The progress callback of a sweep or a compare: a line whenever `intervalMs` of wall time passed since the last,
 * naming the run (`label(run)`: "value 6", "B").
 */
export function batchProgress(
  options: Omit<ProgressOptions, 'chunkMs'> & { label(run: number): string },
): (p: BatchProgress) => void {
  const started = options.now();
  let lastLine = started;
  return (p) => {
    if (p.run >= p.runs || p.doneMs === 0) return;
    const now = options.now();
    if (now - lastLine < options.intervalMs) return;
    lastLine = now;
    options.write(batchProgressLine(options.label(p.run), p, now - started));
  };
}
