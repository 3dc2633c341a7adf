// A worker that dies is restarted by the bridge from the design as it is now, and the page says so.
import { describe, expect, it } from 'vitest';
import { edits, parseDocument } from '../engine';
import { createFranzStore } from '../store/store';
import { example } from '../worker/testDocs.testing';
import { fakeWorkers } from './fakeWorkers.testing';
import { MAX_RESTARTS } from './restartBudget';
import { WorkerBridge } from './workerBridge';

function started() {
  const workers = fakeWorkers();
  const store = createFranzStore();
  const parsed = parseDocument(example);
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  store.getState().replaceDocument(parsed.doc);
  const bridge = new WorkerBridge(store, workers.spawn, workers.clock);
  bridge.start({ play: true });
  return { ...workers, store, bridge, sim: () => store.getState().sim };
}

describe('WorkerBridge when the worker dies', () => {
  it('says so and restarts it from the current design, with the same mode, seed, speed and play state', () => {
    const { bridge, store, spawned, clock, sim } = started();
    // The worker switches to the fluid mode above 100x and says so; the page keeps what it was told.
    bridge.setSpeed(600);
    expect(sim().mode).toBe('fluid');
    bridge.setSpeed(10);
    bridge.setSeed(5);
    const edit = edits.updateConfig(store.getState().doc, 'email', { consumers: 5 });
    if (!edit.ok) throw new Error(edit.error);
    store.getState().apply(edit.doc);
    clock.advance(2000);

    spawned[0]!.crash('out of memory');

    expect(spawned[0]!.terminated).toBe(true);
    expect(store.getState().notice).toMatchObject({
      kind: 'error',
      text: 'The simulation worker stopped: out of memory. Restarting it from your design.',
    });
    expect(spawned[1]!.sent.slice(1)).toEqual([
      { type: 'mode', mode: 'fluid' },
      { type: 'view', view: 'kafka', topics: [] },
      { type: 'load', document: edit.doc, seed: 5 },
      { type: 'speed', factor: 10 },
      { type: 'chartGroup', node: null },
      { type: 'capacity', open: false, down: [] },
      { type: 'play' },
    ]);
    expect(sim()).toMatchObject({ status: 'live', running: true, error: null });
    clock.advance(1000);
    expect(sim().report!.simulatedMs).toBe(10_000);
    expect(sim().report!.groups.find((g) => g.node === 'email')!.members).toHaveLength(5);
  });

  it('asks the new worker for the Capacity answer the person had open, with the same brokers down', () => {
    const { store, spawned, sim } = started();
    store.getState().setView('capacity');
    store.getState().toggleCapacityDown(2);
    spawned[0]!.crash('gone');
    expect(spawned[1]!.sent).toContainEqual({ type: 'capacity', open: true, down: [2] });
    expect(sim().report!.capacity!.whatIf!.scenario).toBe('broker 2 down');
  });

  it('restarts paused when the person had paused', () => {
    const { bridge, spawned } = started();
    bridge.pause();
    spawned[0]!.crash('gone');
    expect(spawned[1]!.sent.at(-1)).toEqual({ type: 'pause' });
  });

  it('ignores what a replaced worker still says', () => {
    const { spawned, sim } = started();
    spawned[0]!.crash('gone');
    spawned[0]!.handlers.onMessage({ type: 'error', message: 'late news from the old worker' });
    expect(sim().error).toBeNull();
  });

  it(`gives up after ${MAX_RESTARTS} quick restarts, and Restart tries again`, () => {
    const { bridge, spawned, store, sim } = started();
    for (let i = 0; i <= MAX_RESTARTS; i++) spawned[i]!.crash('boom');
    expect(spawned).toHaveLength(MAX_RESTARTS + 1);
    expect(sim().status).toBe('stopped');
    expect(store.getState().notice!.text).toBe(
      'The simulation worker stopped again: boom. Press Restart to try once more.',
    );
    bridge.restart();
    expect(spawned).toHaveLength(MAX_RESTARTS + 2);
    expect(sim().status).toBe('live');
  });
});
