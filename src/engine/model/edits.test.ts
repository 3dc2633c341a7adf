import { describe, expect, it } from 'vitest';
import {
  addNode,
  addPartition,
  connect,
  duplicate,
  emptyDocument,
  moveNodes,
  removeNodes,
  updateConfig,
} from './edits';

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
