// Edits of a design document as pure functions: each takes a document and returns a new one (or says
// why it cannot), so the designer, undo/redo and tests share one definition of every change.
import { edgeRefusal } from './validate';
import { ownValue } from './nameRecord';
import { brokerSchema, type Fault, type NodeKind, type PipelineDocument, type PipelineNode } from './schema';
import { parseDocument } from './validate';

export type EditResult = { ok: true; doc: PipelineDocument } | { ok: false; error: string };

const NAMES: Record<NodeKind, string> = {
  source: 'Source',
  topic: 'topic',
  sink: 'Sink',
  processor: 'Processor',
};

function clone(doc: PipelineDocument): PipelineDocument {
  return JSON.parse(JSON.stringify(doc)) as PipelineDocument;
}

/** Re-validates an edited document, so no edit can produce a design the engine would refuse. */
function checked(doc: PipelineDocument): EditResult {
  const parsed = parseDocument(doc);
  return parsed.ok ? { ok: true, doc: parsed.doc } : { ok: false, error: parsed.errors[0]! };
}

/** A fresh id and name for a new node of `kind`: source-1, topic-2 ... */
export function freshNode(doc: PipelineDocument, kind: NodeKind): { id: string; name: string } {
  const ids = new Set(doc.nodes.map((n) => n.id));
  const names = new Set(doc.nodes.map((n) => n.name));
  for (let i = 1; ; i++) {
    const id = `${kind}-${i}`;
    const name = kind === 'topic' ? `topic-${i}` : `${NAMES[kind]} ${i}`;
    if (!ids.has(id) && !names.has(name)) return { id, name };
  }
}

export function addNode(
  doc: PipelineDocument,
  kind: NodeKind,
  position: { x: number; y: number },
): { doc: PipelineDocument; id: string } {
  const next = clone(doc);
  const { id, name } = freshNode(doc, kind);
  // Every config key takes Kafka's default on parse.
  next.nodes.push({ id, kind, name, position, config: {} } as PipelineNode);
  const parsed = parseDocument(next);
  if (!parsed.ok) throw new Error(`a new ${kind} made the design invalid: ${parsed.errors[0]}`);
  return { doc: parsed.doc, id };
}

/** Removes nodes with their edges and the scheduled faults aimed at them. */
export function removeNodes(doc: PipelineDocument, ids: readonly string[]): PipelineDocument {
  const gone = new Set(ids);
  const next = clone(doc);
  next.nodes = next.nodes.filter((n) => !gone.has(n.id));
  next.edges = next.edges.filter((e) => !gone.has(e.from) && !gone.has(e.to));
  next.faults = next.faults.filter((f) => !('node' in f && gone.has(f.node)));
  return next;
}

export function removeEdges(
  doc: PipelineDocument,
  edges: readonly { from: string; to: string }[],
): PipelineDocument {
  const next = clone(doc);
  next.edges = next.edges.filter((e) => !edges.some((x) => x.from === e.from && x.to === e.to));
  return next;
}

/** Connects two nodes if data can flow that way; otherwise says why not, in a short hint. */
export function connect(doc: PipelineDocument, from: string, to: string): EditResult {
  const a = doc.nodes.find((n) => n.id === from);
  const b = doc.nodes.find((n) => n.id === to);
  if (!a || !b) return { ok: false, error: 'both ends must be nodes of the design' };
  if (from === to) return { ok: false, error: 'a node cannot feed itself' };
  const refusal = edgeRefusal(a.kind, b.kind);
  if (refusal) return { ok: false, error: refusal.charAt(0).toUpperCase() + refusal.slice(1) };
  if (doc.edges.some((e) => e.from === from && e.to === to))
    return { ok: false, error: `${a.name} is already connected to ${b.name}` };
  const next = clone(doc);
  next.edges.push({ from, to });
  return checked(next);
}

/** Changes some config keys of a node; refused (with the path and problem) when a value is impossible. */
export function updateConfig(doc: PipelineDocument, id: string, patch: Record<string, unknown>): EditResult {
  const next = clone(doc);
  const node = next.nodes.find((n) => n.id === id);
  if (!node) return { ok: false, error: `no node ${id}` };
  Object.assign(node.config, patch);
  for (const [key, value] of Object.entries(patch))
    if (value === undefined) delete (node.config as Record<string, unknown>)[key];
  const result = checked(next);
  const before = doc.nodes.find((n) => n.id === id)!;
  if (
    result.ok &&
    node.kind === 'topic' &&
    before.kind === 'topic' &&
    node.config.partitions < before.config.partitions
  )
    return { ok: false, error: 'partitions can only grow: Kafka cannot remove partitions from a topic' };
  return result;
}

export function rename(doc: PipelineDocument, id: string, name: string): EditResult {
  const next = clone(doc);
  const node = next.nodes.find((n) => n.id === id);
  if (!node) return { ok: false, error: `no node ${id}` };
  node.name = name;
  return checked(next);
}

/** One more partition on a topic (a Partition dropped on it). */
export function addPartition(doc: PipelineDocument, topicId: string): EditResult {
  const topic = doc.nodes.find((n) => n.id === topicId);
  if (!topic || topic.kind !== 'topic') return { ok: false, error: 'drop a partition on a topic' };
  return updateConfig(doc, topicId, { partitions: topic.config.partitions + 1 });
}

export function moveNodes(
  doc: PipelineDocument,
  positions: Record<string, { x: number; y: number }>,
): PipelineDocument {
  return {
    ...doc,
    nodes: doc.nodes.map((n) => {
      const position = ownValue(positions, n.id);
      return position ? { ...n, position } : n;
    }),
  };
}

/** Copies of the nodes, offset a little, with the edges among them (not those to outside nodes). */
export function duplicate(
  doc: PipelineDocument,
  ids: readonly string[],
): { doc: PipelineDocument; ids: string[] } {
  let next = clone(doc);
  const map = new Map<string, string>();
  for (const id of ids) {
    const node = doc.nodes.find((n) => n.id === id);
    if (!node) continue;
    const fresh = freshNode(next, node.kind);
    const name = node.kind === 'topic' ? `${node.name}-copy` : `${node.name} copy`;
    const taken = new Set(next.nodes.map((n) => n.name));
    const copy = JSON.parse(JSON.stringify(node)) as PipelineNode;
    copy.id = fresh.id;
    copy.name = taken.has(name) ? fresh.name : name;
    copy.position = { x: (node.position?.x ?? 0) + 40, y: (node.position?.y ?? 0) + 40 };
    if ('groupId' in copy.config) delete (copy.config as { groupId?: string }).groupId;
    next.nodes.push(copy);
    map.set(id, copy.id);
  }
  for (const e of doc.edges) {
    const from = map.get(e.from),
      to = map.get(e.to);
    if (from && to) next.edges.push({ from, to });
  }
  const parsed = parseDocument(next);
  if (parsed.ok) next = parsed.doc;
  return { doc: next, ids: [...map.values()] };
}

/** An empty design. */
export function emptyDocument(name = 'Untitled pipeline'): PipelineDocument {
  const parsed = parseDocument({
    format: 'franz.pipeline',
    version: 1,
    name,
    cluster: {},
    nodes: [],
    edges: [],
  });
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  return parsed.doc;
}

/** The smallest broker id from 1 that no broker has, so a removed broker's id comes back first. */
export function freshBrokerId(doc: PipelineDocument): number {
  const ids = new Set(doc.cluster.brokers.map((b) => b.id));
  let id = 1;
  while (ids.has(id)) id++;
  return id;
}

/** One more broker, with the next free id and Kafka's defaults. */
export function addBroker(doc: PipelineDocument): EditResult {
  const next = clone(doc);
  next.cluster.brokers.push(brokerSchema.parse({ id: freshBrokerId(doc) }));
  return checked(next);
}

/**
 * Removes a broker, and the scheduled faults aimed at it (as removing a node removes its edges; undo
 * brings both back). Refused while a topic needs more replicas than the brokers that would remain.
 */
export function removeBroker(doc: PipelineDocument, id: number): EditResult {
  if (!doc.cluster.brokers.some((b) => b.id === id)) return { ok: false, error: `no broker with id ${id}` };
  const remaining = doc.cluster.brokers.length - 1;
  if (remaining === 0) return { ok: false, error: 'a cluster needs at least one broker' };
  for (const topic of doc.nodes)
    if (topic.kind === 'topic' && topic.config.replicationFactor > remaining)
      return {
        ok: false,
        error: `cannot remove broker ${id}: topic "${topic.name}" has replication factor ${topic.config.replicationFactor}, and ${remaining} broker${remaining === 1 ? '' : 's'} would remain`,
      };
  const next = clone(doc);
  next.cluster.brokers = next.cluster.brokers.filter((b) => b.id !== id);
  next.faults = next.faults.filter((f) => !('broker' in f && f.broker === id));
  return checked(next);
}

/** Changes a broker's settings; a new id carries the faults aimed at the broker along with it. */
export function updateBroker(doc: PipelineDocument, id: number, patch: Record<string, unknown>): EditResult {
  const next = clone(doc);
  const broker = next.cluster.brokers.find((b) => b.id === id);
  if (!broker) return { ok: false, error: `no broker with id ${id}` };
  Object.assign(broker, patch);
  if (broker.id !== id)
    for (const fault of next.faults) if ('broker' in fault && fault.broker === id) fault.broker = broker.id;
  return checked(next);
}

/** Keeps the schedule in time order; a stable sort keeps faults at the same time in the order added. */
const byTime = (faults: Fault[]): Fault[] => [...faults].sort((a, b) => a.atMs - b.atMs);

/** Schedules a fault, in time order after those at the same time. */
export function addFault(doc: PipelineDocument, fault: Fault): EditResult {
  const next = clone(doc);
  next.faults = byTime([...next.faults, fault]);
  return checked(next);
}

export function removeFault(doc: PipelineDocument, index: number): EditResult {
  if (!doc.faults[index]) return { ok: false, error: `no fault ${index + 1} in the schedule` };
  const next = clone(doc);
  next.faults.splice(index, 1);
  return checked(next);
}

/** Changes a scheduled fault (its time, target or value); the schedule stays in time order. */
export function updateFault(
  doc: PipelineDocument,
  index: number,
  patch: Record<string, unknown>,
): EditResult {
  const next = clone(doc);
  const fault = next.faults[index];
  if (!fault) return { ok: false, error: `no fault ${index + 1} in the schedule` };
  Object.assign(fault, patch);
  next.faults = byTime(next.faults);
  return checked(next);
}
