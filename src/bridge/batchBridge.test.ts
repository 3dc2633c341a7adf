import { describe, expect, it } from 'vitest';
import { edits, type CompareResult } from '../engine';
import type { FromBatch, ToBatch } from '../protocol/batchMessages';
import { createFranzStore } from '../store/store';
import { BatchBridge } from './batchBridge';
import type { SpawnBatchWorker } from './workerPort';

interface FakeBatchWorker {
  sent: ToBatch[];
  terminated: boolean;
  say(message: FromBatch): void;
  die(message: string): void;
}

function setup() {
  const store = createFranzStore();
  const workers: FakeBatchWorker[] = [];
  const spawn: SpawnBatchWorker = (handlers) => {
    const worker: FakeBatchWorker = {
      sent: [],
      terminated: false,
      say: (m) => handlers.onMessage(m),
      die: (m) => handlers.onError(m),
    };
    workers.push(worker);
    return { send: (m) => worker.sent.push(m), terminate: () => (worker.terminated = true) };
  };
  return { store, workers, bridge: new BatchBridge(store, spawn) };
}

const run = { seed: 7, durationMs: 60_000 };
const setting = { path: 'nodes.t.partitions', label: 't · partitions' };
const progress = { run: 1, runs: 3, doneMs: 30_000, durationMs: 60_000, fraction: 0.5 };

describe('the batch bridge', () => {
  it('starts a worker per sweep, shows its progress and rows, and ends the worker when done', () => {
    const { store, workers, bridge } = setup();
    bridge.sweep(setting, [{ value: 0, doc: null, error: 'must be >= 1' }], run);
    expect(workers[0]!.sent).toEqual([
      { type: 'sweep', inputs: [{ value: 0, doc: null, error: 'must be >= 1' }], ...run },
    ]);
    expect(store.getState().batch).toMatchObject({
      kind: 'sweep',
      status: 'running',
      progress: null,
      seed: 7,
      setting: 'nodes.t.partitions',
      settingLabel: 't · partitions',
    });
    workers[0]!.say({ type: 'progress', ...progress });
    expect(store.getState().batch?.progress).toEqual(progress);
    workers[0]!.say({ type: 'sweep', rows: [{ value: 0, error: 'must be >= 1' }] });
    expect(store.getState().batch).toMatchObject({
      status: 'done',
      rows: [{ value: 0, error: 'must be >= 1' }],
    });
    expect(workers[0]!.terminated).toBe(true);
  });

  it('Cancel terminates the worker; anything it said after is not heard', () => {
    const { store, workers, bridge } = setup();
    const doc = edits.emptyDocument();
    bridge.compare(doc, doc, run);
    bridge.cancel();
    expect(workers[0]!.terminated).toBe(true);
    expect(store.getState().batch).toMatchObject({ kind: 'compare', status: 'cancelled' });
    workers[0]!.say({ type: 'compare', result: {} as CompareResult });
    expect(store.getState().batch?.status).toBe('cancelled');
  });

  it('a new batch replaces the running one, and a dead worker says so', () => {
    const { store, workers, bridge } = setup();
    const doc = edits.emptyDocument();
    bridge.compare(doc, doc, run);
    bridge.sweep(setting, [], run);
    expect(workers[0]!.terminated).toBe(true);
    workers[0]!.say({ type: 'progress', ...progress });
    expect(store.getState().batch).toMatchObject({ kind: 'sweep', progress: null });
    workers[1]!.die('out of memory');
    expect(store.getState().batch).toMatchObject({ status: 'failed', error: 'out of memory' });
    expect(workers[1]!.terminated).toBe(true);
  });
});
