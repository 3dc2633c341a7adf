import { describe, expect, it } from 'vitest';
import example from '../../examples/article-pipeline.json';
import { PROTOCOL_VERSION, type ToWorker } from '../protocol/messages';
import { SimBridge } from './bridge';
import { SimHost } from './simHost';
import { TestClock } from './testClock';
import type { WorkerHandlers } from './workerPort';

/** Workers that run a real SimHost on a TestClock, and can be made to die like a crashed Worker. */
function fakeWorkers() {
  const clock = new TestClock();
  const spawned: { handlers: WorkerHandlers; sent: ToWorker[]; terminated: boolean }[] = [];
  const spawn = (handlers: WorkerHandlers) => {
    const worker = { handlers, sent: [] as ToWorker[], terminated: false };
    const host = new SimHost({ post: (m) => !worker.terminated && handlers.onMessage(m), clock });
    spawned.push(worker);
    return {
      send: (m: ToWorker) => {
        worker.sent.push(m);
        if (!worker.terminated) host.receive(m);
      },
      terminate: () => {
        worker.terminated = true;
      },
    };
  };
  return { clock, spawned, spawn };
}

describe('SimBridge', () => {
  it('starts a worker on the first run, shakes hands and plays the design at the asked speed', () => {
    const { clock, spawned, spawn } = fakeWorkers();
    const bridge = new SimBridge(spawn);
    expect(bridge.getSnapshot().status).toBe('idle');

    bridge.run(example, 1, { speed: 10, play: true });
    expect(spawned[0]!.sent.map((m) => m.type)).toEqual(['hello', 'load', 'speed', 'play']);
    expect(spawned[0]!.sent[0]).toEqual({ type: 'hello', protocolVersion: PROTOCOL_VERSION });

    clock.advance(1000);
    const view = bridge.getSnapshot();
    expect(view).toMatchObject({ status: 'live', running: true, speed: 10, error: null });
    expect(view.design!.nodeNames.database).toBe('Database');
    expect(view.report!.simulatedMs).toBe(10_000);
  });

  it('tells subscribers about every report', () => {
    const { clock, spawn } = fakeWorkers();
    const bridge = new SimBridge(spawn);
    let calls = 0;
    bridge.subscribe(() => calls++);
    bridge.run(example, 1, { speed: 1, play: true });
    const afterRun = calls;
    clock.advance(1000);
    expect(calls - afterRun).toBe(5);
  });

  it('keeps the running simulation and shows why when a refused document is run', () => {
    const { spawn } = fakeWorkers();
    const bridge = new SimBridge(spawn);
    bridge.run(example, 1, { speed: 1, play: false });
    bridge.step(3000);
    bridge.run({ format: 'franz.pipeline', version: 1, nodes: 'none' }, 1, { speed: 1, play: false });

    const view = bridge.getSnapshot();
    expect(view.invalid).not.toBeNull();
    expect(view.report!.simulatedMs).toBe(3000);
    expect(view.design!.name).toBe('Five sources, four sinks, one log');
  });

  it('says the worker stopped when it dies, and a restart runs the same design again, playing', () => {
    const { clock, spawned, spawn } = fakeWorkers();
    const bridge = new SimBridge(spawn);
    bridge.run(example, 1, { speed: 10, play: true });
    clock.advance(500);

    spawned[0]!.handlers.onError('out of memory');
    expect(spawned[0]!.terminated).toBe(true);
    expect(bridge.getSnapshot()).toMatchObject({ status: 'stopped', running: false, error: 'out of memory' });

    bridge.restart();
    expect(bridge.getSnapshot().report!.simulatedMs).toBe(0);
    expect(spawned).toHaveLength(2);
    expect(spawned[1]!.sent).toEqual([
      { type: 'hello', protocolVersion: PROTOCOL_VERSION },
      { type: 'load', document: example, seed: 1 },
      { type: 'speed', factor: 10 },
      { type: 'play' },
    ]);
    clock.advance(400);
    expect(bridge.getSnapshot()).toMatchObject({
      status: 'live',
      running: true,
      restarted: true,
      error: null,
    });
    expect(bridge.getSnapshot().report!.simulatedMs).toBe(4000);
  });

  it('restarts paused when the user had paused before the worker died', () => {
    const { spawned, spawn } = fakeWorkers();
    const bridge = new SimBridge(spawn);
    bridge.run(example, 1, { speed: 10, play: true });
    bridge.pause();
    spawned[0]!.handlers.onError('gone');
    bridge.restart();
    expect(spawned[1]!.sent.at(-1)).toEqual({ type: 'pause' });
  });

  it('ignores what a replaced worker still says', () => {
    const { spawned, spawn } = fakeWorkers();
    const bridge = new SimBridge(spawn);
    bridge.run(example, 1, { speed: 1, play: false });
    bridge.restart();
    spawned[0]!.handlers.onMessage({ type: 'error', message: 'late news from the old worker' });
    expect(bridge.getSnapshot().error).toBeNull();
  });
});
