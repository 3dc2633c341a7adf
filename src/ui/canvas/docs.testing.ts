// A small design for the canvas tests, built with the same edits the canvas uses.
import { edits, type PipelineDocument } from '../../engine';

/** payments (source) -> orders (topic, 3 partitions) -> billing (sink), plus audit reading orders and refunds. */
export function ordersDoc(): PipelineDocument {
  let doc = edits.emptyDocument();
  const add = (
    kind: 'source' | 'topic' | 'sink' | 'processor',
    id: string,
    name: string,
    x: number,
    y: number,
  ) => {
    const added = edits.addNode(doc, kind, { x, y });
    const renamed = edits.rename(added.doc, added.id, name);
    if (!renamed.ok) throw new Error(renamed.error);
    doc = {
      ...renamed.doc,
      nodes: renamed.doc.nodes.map((n) => (n.id === added.id ? { ...n, id } : n)),
    };
  };
  add('source', 'payments', 'Payments', 0, 0);
  add('topic', 'orders', 'orders', 320, 0);
  add('topic', 'refunds', 'refunds', 320, 200);
  add('sink', 'billing', 'Billing', 680, 0);
  add('sink', 'audit', 'Audit', 680, 200);
  for (const [from, to] of [
    ['payments', 'orders'],
    ['orders', 'billing'],
    ['orders', 'audit'],
    ['refunds', 'audit'],
  ] as const) {
    const r = edits.connect(doc, from, to);
    if (!r.ok) throw new Error(r.error);
    doc = r.doc;
  }
  return doc;
}
