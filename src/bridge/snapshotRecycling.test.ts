// The page keeps the two newest snapshots and gives older buffers back in batches, so the stream allocates
// nothing and costs one postMessage per RECYCLE_BATCH snapshots.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../engine';
import type { ToWorker } from '../protocol/messages';
import { createFranzStore } from '../store/store';
import { example } from '../worker/testDocs.testing';
import { fakeWorkers } from './fakeWorkers.testing';
import { RECYCLE_BATCH } from './snapshotHolder';
import { WorkerBridge } from './workerBridge';

describe('WorkerBridge snapshots', () => {
  it('gives buffers back a batch at a time, keeping the two newest', () => {
    const { spawn, spawned, clock } = fakeWorkers();
    const store = createFranzStore();
    const parsed = parseDocument(example);
    if (!parsed.ok) throw new Error(parsed.errors.join('; '));
    store.getState().replaceDocument(parsed.doc);
    const bridge = new WorkerBridge(store, spawn, clock);
    bridge.start({ play: false });
    const received = [store.getState().snapshots.get()];
    for (let i = 0; i < RECYCLE_BATCH + 1; i++) {
      bridge.step();
      received.push(store.getState().snapshots.get());
    }
    const recycled = spawned[0]!.sent.filter(
      (m): m is Extract<ToWorker, { type: 'recycle' }> => m.type === 'recycle',
    );
    expect(recycled).toHaveLength(1);
    expect(recycled[0]!.buffers).toHaveLength(RECYCLE_BATCH);
    recycled[0]!.buffers.forEach((buffer, i) => expect(buffer).toBe(received[i]));
    expect(store.getState().snapshots.get()![0]).toBe((RECYCLE_BATCH + 1) * 1000);
  });

  it('lets the worker refill what came back instead of allocating', () => {
    const { spawn, spawned, clock } = fakeWorkers();
    const store = createFranzStore();
    const parsed = parseDocument(example);
    if (!parsed.ok) throw new Error(parsed.errors.join('; '));
    store.getState().replaceDocument(parsed.doc);
    const bridge = new WorkerBridge(store, spawn, clock);
    bridge.start({ play: false });
    const seen = new Set<Float64Array>();
    for (let i = 0; i < 40; i++) {
      bridge.step();
      seen.add(store.getState().snapshots.get()!);
    }
    expect(spawned[0]!.sent.some((m) => m.type === 'recycle')).toBe(true);
    // The page sends buffers back RECYCLE_BATCH (4) at a time: the worker allocates until the first batch is back,
    // then reuses them. 6 distinct buffers in 40 steps.
    expect(seen.size).toBe(RECYCLE_BATCH + 2);
  });
});
