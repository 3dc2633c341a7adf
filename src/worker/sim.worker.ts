/// <reference lib="webworker" />
import type { FromWorker, ToWorker } from '../protocol/messages';
import { handleMessage } from './handleMessage';

// The project's tsconfig also has the DOM lib, where `self` is a Window; in this file it is the worker.
declare const self: DedicatedWorkerGlobalScope;

self.onmessage = (event: MessageEvent<ToWorker>) => {
  let reply: FromWorker;
  try {
    reply = handleMessage(event.data);
  } catch (error) {
    reply = { type: 'error', message: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(reply);
};
