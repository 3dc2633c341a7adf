/// <reference lib="webworker" />
// The batch worker: sweeps and compares, headless, off the page's main thread and apart from the simulation
// worker (src/protocol/batchMessages.ts).
import { realClock } from '../protocol/clock';
import type { FromBatch, ToBatch } from '../protocol/batchMessages';
import { runBatch } from './batchHost';

// The project's tsconfig also has the DOM lib, where `self` is a Window; in this file it is the worker.
declare const self: DedicatedWorkerGlobalScope;

self.onmessage = (event: MessageEvent<ToBatch>) => {
  const post = (message: FromBatch) => self.postMessage(message);
  try {
    runBatch(event.data, post, realClock);
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
