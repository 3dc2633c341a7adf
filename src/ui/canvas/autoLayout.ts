// Automatic layout, left to right: sources, topics, processors, sinks. Dagre ranks the connected nodes by their
// edges (a processor's output topics come after it); a node with no edges keeps its kind's column, below the rest.
// Pure and deterministic: the same nodes, edges and sizes always give the same positions.
import type { NodeKind } from '../../engine';
import type { Size } from './flowElements';
import { KIND_SIZES } from './nodeSizes';

/** The part of @dagrejs/dagre used here; the module is passed in so the canvas can load it lazily. */
export type Dagre = typeof import('@dagrejs/dagre');

export interface LayoutNode {
  id: string;
  kind: NodeKind;
}

export interface LayoutEdge {
  from: string;
  to: string;
}

export type Positions = Record<string, { x: number; y: number }>;

/** Columns apart: room for a rate label (about 64 px) and the curve of an edge between them. */
export const RANK_GAP = 128;
/** Nodes of one column apart: labels sit between columns, not between the cards of one. */
export const NODE_GAP = 24;
/** Positions land on the canvas's 16 px grid, as a drag leaves them. */
const GRID = 16;

/** Heavier than any path's pull: a source one column further right would cost more than the whole layout gains. */
const PIN_WEIGHT = 1000;

const KIND_ORDER: readonly NodeKind[] = ['source', 'topic', 'processor', 'sink'];

const snap = (v: number) => Math.round(v / GRID) * GRID;

/** An id for an invisible node that no node of the design has. */
function unusedId(ids: ReadonlySet<string>, id: string): string {
  while (ids.has(id)) id += '\u0000';
  return id;
}

/** Top-left positions for every node, left to right by the edges, no two boxes overlapping. */
export function layoutDesign(
  dagre: Dagre,
  nodes: readonly LayoutNode[],
  edges: readonly LayoutEdge[],
  sizes: ReadonlyMap<string, Size>,
): Positions {
  const sizeOf = (n: LayoutNode): Size => sizes.get(n.id) ?? KIND_SIZES[n.kind];
  const ids = new Set(nodes.map((n) => n.id));
  const wired = edges.filter((e) => ids.has(e.from) && ids.has(e.to) && e.from !== e.to);
  const connected = new Set(wired.flatMap((e) => [e.from, e.to]));
  const FIRST = unusedId(ids, '\u0000first');
  const LAST = unusedId(ids, '\u0000last');

  const g = new dagre.graphlib.Graph();
  g.setGraph({ rankdir: 'LR', ranksep: RANK_GAP, nodesep: NODE_GAP, edgesep: 16, marginx: 0, marginy: 0 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const n of nodes) if (connected.has(n.id)) g.setNode(n.id, { ...sizeOf(n) });
  for (const e of wired) g.setEdge(e.from, e.to);
  // Sources in the first column and sinks in the last, whatever their paths' lengths: an invisible node before
  // every source and one after every sink, held tight by heavy edges. Topics and processors rank by the edges.
  for (const n of nodes) {
    if (!connected.has(n.id)) continue;
    if (n.kind === 'source') g.setEdge(FIRST, n.id, { weight: PIN_WEIGHT });
    if (n.kind === 'sink') g.setEdge(n.id, LAST, { weight: PIN_WEIGHT });
  }
  for (const pin of [FIRST, LAST]) if (g.hasNode(pin)) g.setNode(pin, { width: 0, height: 0 });
  dagre.layout(g);

  // Dagre centres each column's nodes on one x; cards read better with their left edges aligned, which keeps
  // every card inside its column's span, so nothing that did not overlap starts to.
  const columnWidth = new Map<number, number>();
  let minLeft = Infinity;
  for (const n of nodes) {
    if (!connected.has(n.id)) continue;
    const { x } = g.node(n.id);
    const width = Math.max(columnWidth.get(x) ?? 0, sizeOf(n).width);
    columnWidth.set(x, width);
  }
  for (const [x, width] of columnWidth) minLeft = Math.min(minLeft, x - width / 2);
  const positions: Positions = {};
  let bottom = 0;
  const kindLeft = new Map<NodeKind, number>();
  for (const n of nodes) {
    if (!connected.has(n.id)) continue;
    const { x, y } = g.node(n.id);
    const size = sizeOf(n);
    // The design starts at x 0 (the invisible first column takes room of its own).
    const left = x - columnWidth.get(x)! / 2 - minLeft;
    positions[n.id] = { x: snap(left), y: snap(y - size.height / 2) };
    bottom = Math.max(bottom, y + size.height / 2);
    kindLeft.set(n.kind, Math.min(kindLeft.get(n.kind) ?? Infinity, left));
  }

  placeLoose(
    nodes.filter((n) => !connected.has(n.id)),
    sizeOf,
    kindLeft,
    connected.size > 0 ? bottom + NODE_GAP * 2 : 0,
    positions,
  );
  return positions;
}

/**
 * Nodes without edges, below the connected ones, a column per kind: where that kind's connected nodes start
 * if any, never closer than a column's gap to the previous kind's loose column, so loose nodes never overlap.
 */
function placeLoose(
  loose: readonly LayoutNode[],
  sizeOf: (n: LayoutNode) => Size,
  kindLeft: ReadonlyMap<NodeKind, number>,
  top: number,
  positions: Positions,
): void {
  let nextLeft = Math.min(0, ...kindLeft.values());
  for (const kind of KIND_ORDER) {
    const column = loose.filter((n) => n.kind === kind);
    const left = Math.max(kindLeft.get(kind) ?? nextLeft, nextLeft);
    if (column.length === 0) {
      if (kindLeft.has(kind)) nextLeft = left + KIND_SIZES[kind].width + RANK_GAP;
      continue;
    }
    let y = top;
    let width = 0;
    for (const n of column) {
      const size = sizeOf(n);
      positions[n.id] = { x: snap(left), y: snap(y) };
      y += size.height + NODE_GAP;
      width = Math.max(width, size.width);
    }
    nextLeft = left + width + RANK_GAP;
  }
}

/** Loads dagre on first use (it is not needed until a layout is asked for) and lays the design out. */
export async function autoLayout(
  nodes: readonly LayoutNode[],
  edges: readonly LayoutEdge[],
  sizes: ReadonlyMap<string, Size>,
): Promise<Positions> {
  const dagre = await import('@dagrejs/dagre');
  return layoutDesign(dagre, nodes, edges, sizes);
}
