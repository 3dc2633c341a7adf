// How big a node is on the canvas: as React Flow measured it, or, before that, as its kind renders.
import type { NodeKind } from '../../engine';
import type { Size } from './flowElements';

/**
 * The size a node of each kind renders at before React Flow has measured it: the card widths in nodes.css and
 * a typical height (a topic grows with its lanes, so a measured size is always preferred).
 */
export const KIND_SIZES: Record<NodeKind, Size> = {
  source: { width: 232, height: 150 },
  topic: { width: 248, height: 170 },
  processor: { width: 224, height: 150 },
  sink: { width: 264, height: 180 },
};

export function nodeSize(kind: NodeKind, measured: Partial<Size> | undefined): Size {
  const fallback = KIND_SIZES[kind];
  return { width: measured?.width ?? fallback.width, height: measured?.height ?? fallback.height };
}
