// For tests: workers that run a real SimHost on a TestClock, and can be made to die like a crashed Worker.
import { createSimulation } from '../engine';
import type { ToWorker } from '../protocol/messages';
import { TestClock } from '../protocol/testClock.testing';
import { startHeartbeat } from '../worker/heartbeat';
import { SimHost } from '../worker/simHost';
import type { WorkerHandlers } from './workerPort';

export interface FakeWorker {
  handlers: WorkerHandlers;
  sent: ToWorker[];
  terminated: boolean;
  /** Stuck: it neither answers nor beats, and sends no error event (an endless loop, a closed worker). */
  hung: boolean;
  /** Kills it as an uncaught error in a real worker would. */
  crash(message: string): void;
  hang(): void;
}

export function fakeWorkers(clock = new TestClock(), simulate = createSimulation) {
  const spawned: FakeWorker[] = [];
  const spawn = (handlers: WorkerHandlers) => {
    const worker: FakeWorker = {
      handlers,
      sent: [],
      terminated: false,
      hung: false,
      crash: (message) => handlers.onError(message),
      hang: () => {
        worker.hung = true;
      },
    };
    const speaks = () => !worker.terminated && !worker.hung;
    const host = new SimHost({ post: (m) => speaks() && handlers.onMessage(m), clock, simulate });
    const stopBeating = startHeartbeat(clock, (m) => speaks() && handlers.onMessage(m));
    spawned.push(worker);
    return {
      send: (m: ToWorker) => {
        worker.sent.push(m);
        if (speaks()) host.receive(m);
      },
      terminate: () => {
        worker.terminated = true;
        stopBeating();
      },
    };
  };
  /** The types of the commands worker i was sent, leaving out the buffers given back. */
  const types = (i: number) => spawned[i]!.sent.map((m) => m.type).filter((t) => t !== 'recycle');
  return { clock, spawned, spawn, types };
}
