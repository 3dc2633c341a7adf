import { useStore, useStoreApi, type ReactFlowState } from '@xyflow/react';
import { useEffect } from 'react';
import { useFranz } from '../../store/store';
import { runParticles } from './particleRunner';

const selectDomNode = (s: ReactFlowState) => s.domNode;

/**
 * A sample of records moving along the canvas's edges, drawn on one <canvas>. Render it as a child of
 * <ReactFlow>. It puts its canvas into React Flow's edge-label layer, which lies above the edges and
 * below the nodes (and below edge labels, being its first child), and renders nothing itself: the
 * frame loop reads both stores directly, so no React render happens per frame.
 */
export function ParticleLayer() {
  const flow = useStoreApi();
  const domNode = useStore(selectDomNode);

  useEffect(() => {
    if (!domNode) return;
    const layer = domNode.querySelector<HTMLElement>('.react-flow__edgelabel-renderer');
    const host = layer ?? domNode;
    const canvas = document.createElement('canvas');
    canvas.className = 'franz-particles';
    canvas.setAttribute('aria-hidden', 'true');
    Object.assign(canvas.style, {
      position: 'absolute',
      left: '0',
      top: '0',
      pointerEvents: 'none',
      transformOrigin: '0 0',
      // Only when it cannot sit between edges and nodes does it go above everything.
      zIndex: layer ? '' : '4',
    });
    host.prepend(canvas);
    const stop = runParticles(canvas, flow, useFranz, { insideViewport: layer !== null });
    return () => {
      stop();
      canvas.remove();
    };
  }, [domNode, flow]);

  return null;
}
