import { describe, expect, it } from 'vitest';
import example from '../../../examples/article-pipeline.json';
import { repairDesign } from './repairDesign';

type Doc = {
  version: number;
  name: unknown;
  nodes: { id: string; kind: string; name: string; config: Record<string, unknown> }[];
  edges: { from: string; to: string }[];
  cluster: { brokers: Record<string, unknown>[] };
};
const broken = () => structuredClone(example) as unknown as Doc;

function repaired(doc: Doc) {
  const result = repairDesign(doc);
  if (!result.ok) throw new Error(result.reason);
  return result.repaired;
}

describe('repairDesign', () => {
  it('leaves a valid design as it is, with nothing dropped or reset', () => {
    const { doc, dropped, reset } = repaired(broken());
    expect(doc.nodes).toHaveLength(13);
    expect(doc.edges).toHaveLength(14);
    expect([dropped, reset]).toEqual([[], []]);
  });

  it('puts a setting out of range back to its default and keeps the node', () => {
    const doc = broken();
    doc.nodes[0]!.config.rate = -5;
    doc.nodes[5]!.config.partitions = 0;
    const result = repaired(doc);
    expect(result.dropped).toEqual([]);
    // sourceConfigSchema's rate default (100) and topicConfigSchema's partitions default (3).
    expect(result.doc.nodes[0]!.config).toMatchObject({ rate: 100, arrival: 'poisson' });
    expect(result.doc.nodes[5]!.config).toMatchObject({ partitions: 3, replicationFactor: 3 });
    expect(result.reset).toEqual([
      'node “Web app”: rate: must be >= 0',
      'node “user-events”: partitions: must be >= 1',
    ]);
    expect(result.doc.nodes).toHaveLength(13);
  });

  it('drops a node that cannot be read, and its edges with it', () => {
    const doc = broken();
    doc.nodes[3] = { ...doc.nodes[3]!, kind: 'gadget' };
    const result = repaired(doc);
    expect(result.doc.nodes.map((n) => n.id)).not.toContain('iot');
    expect(result.doc.nodes).toHaveLength(12);
    // iot -> t-telemetry was its only edge: 14 - 1.
    expect(result.doc.edges).toHaveLength(13);
    expect(result.dropped).toEqual([
      'node “IoT sensors” (kind: is not one of the allowed shapes (check "kind" or "type"))',
    ]);
  });

  it('drops an edge to a node that is not there, and an unknown key', () => {
    const doc = broken();
    doc.edges.push({ from: 'web', to: 'nowhere' });
    (doc.nodes[9]!.config as Record<string, unknown>).colour = 'blue';
    const result = repaired(doc);
    expect(result.doc.edges).toHaveLength(14);
    expect(result.dropped).toEqual(['edge “web” → “nowhere” (to: no node has id "nowhere")']);
    expect(result.reset).toEqual(['node “Database”: unknown key "colour"']);
  });

  it('drops the second topic of the same name, and resets a setting the rules across nodes refuse', () => {
    const doc = broken();
    doc.nodes[6]!.name = 'user-events';
    doc.nodes[7]!.config.replicationFactor = 5;
    const result = repaired(doc);
    expect(result.doc.nodes.map((n) => n.id)).not.toContain('t-payments');
    expect(result.doc.nodes.find((n) => n.id === 't-telemetry')!.config).toMatchObject({
      replicationFactor: 1,
    });
    expect(result.dropped).toEqual([
      'node “user-events” (name: topic "user-events" already exists (nodes[5]))',
    ]);
    expect(result.reset).toEqual([
      'node “telemetry”: replicationFactor (Replication factor: 5 larger than available brokers: 3.)',
    ]);
  });

  it('drops a broker that cannot be read and resets a bad name', () => {
    const doc = broken();
    doc.cluster.brokers[2]!.id = -1;
    doc.name = 42;
    for (const node of doc.nodes) if (node.kind === 'topic') node.config.replicationFactor = 2;
    const result = repaired(doc);
    expect(result.doc.cluster.brokers.map((b) => b.id)).toEqual([1, 2]);
    expect(result.doc.name).toBe('Untitled pipeline');
    expect(result.dropped).toEqual(['broker -1 (id: must be >= 0)']);
  });

  it('does not repair a design from a newer Franz, nor one with nothing left', () => {
    expect(repairDesign({ ...broken(), version: 2 })).toEqual({
      ok: false,
      reason: 'version: 2 is not a version this Franz repairs',
    });
    const doc = broken();
    for (const node of doc.nodes) node.kind = 'gadget';
    expect(repairDesign(doc)).toEqual({ ok: false, reason: 'none of its 13 nodes could be read' });
    expect(repairDesign({ ...broken(), nodes: 'all of them' })).toEqual({
      ok: false,
      reason: 'nodes: must be a list',
    });
  });
});
