// The canvas's viewport, for code outside React Flow's tree (the command registry's Fit view).
import type { ReactFlowState } from '@xyflow/react';

let fit: (() => void) | null = null;

/** The mounted canvas registers how to fit its view; the returned function unregisters it. */
export function attachFitView(fitView: () => void): () => void {
  fit = fitView;
  return () => {
    if (fit === fitView) fit = null;
  };
}

/** Fits the canvas to the design; false when no canvas is mounted. */
export function fitCanvas(): boolean {
  fit?.();
  return fit !== null;
}

/** The middle of the visible canvas in flow coordinates, where keyboard-added nodes appear. */
export function visibleCentre(state: Pick<ReactFlowState, 'width' | 'height' | 'transform'>) {
  const [x, y, zoom] = state.transform;
  return { x: (state.width / 2 - x) / zoom, y: (state.height / 2 - y) / zoom };
}
