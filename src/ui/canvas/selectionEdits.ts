// Edits of what is selected on the canvas, for the command registry (toolbar, keyboard, tests).
import { edits } from '../../engine';
import type { FranzStore } from '../../store/store';
import { nodesById } from '../nodes/shared/lookups';
import { edgeId } from './flowElements';

function selected(store: FranzStore) {
  const { doc, selection } = store.getState();
  const ids = new Set(selection);
  const nodes = nodesById(doc);
  return {
    nodes: selection.filter((id) => nodes.has(id)),
    edges: doc.edges.filter((e) => ids.has(edgeId(e))),
  };
}

export const hasSelection = (store: FranzStore) => {
  const { nodes, edges } = selected(store);
  return nodes.length + edges.length > 0;
};

export const hasSelectedNodes = (store: FranzStore) => selected(store).nodes.length > 0;

/** Removes the selected nodes (with their connections) and the selected connections, as one undo step. */
export function deleteSelection(store: FranzStore): void {
  const { nodes, edges } = selected(store);
  if (nodes.length + edges.length === 0) return;
  const { doc, apply, select } = store.getState();
  apply(edits.removeNodes(edits.removeEdges(doc, edges), nodes));
  select([]);
}

/** Copies the selected nodes (and the connections among them) a little offset, and selects the copies. */
export function duplicateSelection(store: FranzStore): void {
  const { nodes } = selected(store);
  if (nodes.length === 0) return;
  const { doc, apply, select } = store.getState();
  const copy = edits.duplicate(doc, nodes);
  apply(copy.doc);
  select(copy.ids);
}

export function selectAll(store: FranzStore): void {
  const { doc, select } = store.getState();
  select(doc.nodes.map((n) => n.id));
}

/**
 * Removes one connection by its edge id ("from->to"), as one undo step, and drops it from the selection: what
 * Delete does on an edge that has the keyboard's focus. Returns the connection removed, or null if none.
 */
export function deleteEdge(store: FranzStore, id: string): { from: string; to: string } | null {
  const { doc, apply, select, selection } = store.getState();
  const edge = doc.edges.find((e) => edgeId(e) === id);
  if (!edge) return null;
  apply(edits.removeEdges(doc, [edge]));
  select(selection.filter((s) => s !== id));
  return edge;
}
