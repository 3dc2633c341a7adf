// A worker that stops answering without an error event (an endless loop, a closed worker) is noticed by
// its silence, restarted within the crash-loop budget, and a design that hangs it twice is named as the cause.
import { describe, expect, it } from 'vitest';
import { edits, parseDocument } from '../engine';
import { HEARTBEAT_MS } from '../protocol/cadence';
import { createFranzStore } from '../store/store';
import { example } from '../worker/testDocs.testing';
import { fakeWorkers } from './fakeWorkers.testing';
import { SILENCE_LIMIT_MS, STARTUP_LIMIT_MS } from './watchdog';
import { WorkerBridge } from './workerBridge';

function started({ play = true } = {}) {
  const workers = fakeWorkers();
  const store = createFranzStore();
  const parsed = parseDocument(example);
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  store.getState().replaceDocument(parsed.doc);
  const bridge = new WorkerBridge(store, workers.spawn, workers.clock);
  bridge.start({ play });
  return { ...workers, store, bridge, sim: () => store.getState().sim };
}

const RESTARTED = 'The simulation stopped answering and was restarted.';
const BLAMED =
  'The simulation stopped answering again with this design, so the design is the likely cause. Change it, or press Restart to try once more.';

describe('WorkerBridge when the worker stops answering', () => {
  it(`hears a paused worker's heartbeat every ${HEARTBEAT_MS} ms and leaves it alone`, () => {
    const { spawned, clock, store, sim } = started({ play: false });
    clock.advance(60_000);
    expect(spawned).toHaveLength(1);
    expect(store.getState().notice).toBeNull();
    expect(sim()).toMatchObject({ status: 'live', running: false });
  });

  it(`restarts a worker silent for ${SILENCE_LIMIT_MS} ms, says so, and the clock moves again`, () => {
    const { spawned, clock, store, sim, types } = started();
    clock.advance(2000);
    spawned[0]!.hang();
    clock.advance(SILENCE_LIMIT_MS - HEARTBEAT_MS);
    expect(spawned).toHaveLength(1);
    clock.advance(2 * HEARTBEAT_MS);
    expect(spawned).toHaveLength(2);
    expect(spawned[0]!.terminated).toBe(true);
    expect(store.getState().notice).toMatchObject({ kind: 'error', text: RESTARTED });
    expect(types(1).slice(0, 8)).toEqual([
      'hello',
      'mode',
      'view',
      'load',
      'speed',
      'chartGroup',
      'capacity',
      'play',
    ]);
    expect(sim()).toMatchObject({ status: 'live', running: true, error: null });
    // The new run plays at 1x: three more wall seconds are three more simulated seconds.
    const before = sim().report!.simulatedMs;
    // The watchdog restarted it at the first of the last two heartbeats: it has played the second since, at 1x.
    expect(before).toBe(HEARTBEAT_MS);
    clock.advance(3000);
    expect(sim().report!.simulatedMs - before).toBe(3000);
  });

  it('stops restarting when the same design hangs it again, and names the design; Restart tries again', () => {
    const { spawned, clock, store, sim, bridge } = started();
    spawned[0]!.hang();
    clock.advance(SILENCE_LIMIT_MS + HEARTBEAT_MS);
    expect(spawned).toHaveLength(2);
    spawned[1]!.hang();
    clock.advance(SILENCE_LIMIT_MS + HEARTBEAT_MS);
    expect(spawned).toHaveLength(2);
    expect(spawned[1]!.terminated).toBe(true);
    expect(store.getState().notice).toMatchObject({ kind: 'error', text: BLAMED });
    expect(sim()).toMatchObject({ status: 'stopped', running: false });
    clock.advance(60_000);
    expect(spawned).toHaveLength(2);

    bridge.restart();
    expect(spawned).toHaveLength(3);
    expect(sim().status).toBe('live');
  });

  it('restarts again when the design changed between two hangs', () => {
    const { spawned, clock, store } = started();
    spawned[0]!.hang();
    clock.advance(SILENCE_LIMIT_MS + HEARTBEAT_MS);
    const edit = edits.updateConfig(store.getState().doc, 'email', { consumers: 2 });
    if (!edit.ok) throw new Error(edit.error);
    store.getState().apply(edit.doc);
    clock.advance(1000);
    spawned[1]!.hang();
    clock.advance(SILENCE_LIMIT_MS + HEARTBEAT_MS);
    expect(spawned).toHaveLength(3);
    expect(store.getState().notice!.text).toBe(RESTARTED);
  });

  it('counts hangs in the crash-loop budget: after two crashes, a hang is the third restart and a fourth stop is not restarted', () => {
    const { spawned, clock, store, sim } = started();
    spawned[0]!.crash('boom');
    spawned[1]!.crash('boom');
    spawned[2]!.hang();
    clock.advance(SILENCE_LIMIT_MS + HEARTBEAT_MS);
    expect(spawned).toHaveLength(4);
    spawned[3]!.crash('boom');
    expect(spawned).toHaveLength(4);
    expect(sim().status).toBe('stopped');
    expect(store.getState().notice!.text).toBe(
      'The simulation worker stopped again: boom. Press Restart to try once more.',
    );
  });

  it('does not blame the worker when the page itself stood still (a long render, a suspended laptop)', () => {
    const { spawned, clock, store } = started();
    clock.advance(1500);
    // Page and worker both frozen for 20 s: no timer ran, no heartbeat came, then time moves on.
    clock.stall(20_000);
    clock.advance(3000);
    expect(spawned).toHaveLength(1);
    expect(store.getState().notice).toBeNull();
  });

  it(`gives a worker that never spoke ${STARTUP_LIMIT_MS} ms to load its script before taking it for hung`, () => {
    const workers = fakeWorkers();
    const store = createFranzStore();
    const parsed = parseDocument(example);
    if (!parsed.ok) throw new Error(parsed.errors.join('; '));
    store.getState().replaceDocument(parsed.doc);
    // Mute from birth: not even the answer to hello comes.
    const bridge = new WorkerBridge(
      store,
      (handlers) => {
        const port = workers.spawn(handlers);
        workers.spawned.at(-1)!.hang();
        return port;
      },
      workers.clock,
    );
    bridge.start({ play: true });
    workers.clock.advance(STARTUP_LIMIT_MS - HEARTBEAT_MS);
    expect(workers.spawned).toHaveLength(1);
    workers.clock.advance(2 * HEARTBEAT_MS);
    expect(workers.spawned).toHaveLength(2);
    expect(store.getState().notice!.text).toBe(RESTARTED);
  });
});
