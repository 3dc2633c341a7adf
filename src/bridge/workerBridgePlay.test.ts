// Play and Pause: shown at once, and undone only when the engine itself fails.
import { describe, expect, it } from 'vitest';
import { createSimulation, parseDocument } from '../engine';
import { TestClock } from '../protocol/testClock.testing';
import { createFranzStore } from '../store/store';
import { example } from '../worker/testDocs.testing';
import { fakeWorkers } from './fakeWorkers.testing';
import { WorkerBridge } from './workerBridge';
import type { SpawnWorker } from './workerPort';

function storeWithExample() {
  const store = createFranzStore();
  const parsed = parseDocument(example);
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  store.getState().replaceDocument(parsed.doc);
  return store;
}

describe('WorkerBridge play state', () => {
  it('shows Play or Pause at once, before the worker answers', () => {
    const silent: SpawnWorker = () => ({ send: () => {}, terminate: () => {} });
    const store = storeWithExample();
    const bridge = new WorkerBridge(store, silent, new TestClock());
    bridge.start({ play: true });
    expect(store.getState().sim.running).toBe(true);
    bridge.pause();
    expect(store.getState().sim.running).toBe(false);
    bridge.play();
    expect(store.getState().sim.running).toBe(true);
  });

  it('shows Play again, and says why, when the engine fails and the worker stops playing', () => {
    const failingAt5s: typeof createSimulation = (doc, options) => {
      const sim = createSimulation(doc, options);
      const step = sim.step.bind(sim);
      sim.step = (dtMs) => {
        if (sim.nowMs >= 5000) throw new Error('partition 7 does not exist');
        step(dtMs);
      };
      return sim;
    };
    const { spawn, clock } = fakeWorkers(new TestClock(), failingAt5s);
    const store = storeWithExample();
    const bridge = new WorkerBridge(store, spawn, clock);
    bridge.start({ play: true });
    bridge.setSpeed(10);
    clock.advance(1000);
    expect(store.getState().sim).toMatchObject({
      running: false,
      error: 'the simulation failed: partition 7 does not exist',
    });
    expect(store.getState().notice!.text).toBe(
      'The simulation reported a problem: the simulation failed: partition 7 does not exist',
    );
  });
});
