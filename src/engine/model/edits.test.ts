import { describe, expect, it } from 'vitest';
import {
  addBroker,
  addFault,
  addNode,
  addPartition,
  connect,
  duplicate,
  emptyDocument,
  freshBrokerId,
  moveNodes,
  removeBroker,
  removeFault,
  removeNodes,
  updateBroker,
  updateConfig,
  updateFault,
  type EditResult,
} from './edits';
import type { PipelineDocument } from './schema';

function pipeline() {
  let doc = emptyDocument('test');
  const source = addNode(doc, 'source', { x: 0, y: 0 });
  doc = source.doc;
  const topic = addNode(doc, 'topic', { x: 200, y: 0 });
  doc = topic.doc;
  const sink = addNode(doc, 'sink', { x: 400, y: 0 });
  doc = sink.doc;
  return { doc, source: source.id, topic: topic.id, sink: sink.id };
}

describe('document edits', () => {
  it('adds nodes with fresh ids, readable names and Kafka defaults', () => {
    const { doc, source, topic, sink } = pipeline();
    expect([source, topic, sink]).toEqual(['source-1', 'topic-1', 'sink-1']);
    expect(doc.nodes.map((n) => n.name)).toEqual(['Source 1', 'topic-1', 'Sink 1']);
    const t = doc.nodes[1]!;
    expect(t.kind === 'topic' && t.config.partitions).toBe(3);
    const s = doc.nodes[2]!;
    expect(s.kind === 'sink' && s.config.maxPollRecords).toBe(500);
  });

  it('connects along the data flow and refuses a source wired straight to a sink, with a hint', () => {
    const { doc, source, topic, sink } = pipeline();
    const a = connect(doc, source, topic);
    expect(a.ok).toBe(true);
    const refused = connect(doc, source, sink);
    expect(refused).toEqual({
      ok: false,
      error: 'A source writes to a topic, not to a sink: put a topic between them',
    });
    if (!a.ok) throw new Error('connect failed');
    expect(connect(a.doc, source, topic)).toEqual({
      ok: false,
      error: 'Source 1 is already connected to topic-1',
    });
  });

  it('refuses impossible config values with the path and problem, leaving the document as it was', () => {
    const { doc, topic, source } = pipeline();
    expect(updateConfig(doc, topic, { partitions: 0 })).toEqual({
      ok: false,
      error: 'nodes[1].config.partitions: must be >= 1',
    });
    expect(updateConfig(doc, source, { rate: -5 })).toEqual({
      ok: false,
      error: 'nodes[0].config.rate: must be >= 0',
    });
    const t = doc.nodes[1]!;
    expect(t.kind === 'topic' && t.config.partitions).toBe(3);
  });

  it('grows a topic by one partition and refuses to shrink it', () => {
    const { doc, topic } = pipeline();
    const grown = addPartition(doc, topic);
    if (!grown.ok) throw new Error(grown.error);
    const t = grown.doc.nodes[1]!;
    expect(t.kind === 'topic' && t.config.partitions).toBe(4);
    expect(updateConfig(grown.doc, topic, { partitions: 2 })).toEqual({
      ok: false,
      error: 'partitions can only grow: Kafka cannot remove partitions from a topic',
    });
  });

  it('removes nodes with their edges, moves and duplicates them', () => {
    const { doc, source, topic, sink } = pipeline();
    let d = connect(doc, source, topic);
    if (!d.ok) throw new Error(d.error);
    d = connect(d.doc, topic, sink);
    if (!d.ok) throw new Error(d.error);
    const removed = removeNodes(d.doc, [topic]);
    expect(removed.nodes.map((n) => n.id)).toEqual([source, sink]);
    expect(removed.edges).toEqual([]);
    const moved = moveNodes(d.doc, { [sink]: { x: 10, y: 20 } });
    expect(moved.nodes[2]!.position).toEqual({ x: 10, y: 20 });
    const dup = duplicate(d.doc, [topic, sink]);
    expect(dup.ids).toEqual(['topic-2', 'sink-2']);
    expect(dup.doc.nodes.map((n) => n.name).slice(3)).toEqual(['topic-1-copy', 'Sink 1 copy']);
    // The edge between the copies is copied; the edge from the original source is not.
    expect(dup.doc.edges.slice(2)).toEqual([{ from: 'topic-2', to: 'sink-2' }]);
  });
});

/** The pipeline on a cluster whose topic keeps `replicationFactor` copies, with a fault per broker. */
function replicated(replicationFactor: number) {
  const { doc, topic } = pipeline();
  const withRf = updateConfig(doc, topic, { replicationFactor });
  if (!withRf.ok) throw new Error(withRf.error);
  let d = withRf.doc;
  for (const fault of [
    { atMs: 20_000, type: 'broker-restart', broker: 2 },
    { atMs: 10_000, type: 'broker-kill', broker: 2 },
    { atMs: 15_000, type: 'broker-kill', broker: 3 },
  ] as const) {
    const added = addFault(d, fault);
    if (!added.ok) throw new Error(added.error);
    d = added.doc;
  }
  return { doc: d, topic };
}

const ids = (doc: PipelineDocument) => doc.cluster.brokers.map((b) => b.id);
const ok = (result: EditResult): PipelineDocument => {
  if (!result.ok) throw new Error(result.error);
  return result.doc;
};

describe('brokers', () => {
  it("adds a broker with the next free id and Kafka's defaults (1 Gbit/s network, 500 MB/s disk)", () => {
    const { doc } = pipeline();
    expect(freshBrokerId(doc)).toBe(4);
    const added = ok(addBroker(doc));
    expect(added.cluster.brokers[3]).toEqual({
      id: 4,
      rack: null,
      networkInMBps: 125,
      networkOutMBps: 125,
      diskMBps: 500,
      diskGB: 1000,
    });
  });

  it("a removed broker's id is the next one handed out", () => {
    const { doc } = pipeline();
    const without2 = ok(removeBroker(doc, 2));
    expect(ids(without2)).toEqual([1, 3]);
    expect(ids(ok(addBroker(without2)))).toEqual([1, 3, 2]);
  });

  it('refuses a 65th broker with the limit', () => {
    let doc = pipeline().doc;
    for (let i = 3; i < 64; i++) doc = ok(addBroker(doc));
    expect(addBroker(doc)).toEqual({ ok: false, error: 'cluster.brokers: must have at most 64 brokers' });
  });

  it("refuses to remove a broker a topic's replicas need, naming the topic", () => {
    const { doc } = replicated(3);
    expect(removeBroker(doc, 3)).toEqual({
      ok: false,
      error: 'cannot remove broker 3: topic "topic-1" has replication factor 3, and 2 brokers would remain',
    });
    expect(removeBroker(doc, 9)).toEqual({ ok: false, error: 'no broker with id 9' });
  });

  it("refuses a replication factor above the broker count with Kafka's message", () => {
    const { doc, topic } = pipeline();
    expect(updateConfig(doc, topic, { replicationFactor: 4 })).toEqual({
      ok: false,
      error: 'nodes[1].config.replicationFactor: Replication factor: 4 larger than available brokers: 3.',
    });
    expect(ok(updateConfig(ok(addBroker(doc)), topic, { replicationFactor: 4 })).nodes[1]).toMatchObject({
      config: { replicationFactor: 4 },
    });
  });

  it('refuses to remove the last broker', () => {
    const { doc } = pipeline();
    const one = ok(removeBroker(ok(removeBroker(doc, 1)), 2));
    expect(removeBroker(one, 3)).toEqual({ ok: false, error: 'a cluster needs at least one broker' });
  });

  it('removes the faults aimed at a removed broker, keeping the others', () => {
    const { doc } = replicated(2);
    const without2 = ok(removeBroker(doc, 2));
    expect(ids(without2)).toEqual([1, 3]);
    expect(without2.faults).toEqual([{ atMs: 15_000, type: 'broker-kill', broker: 3 }]);
  });

  it("updates a broker's rack and bandwidth, refusing an impossible value", () => {
    const { doc } = pipeline();
    const racked = ok(updateBroker(doc, 2, { rack: 'eu-west-1a', diskMBps: 250 }));
    expect(racked.cluster.brokers[1]).toMatchObject({ id: 2, rack: 'eu-west-1a', diskMBps: 250 });
    expect(updateBroker(doc, 2, { networkOutMBps: 0 })).toEqual({
      ok: false,
      error: 'cluster.brokers[1].networkOutMBps: must be > 0',
    });
    expect(updateBroker(doc, 7, { rack: 'a' })).toEqual({ ok: false, error: 'no broker with id 7' });
  });

  it('a new id must be free, and takes the faults aimed at the broker along', () => {
    const { doc } = replicated(1);
    expect(updateBroker(doc, 2, { id: 3 })).toEqual({
      ok: false,
      error: 'cluster.brokers[2].id: broker id 3 is used twice',
    });
    const renamed = ok(updateBroker(doc, 2, { id: 12 }));
    expect(ids(renamed)).toEqual([1, 12, 3]);
    expect(renamed.faults.map((f) => 'broker' in f && f.broker)).toEqual([12, 3, 12]);
  });
});

describe('the fault schedule', () => {
  it('keeps the schedule in time order, whatever order faults are added in', () => {
    const { doc } = replicated(1);
    expect(doc.faults.map((f) => f.atMs)).toEqual([10_000, 15_000, 20_000]);
    const sameTime = ok(addFault(doc, { atMs: 15_000, type: 'broker-shutdown', broker: 1 }));
    expect(sameTime.faults.map((f) => f.type)).toEqual([
      'broker-kill',
      'broker-kill',
      'broker-shutdown',
      'broker-restart',
    ]);
  });

  it('refuses a fault aimed at a broker or node that is not there, or of the wrong kind', () => {
    const { doc, source, topic } = pipeline();
    expect(addFault(doc, { atMs: 0, type: 'broker-kill', broker: 7 })).toEqual({
      ok: false,
      error: 'faults[0].broker: no broker with id 7',
    });
    expect(addFault(doc, { atMs: 0, type: 'consumer-kill', node: topic })).toEqual({
      ok: false,
      error: 'faults[0].node: "topic-1" is a topic, not a sink or processor',
    });
    expect(ok(addFault(doc, { atMs: 0, type: 'source-pause', node: source })).faults).toHaveLength(1);
  });

  it('removes a fault by its place in the schedule', () => {
    const { doc } = replicated(1);
    expect(ok(removeFault(doc, 1)).faults.map((f) => f.atMs)).toEqual([10_000, 20_000]);
    expect(removeFault(doc, 3)).toEqual({ ok: false, error: 'no fault 4 in the schedule' });
  });

  it('updates a fault, moving it to its new place in time', () => {
    const { doc } = replicated(1);
    const later = ok(updateFault(doc, 0, { atMs: 30_000 }));
    expect(later.faults.map((f) => f.atMs)).toEqual([15_000, 20_000, 30_000]);
    expect(updateFault(doc, 0, { atMs: -1 })).toEqual({ ok: false, error: 'faults[0].atMs: must be >= 0' });
  });

  it('removing a node removes the faults aimed at it', () => {
    const { doc, source, sink } = pipeline();
    let d = ok(addFault(doc, { atMs: 1000, type: 'source-pause', node: source }));
    d = ok(addFault(d, { atMs: 2000, type: 'consumer-kill', node: sink }));
    const removed = removeNodes(d, [source]);
    expect(removed.faults).toEqual([{ atMs: 2000, type: 'consumer-kill', node: sink }]);
  });
});
