// What a keyboard user may connect a node to, and the edit that connects it: the same rules and the same edit
// as a connection dragged between two handles on the canvas.
import { edits, type NodeKind, type PipelineDocument } from '../../engine';
import type { FranzStore } from '../../store/store';
import { connectionRefusal } from './connections';
import { nodeLabel } from './flowElements';

export interface ConnectTarget {
  id: string;
  name: string;
  /** "Topic: orders", as the node is named on the canvas. */
  label: string;
}

/** The nodes `from` may feed by the design's rules (source → topic, topic → sink or processor, processor → topic). */
export function connectTargets(doc: PipelineDocument, from: string): ConnectTarget[] {
  return doc.nodes
    .filter((n) => connectionRefusal(doc, from, n.id) === null)
    .map((n) => ({ id: n.id, name: n.name, label: nodeLabel(n) }));
}

const FEEDS: Record<NodeKind, string> = {
  source: 'A source writes to topics',
  topic: 'A topic is read by sinks and processors',
  processor: 'A processor writes to topics',
  sink: 'A sink only reads: connect a topic to it instead',
};

/** Why a node has no targets: what it may feed, and that none is left to connect. */
export function noTargetsReason(kind: NodeKind): string {
  if (kind === 'sink') return `${FEEDS.sink}.`;
  return `${FEEDS[kind]}, and there is none it is not already connected to: add one from the palette first.`;
}

/**
 * Connects `from` to `to` as one undo step, as a drag between the two handles does; or returns why not, in the
 * design's own words, leaving the design as it was.
 */
export function connectNodes(store: FranzStore, from: string, to: string): string | null {
  const s = store.getState();
  const result = edits.connect(s.doc, from, to);
  if (!result.ok) return result.error;
  s.apply(result.doc);
  return null;
}
