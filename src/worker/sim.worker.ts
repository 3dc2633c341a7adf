/// <reference lib="webworker" />
import { realClock } from '../protocol/clock';
import type { FromWorker, ToWorker } from '../protocol/messages';
import { startHeartbeat } from './heartbeat';
import { SimHost } from './simHost';

// The project's tsconfig also has the DOM lib, where `self` is a Window; in this file it is the worker.
declare const self: DedicatedWorkerGlobalScope;

const host = new SimHost({
  // Snapshot buffers are transferred: the page gets them without a copy and sends them back to reuse.
  post: (message: FromWorker, transfer?: Transferable[]) => self.postMessage(message, transfer ?? []),
  clock: realClock,
});

// From the worker's own timer, not the play loop: a paused simulation still answers.
startHeartbeat(realClock, (message) => self.postMessage(message));

self.onmessage = (event: MessageEvent<ToWorker>) => {
  try {
    host.receive(event.data);
  } catch (error) {
    self.postMessage({
      type: 'error',
      message: error instanceof Error ? error.message : String(error),
    } satisfies FromWorker);
  }
};
