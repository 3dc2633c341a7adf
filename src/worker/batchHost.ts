// The batch worker's work: a sweep or a compare from the engine, progress posted at most every BATCH_PROGRESS_MS
// of wall time (and always when a run starts), then the result. It runs to the end: the page cancels by terminating
// the worker.
import { runCompare, runSweep, type BatchProgress } from '../engine';
import { BATCH_PROGRESS_MS, type FromBatch, type ToBatch } from '../protocol/batchMessages';
import type { Clock } from '../protocol/clock';

export function runBatch(message: ToBatch, post: (message: FromBatch) => void, clock: Clock): void {
  let last = -Infinity;
  const onProgress = (p: BatchProgress) => {
    const now = clock.now();
    if (p.doneMs !== 0 && p.fraction < 1 && now - last < BATCH_PROGRESS_MS) return;
    last = now;
    post({ type: 'progress', ...p });
  };
  const options = { seed: message.seed, durationMs: message.durationMs, onProgress };
  if (message.type === 'sweep') post({ type: 'sweep', rows: runSweep(message.inputs, options)! });
  else post({ type: 'compare', result: runCompare(message.a, message.b, options)! });
}
