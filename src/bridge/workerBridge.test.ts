import { describe, expect, it } from 'vitest';
import { edits, parseDocument, type PipelineDocument } from '../engine';
import { PROTOCOL_VERSION } from '../protocol/messages';
import { createFranzStore } from '../store/store';
import type { SimActions } from '../ui/simActions';
import { example } from '../worker/testDocs.testing';
import { UPDATE_DELAY_MS } from './documentSync';
import { fakeWorkers } from './fakeWorkers.testing';
import { WorkerBridge } from './workerBridge';

function exampleDoc(): PipelineDocument {
  const parsed = parseDocument(example);
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  return parsed.doc;
}

function started({ play = false } = {}) {
  const workers = fakeWorkers();
  const store = createFranzStore();
  store.getState().replaceDocument(exampleDoc());
  const bridge = new WorkerBridge(store, workers.spawn, workers.clock);
  bridge.start({ play });
  const sim = () => store.getState().sim;
  const snapshot = () => store.getState().snapshots.get();
  const addPartition = () => {
    const result = edits.addPartition(store.getState().doc, 't-payments');
    if (!result.ok) throw new Error(result.error);
    store.getState().apply(result.doc);
  };
  return { ...workers, store, bridge, sim, snapshot, addPartition };
}

describe('WorkerBridge', () => {
  it('is the SimActions the controls use', () => {
    const { bridge } = started();
    const actions: SimActions = bridge;
    expect(typeof actions.consumer).toBe('function');
  });

  it('follows the mode the worker says it runs, at no more than 100x per record', () => {
    const { bridge, sim } = started();
    bridge.setSpeed(3600);
    expect(sim()).toMatchObject({ mode: 'fluid', speed: 3600 });
    bridge.setMode('record');
    expect(sim()).toMatchObject({ mode: 'record', speed: 100 });
  });

  it('starts a worker on the store’s design and writes what it hears into the store', () => {
    const { spawned, types, sim, snapshot, store } = started({ play: true });
    expect(types(0)).toEqual(['hello', 'mode', 'view', 'load', 'speed', 'chartGroup', 'capacity', 'play']);
    expect(spawned[0]!.sent[0]).toEqual({ type: 'hello', protocolVersion: PROTOCOL_VERSION });
    expect(spawned[0]!.sent[1]).toEqual({ type: 'mode', mode: 'record' });
    expect(spawned[0]!.sent[2]).toEqual({ type: 'view', view: 'kafka', topics: [] });
    expect(spawned[0]!.sent[3]).toEqual({ type: 'load', document: store.getState().doc, seed: 1 });
    expect(sim()).toMatchObject({ status: 'live', running: true, error: null });
    expect(sim().layout!.partitions).toHaveLength(18);
    expect(snapshot()).toHaveLength(sim().layout!.length);
    expect(sim().series!.topics).toHaveLength(4);
    expect(sim().report!.groups).toHaveLength(4);
  });

  it('plays: the clock in the snapshot feed moves with the snapshots', () => {
    const { bridge, clock, sim, snapshot } = started();
    bridge.setSpeed(10);
    bridge.play();
    clock.advance(1000);
    expect(snapshot()![0]).toBe(10_000);
    expect(sim()).toMatchObject({ running: true, speed: 10 });
    bridge.pause();
    expect(sim().running).toBe(false);
  });

  it('sends edits made within one coalescing window as one update', () => {
    const { clock, types, addPartition, sim } = started();
    addPartition();
    addPartition();
    expect(types(0)).not.toContain('update');
    clock.advance(UPDATE_DELAY_MS);
    expect(types(0).filter((t) => t === 'update')).toHaveLength(1);
    expect(sim().digests['payments']!.partitions).toBe(5);
    expect(sim().refused).toEqual([]);
  });

  it('an undone partition increase: the topic keeps 5 running, the store says so, and the person is told once', () => {
    const { clock, addPartition, sim, store, bridge } = started();
    addPartition();
    addPartition();
    clock.advance(UPDATE_DELAY_MS);
    store.getState().undo();
    store.getState().undo();
    clock.advance(UPDATE_DELAY_MS);
    const payments = () => sim().report!.topics.find((t) => t.name === 'payments')!.partitions;
    // The lanes of payments are drawn, so its reports carry its partitions.
    store.getState().setLaneTopics(['payments']);
    // Kafka never shrinks a topic (ReplicationControlManager.createPartitions, INVALID_PARTITIONS).
    expect(payments()).toHaveLength(5);
    expect(sim().refused).toEqual([
      {
        node: 't-payments',
        setting: 'partitions',
        running: 5,
        message:
          'partitions cannot be reduced (Kafka never shrinks a topic): the running topic keeps 5; Reset to start with 3',
      },
    ]);
    expect(store.getState().notice).toMatchObject({
      kind: 'warning',
      text: 'Topic payments: partitions cannot be reduced (Kafka never shrinks a topic): the running topic keeps 5; Reset to start with 3',
    });
    // A later edit repeats the refusal, but the person is not told again.
    store.getState().dismissNotice();
    store.getState().apply(edits.moveNodes(store.getState().doc, { web: { x: 1, y: 1 } }));
    const rate = edits.updateConfig(store.getState().doc, 'web', { rate: 500 });
    if (!rate.ok) throw new Error(rate.error);
    store.getState().apply(rate.doc);
    clock.advance(UPDATE_DELAY_MS);
    expect(sim().refused).toHaveLength(1);
    expect(store.getState().notice).toBeNull();
    // Reset starts over from the design: 3 partitions, nothing left refused.
    bridge.reset();
    expect(payments()).toHaveLength(3);
    expect(sim().refused).toEqual([]);
  });

  it('does not bother the worker with nodes merely moved', () => {
    const { clock, types, store } = started();
    store.getState().applyQuietly(edits.moveNodes(store.getState().doc, { web: { x: 500, y: 500 } }));
    clock.advance(UPDATE_DELAY_MS);
    expect(types(0)).not.toContain('update');
  });

  it('sends a pending edit before Step, so the step runs the design as shown', () => {
    const { bridge, types, addPartition } = started();
    addPartition();
    bridge.step();
    expect(types(0).slice(-2)).toEqual(['update', 'step']);
  });

  it('starts over when the design is replaced (an import), instead of patching the old one', () => {
    const { bridge, types, store, sim, clock } = started();
    bridge.step(5000);
    store.getState().replaceDocument(edits.emptyDocument('Imported'));
    clock.advance(UPDATE_DELAY_MS);
    expect(types(0).at(-1)).toBe('load');
    expect(sim().report).toMatchObject({ simulatedMs: 0, groups: [] });
  });

  it('says when the worker refuses a design, and clears it when the next one is taken', () => {
    const { clock, store, sim, addPartition } = started();
    // Every design the store holds was parsed; the worker refuses what is not a parsed design of its version.
    const newer = { ...store.getState().doc, name: 'Newer', version: 2 };
    store.getState().apply(newer as unknown as PipelineDocument);
    clock.advance(UPDATE_DELAY_MS);
    expect(sim().invalid).toEqual(['version: must be 1']);
    expect(store.getState().notice!.text).toBe('The simulation cannot run this design: version: must be 1');
    store.getState().undo();
    addPartition();
    clock.advance(UPDATE_DELAY_MS);
    expect(sim().invalid).toBeNull();
  });

  it('asks for the selected group’s partition lag when the charts’ group changes', () => {
    const { store, spawned, sim } = started();
    store.getState().setChartGroup('search');
    expect(spawned[0]!.sent.at(-1)).toEqual({ type: 'chartGroup', node: 'search' });
    expect(sim().series!.partitionLag!.node).toBe('search');
  });

  it('tells the worker what the page shows, and the store has the report trimmed to it at once', () => {
    const { store, spawned, sim } = started();
    const partitions = (topic: string) => sim().report!.topics.find((t) => t.name === topic)!.partitions;
    // The canvas draws no lanes yet: every topic is only its digest, and the groups keep which topics they read.
    expect(sim()).toMatchObject({ whole: false });
    expect(partitions('user-events')).toEqual([]);
    expect(sim().digests['user-events']).toMatchObject({ partitions: 6, replicationFactor: 3, read: true });
    expect(Object.keys(sim().report!.groups.find((g) => g.node === 'search')!.committed)).toEqual([
      'customers',
      'user-events',
    ]);
    store.getState().setLaneTopics(['user-events']);
    expect(spawned[0]!.sent.at(-1)).toEqual({ type: 'view', view: 'kafka', topics: ['user-events'] });
    expect(partitions('user-events')).toHaveLength(6);
    expect(partitions('payments')).toEqual([]);
    // The same topics again are no change: the worker is not told.
    const sent = spawned[0]!.sent.length;
    store.getState().setLaneTopics(['user-events']);
    expect(spawned[0]!.sent).toHaveLength(sent);
    // The Cluster view shows every partition: its report is whole as soon as it opens.
    store.getState().setView('cluster');
    expect(sim().whole).toBe(true);
    expect(partitions('payments')).toHaveLength(3);
  });

  it('asks for the Capacity answer while its view is open, and for the brokers its what-if takes down', () => {
    const { store, spawned, sim } = started();
    expect(sim().report!.capacity).toBeUndefined();
    store.getState().setView('capacity');
    expect(spawned[0]!.sent.at(-1)).toEqual({ type: 'capacity', open: true, down: [] });
    expect(sim().report!.capacity!.brokers).toHaveLength(3);
    store.getState().toggleCapacityDown(3);
    store.getState().toggleCapacityDown(1);
    expect(spawned[0]!.sent.at(-1)).toEqual({ type: 'capacity', open: true, down: [1, 3] });
    expect(sim().report!.capacity!.whatIf!.scenario).toBe('brokers 1, 3 down');
    store.getState().toggleCapacityDown(3);
    expect(sim().report!.capacity!.whatIf!.scenario).toBe('broker 1 down');
    // Another view that is not the Capacity view asks for nothing new of it; leaving it closes it.
    store.getState().setView('cluster');
    expect(spawned[0]!.sent.slice(-2)).toEqual([
      { type: 'view', view: 'cluster', topics: [] },
      { type: 'capacity', open: false, down: [1] },
    ]);
    store.getState().setView('kafka');
    expect(spawned[0]!.sent.at(-1)).toEqual({ type: 'view', view: 'kafka', topics: [] });
    expect(sim().report!.capacity).toBeUndefined();
  });

  it('restarts from time zero with a new seed', () => {
    const { bridge, sim, types } = started();
    bridge.step(3000);
    bridge.setSeed(7);
    expect(types(0).at(-1)).toBe('seed');
    expect(sim().seed).toBe(7);
    expect(sim().report).toMatchObject({ simulatedMs: 0, seed: 7 });
  });

  it('adds a consumer to a sink', () => {
    const { bridge, sim } = started();
    bridge.consumer('email', 'add');
    bridge.step(5000);
    expect(sim().report!.groups.find((g) => g.node === 'email')!.members).toHaveLength(3);
  });

  it('injects a fault after the pending edits, and says why when the simulation refuses one', () => {
    const { bridge, types, addPartition, store, spawned } = started();
    addPartition();
    bridge.injectFault({ type: 'source-pause', node: 'web' });
    expect(types(0).slice(-2)).toEqual(['update', 'fault']);
    expect(spawned[0]!.sent.at(-1)).toEqual({ type: 'fault', fault: { type: 'source-pause', node: 'web' } });

    bridge.injectFault({ type: 'processor-kill', node: 'nope' });
    expect(store.getState().notice!.text).toMatch(/^The simulation reported a problem: /);
  });
});
