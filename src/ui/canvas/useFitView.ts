import { useCallback, useEffect, useRef } from 'react';
import { useReactFlow, useStoreApi, type ReactFlowState } from '@xyflow/react';
import { useFranz } from '../../store/store';
import type { FitOptions } from './fitOptions';
import { attachFitView } from './viewport';

/** How many nodes React Flow has measured, and the sum of their widths and heights: a cheap sign of a resize. */
function measuredSizes(s: ReactFlowState): { count: number; sum: number } {
  let sum = 0;
  for (const node of s.nodeLookup.values()) sum += (node.measured.width ?? 0) + (node.measured.height ?? 0);
  return { count: s.nodeLookup.size, sum };
}

/**
 * Lets the Fit view command reach this canvas, and fits the view when a whole new design arrives
 * (an import, a share link, the example): a new document epoch. `refitOn` fits again when it changes (presentation
 * mode folding the panels away gives the canvas another size). While the view is as a fit left it, a canvas that
 * changes size (a notice pushing it down, a window resized), or whose nodes change size (their figures arriving), is
 * fitted again, so no node slides under the zoom buttons; the returned function tells it the person has moved the
 * view (or a node) since.
 */
export function useFitView(options: FitOptions, refitOn: unknown, fittedAtStart: boolean): () => void {
  const { fitView } = useReactFlow();
  const store = useStoreApi();
  // The latest options, for the command and the subscriptions set up once.
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  }, [options]);
  const atFit = useRef(fittedAtStart);
  useEffect(() => {
    let sizes = measuredSizes(store.getState());
    return store.subscribe((s, prev) => {
      const before = sizes;
      sizes = measuredSizes(s);
      if (s.fitViewQueued && !prev.fitViewQueued) atFit.current = true;
      else if (
        atFit.current &&
        !s.fitViewQueued &&
        prev.width > 0 &&
        prev.height > 0 &&
        (s.width !== prev.width ||
          s.height !== prev.height ||
          // The same nodes grew: their figures arrive with the first report, after the first fit. Growth only: a
          // fit that zooms out past a detail level shrinks the cards, and refitting on that could go back and forth.
          (sizes.count === before.count && sizes.sum > before.sum))
      )
        void fitView({ ...latest.current, duration: 0 });
    });
  }, [store, fitView]);
  useEffect(() => {
    const fit = () => void fitView({ ...latest.current, duration: 250 });
    const detach = attachFitView(fit);
    const unsubscribe = useFranz.subscribe((s, prev) => {
      if (s.docEpoch !== prev.docEpoch)
        // Wait a frame so React Flow has measured the new nodes.
        requestAnimationFrame(fit);
    });
    return () => {
      detach();
      unsubscribe();
    };
  }, [fitView]);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    // Two frames: the panels fold away, then React Flow measures the canvas's new size.
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => void fitView({ ...latest.current, duration: 250 }));
    });
    return () => cancelAnimationFrame(frame);
  }, [refitOn, fitView]);
  return useCallback(() => {
    atFit.current = false;
  }, []);
}
