// What React Flow's change lists mean for the design: positions to move, a selection, nodes or edges to
// remove, sizes React Flow measured. Pure, so the canvas handlers stay a few lines of store calls.
import type { EdgeChange, NodeChange, XYPosition } from '@xyflow/react';
import { nameRecord, type PipelineDocument, type PipelineEdge } from '../../engine';
import type { FlowNode } from '../nodes/shared/flowNode';
import { edgeId, type FlowEdge, type Size } from './flowElements';

export interface NodeChangePlan {
  positions: Record<string, XYPosition>;
  /** True when any position change is part of a pointer drag (then it is one undo step, at the end). */
  dragging: boolean;
  removed: string[];
}

export function planNodeChanges(changes: readonly NodeChange<FlowNode>[]): NodeChangePlan {
  const plan: NodeChangePlan = { positions: nameRecord(), dragging: false, removed: [] };
  for (const c of changes) {
    if (c.type === 'position' && c.position) {
      plan.positions[c.id] = c.position;
      if (c.dragging) plan.dragging = true;
    } else if (c.type === 'remove') plan.removed.push(c.id);
  }
  return plan;
}

/** The selection after React Flow's select changes (node and edge ids alike), or null if none. */
export function nextSelection(
  selection: readonly string[],
  changes: readonly (NodeChange<FlowNode> | EdgeChange<FlowEdge>)[],
): string[] | null {
  const selects = changes.filter((c) => c.type === 'select');
  if (selects.length === 0) return null;
  const next = new Set(selection);
  for (const c of selects) {
    if (c.selected) next.add(c.id);
    else next.delete(c.id);
  }
  return [...next];
}

/** The sizes after React Flow's dimension changes; the same map when nothing changed. */
export function nextSizes(
  sizes: ReadonlyMap<string, Size>,
  changes: readonly NodeChange<FlowNode>[],
): ReadonlyMap<string, Size> {
  let next: Map<string, Size> | null = null;
  for (const c of changes) {
    if (c.type !== 'dimensions' || !c.dimensions) continue;
    const known = (next ?? sizes).get(c.id);
    if (known?.width === c.dimensions.width && known.height === c.dimensions.height) continue;
    next ??= new Map(sizes);
    next.set(c.id, { width: c.dimensions.width, height: c.dimensions.height });
  }
  return next ?? sizes;
}

/** The design's edges that React Flow asked to remove. */
export function removedEdges(
  doc: PipelineDocument,
  changes: readonly EdgeChange<FlowEdge>[],
): PipelineEdge[] {
  const ids = new Set(changes.filter((c) => c.type === 'remove').map((c) => c.id));
  return ids.size === 0 ? [] : doc.edges.filter((e) => ids.has(edgeId(e)));
}
