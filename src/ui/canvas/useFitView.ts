import { useEffect, useRef } from 'react';
import { useReactFlow } from '@xyflow/react';
import { useFranz } from '../../store/store';
import type { FitOptions } from './fitOptions';
import { attachFitView } from './viewport';

/**
 * Lets the Fit view command reach this canvas, and fits the view when a whole new design arrives
 * (an import, a share link, the example): a new document epoch. `refitOn` fits again when it changes (presentation
 * mode folding the panels away gives the canvas another size).
 */
export function useFitView(options: FitOptions, refitOn: unknown): void {
  const { fitView } = useReactFlow();
  // The latest options, for the command and the subscriptions set up once.
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  }, [options]);
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
}
