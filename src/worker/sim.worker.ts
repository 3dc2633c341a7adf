/// <reference lib="webworker" />
import type { FromWorker, ToWorker } from '../protocol/messages';
import { realClock } from './clock';
import { SimHost } from './simHost';

// The project's tsconfig also has the DOM lib, where `self` is a Window; in this file it is the worker.
declare const self: DedicatedWorkerGlobalScope;

const host = new SimHost({ post: (message: FromWorker) => self.postMessage(message), clock: realClock });

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
