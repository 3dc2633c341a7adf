import type { FromBatch, ToBatch } from '../protocol/batchMessages';
import type { FromWorker, ToWorker } from '../protocol/messages';

/** The page's typed handle on one simulation worker. */
export interface WorkerPort {
  /** `transfer`: buffers handed over rather than copied (snapshot buffers going back to the worker). */
  send(message: ToWorker, transfer?: Transferable[]): void;
  terminate(): void;
}

export interface WorkerHandlers {
  onMessage(message: FromWorker): void;
  /** The worker died or never started: an uncaught error, a failed script load. */
  onError(message: string): void;
}

export type SpawnWorker = (handlers: WorkerHandlers) => WorkerPort;

export const spawnSimWorker: SpawnWorker = ({ onMessage, onError }) => {
  // The one place the page names the worker's code: by URL, not by import, so the worker's modules load
  // only in the worker (Vite bundles sim.worker.ts and what it imports as a separate file).
  const worker = new Worker(new URL('../worker/sim.worker.ts', import.meta.url), {
    type: 'module',
    name: 'franz-sim',
  });
  worker.onmessage = (event: MessageEvent<FromWorker>) => onMessage(event.data);
  // A worker that fails to load reports an ErrorEvent with an empty message in some browsers.
  worker.onerror = (event) => onError(event.message || 'the simulation worker failed to start');
  return {
    send: (message, transfer) => worker.postMessage(message, transfer ?? []),
    terminate: () => worker.terminate(),
  };
};

/** The page's handle on one batch worker (sweeps and compares, src/protocol/batchMessages.ts). */
export interface BatchPort {
  send(message: ToBatch): void;
  terminate(): void;
}

export type SpawnBatchWorker = (handlers: {
  onMessage(message: FromBatch): void;
  onError(message: string): void;
}) => BatchPort;

export const spawnBatchWorker: SpawnBatchWorker = ({ onMessage, onError }) => {
  // By URL, like the simulation worker: Vite bundles batch.worker.ts and what it imports as a file of its own.
  const worker = new Worker(new URL('../worker/batch.worker.ts', import.meta.url), {
    type: 'module',
    name: 'franz-batch',
  });
  worker.onmessage = (event: MessageEvent<FromBatch>) => onMessage(event.data);
  worker.onerror = (event) => onError(event.message || 'the batch worker failed to start');
  return { send: (message) => worker.postMessage(message), terminate: () => worker.terminate() };
};
