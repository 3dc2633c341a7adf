import { useMemo, type FocusEvent } from 'react';
import type { EdgeMouseHandler } from '@xyflow/react';
import type { FlowEdge } from './flowElements';

/** The edge a DOM element belongs to (React Flow's `<g class="react-flow__edge" data-id>`), if any. */
function edgeIdOf(target: EventTarget | null): string | null {
  if (!(target instanceof Element)) return null;
  return target.closest('.react-flow__edge')?.getAttribute('data-id') ?? null;
}

/**
 * Which edge's hidden label to show: the one under the pointer, or the one with keyboard focus (focus events
 * bubble up to the canvas, so one pair of handlers there serves every edge).
 */
export function useRevealEdge(setRevealed: (id: string | null) => void) {
  return useMemo(() => {
    const onEdgeMouseEnter: EdgeMouseHandler<FlowEdge> = (_event, edge) => setRevealed(edge.id);
    const onEdgeMouseLeave: EdgeMouseHandler<FlowEdge> = () => setRevealed(null);
    const onFocus = (event: FocusEvent) => {
      const id = edgeIdOf(event.target);
      if (id) setRevealed(id);
    };
    const onBlur = (event: FocusEvent) => {
      if (edgeIdOf(event.target)) setRevealed(null);
    };
    return { onEdgeMouseEnter, onEdgeMouseLeave, onFocus, onBlur };
  }, [setRevealed]);
}
