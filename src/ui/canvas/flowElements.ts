// The design document as React Flow nodes and edges. The document is the truth; React Flow gets a
// fresh view of it, reusing the objects that did not change so it re-renders only what moved.
import type { Edge } from '@xyflow/react';
import type { NodeKind, PipelineDocument, PipelineEdge, PipelineNode } from '../../engine';
import type { FlowNode, FlowNodeData } from '../nodes/shared/flowNode';
import { KIND_LABELS } from '../theme/kinds';
import type { LabelPlaces } from './labelPlacement';

/**
 * An edge's label: where along the edge it sits (labelPlacement.ts), null when it would cover a node or another
 * label (then hidden until `revealed`: the edge is hovered, focused or selected).
 */
export interface FlowEdgeData extends Record<string, unknown> {
  labelAt: number | null;
  revealed: boolean;
}
export type FlowEdge = Edge<FlowEdgeData, 'rate'>;

export interface Size {
  width: number;
  height: number;
}

export const edgeId = (e: PipelineEdge) => `${e.from}->${e.to}`;

/** "Topic: orders": the node's accessible name. */
export const nodeLabel = (node: Pick<PipelineNode, 'kind' | 'name'>) =>
  `${KIND_LABELS[node.kind]}: ${node.name}`;

/** "Web app to orders": a connection's accessible name, what a screen reader says when Tab reaches it. */
export const edgeLabel = (from: string, to: string) => `${from} to ${to}`;

/** Where a node without a saved position goes: a column per kind, in document order. */
const COLUMNS: Record<NodeKind, number> = { source: 0, topic: 320, processor: 560, sink: 800 };
const ROW = 160;

function positionsOf(doc: PipelineDocument): Map<string, { x: number; y: number }> {
  const rows: Record<NodeKind, number> = { source: 0, topic: 0, processor: 0, sink: 0 };
  const positions = new Map<string, { x: number; y: number }>();
  for (const n of doc.nodes)
    positions.set(n.id, n.position ?? { x: COLUMNS[n.kind], y: rows[n.kind]++ * ROW });
  return positions;
}

function sameNode(a: FlowNode, b: FlowNode): boolean {
  return (
    a.type === b.type &&
    a.position.x === b.position.x &&
    a.position.y === b.position.y &&
    a.selected === b.selected &&
    a.ariaLabel === b.ariaLabel &&
    a.measured?.width === b.measured?.width &&
    a.measured?.height === b.measured?.height
  );
}

/**
 * A deriver remembers what it returned last time: nodes and edges whose content is unchanged come back
 * as the same objects (React Flow compares by reference), and each node's `data` is one object for life.
 */
export function createFlowDeriver() {
  let lastNodes = new Map<string, FlowNode>();
  let lastEdges = new Map<string, FlowEdge>();
  const data = new Map<string, FlowNodeData>();

  function nodes(
    doc: PipelineDocument,
    selection: readonly string[],
    sizes: ReadonlyMap<string, Size>,
  ): FlowNode[] {
    const selected = new Set(selection);
    const positions = positionsOf(doc);
    const next = new Map<string, FlowNode>();
    const out = doc.nodes.map((n) => {
      let nodeData = data.get(n.id);
      if (!nodeData) data.set(n.id, (nodeData = { nodeId: n.id }));
      const size = sizes.get(n.id);
      const fresh: FlowNode = {
        id: n.id,
        type: n.kind,
        position: positions.get(n.id)!,
        data: nodeData,
        selected: selected.has(n.id),
        ariaLabel: nodeLabel(n),
        ...(size ? { measured: size } : {}),
      };
      const prev = lastNodes.get(n.id);
      const node = prev && sameNode(prev, fresh) ? prev : fresh;
      next.set(n.id, node);
      return node;
    });
    lastNodes = next;
    return out;
  }

  function edges(
    doc: PipelineDocument,
    selection: readonly string[],
    places: LabelPlaces = new Map(),
    revealed: string | null = null,
  ): FlowEdge[] {
    const selected = new Set(selection);
    const names = new Map(doc.nodes.map((n) => [n.id, n.name]));
    const next = new Map<string, FlowEdge>();
    const out = doc.edges.map((e) => {
      const id = edgeId(e);
      const prev = lastEdges.get(id);
      const isSelected = selected.has(id);
      const labelAt = places.has(id) ? places.get(id)! : 0.5;
      const isRevealed = revealed === id || isSelected;
      const ariaLabel = edgeLabel(names.get(e.from) ?? e.from, names.get(e.to) ?? e.to);
      const edge: FlowEdge =
        prev &&
        prev.selected === isSelected &&
        prev.ariaLabel === ariaLabel &&
        prev.data?.labelAt === labelAt &&
        prev.data.revealed === isRevealed
          ? prev
          : {
              id,
              source: e.from,
              target: e.to,
              type: 'rate',
              selected: isSelected,
              ariaLabel,
              data: { labelAt, revealed: isRevealed },
            };
      next.set(id, edge);
      return edge;
    });
    lastEdges = next;
    return out;
  }

  return { nodes, edges };
}
