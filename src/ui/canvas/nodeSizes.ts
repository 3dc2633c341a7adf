// How big a node is on the canvas: as React Flow measured it, or, before that, as its kind renders.
import type { NodeKind } from '../../engine';
import type { Size } from './flowElements';

/**
 * The size a node of each kind renders at before React Flow has measured it: the card widths in nodes.css and a
 * typical height with its figures (a topic of three partitions, a sink of two consumers); layout takes at least
 * this height, as a node measured before the simulation reports grows when its figures arrive.
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
