// How big a node is on the canvas: as React Flow measured it, or, before that, as its kind renders.
import type { NodeKind } from '../../engine';
import type { Size } from './flowElements';

/**
 * The size a node of each kind renders at before React Flow has measured it: the card widths in nodes.css and a
 * typical height with its figures (a topic of three partitions, a sink of two consumers). A design laid out as it
 * arrives takes at least this height (`atLeastKindSizes`): its nodes, measured before the simulation's first
 * report, grow when their figures arrive.
 */
export const KIND_SIZES: Record<NodeKind, Size> = {
  source: { width: 232, height: 140 },
  topic: { width: 248, height: 160 },
  processor: { width: 224, height: 160 },
  sink: { width: 264, height: 200 },
};

export function nodeSize(kind: NodeKind, measured: Partial<Size> | undefined): Size {
  const fallback = KIND_SIZES[kind];
  return { width: measured?.width ?? fallback.width, height: measured?.height ?? fallback.height };
}

/** Each node's size, at least its kind's: for nodes measured before their figures arrived. */
export function atLeastKindSizes(
  nodes: readonly { id: string; kind: NodeKind }[],
  sizes: ReadonlyMap<string, Size>,
): Map<string, Size> {
  const out = new Map<string, Size>();
  for (const n of nodes) {
    const kind = KIND_SIZES[n.kind];
    const size = sizes.get(n.id) ?? kind;
    out.set(n.id, { width: size.width, height: Math.max(size.height, kind.height) });
  }
  return out;
}
