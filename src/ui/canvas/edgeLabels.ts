// The canvas's nodes and edges as the boxes and curves label placement works on.
import type { PipelineEdge } from '../../engine';
import type { FlowNode } from '../nodes/shared/flowNode';
import { edgeId } from './flowElements';
import { placeLabels, type Box, type EdgeEnds, type LabelPlaces } from './labelPlacement';
import { nodeSize } from './nodeSizes';

/** A handle is centred on the card's border: an edge starts and ends half a handle (11 px) outside it. */
const HANDLE_REACH = 5.5;

/** Where each edge's rate label sits along it (or null: hidden), given where the nodes are now. */
export function labelPlacesOf(nodes: readonly FlowNode[], edges: readonly PipelineEdge[]): LabelPlaces {
  const boxes = new Map<string, Box>();
  for (const n of nodes) {
    if (!n.type) continue;
    boxes.set(n.id, { ...n.position, ...nodeSize(n.type, n.measured) });
  }
  const ends: EdgeEnds[] = [];
  for (const e of edges) {
    const a = boxes.get(e.from);
    const b = boxes.get(e.to);
    if (!a || !b) continue;
    ends.push({
      id: edgeId(e),
      source: { x: a.x + a.width + HANDLE_REACH, y: a.y + a.height / 2 },
      target: { x: b.x - HANDLE_REACH, y: b.y + b.height / 2 },
    });
  }
  return placeLabels(ends, [...boxes.values()]);
}
