import type { FromWorker, ToWorker } from '../protocol/messages';

/** The page's typed handle on the simulation worker. */
export interface SimClient {
  send(message: ToWorker): void;
  terminate(): void;
}

export function startSimWorker(onMessage: (message: FromWorker) => void, onError: (message: string) => void) {
  const worker = new Worker(new URL('./sim.worker.ts', import.meta.url), {
    type: 'module',
    name: 'franz-sim',
  });
  worker.onmessage = (event: MessageEvent<FromWorker>) => onMessage(event.data);
  // A worker that fails to load reports an ErrorEvent with an empty message in some browsers.
  worker.onerror = (event) => onError(event.message || 'The engine worker failed to start.');
  const client: SimClient = {
    send: (message) => worker.postMessage(message),
    terminate: () => worker.terminate(),
  };
  return client;
}
