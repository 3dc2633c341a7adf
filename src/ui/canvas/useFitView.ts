import { useEffect } from 'react';
import { useReactFlow } from '@xyflow/react';
import { useFranz } from '../../store/store';
import { attachFitView, FIT_PADDING } from './viewport';

const FIT = { padding: FIT_PADDING, maxZoom: 1, duration: 250 } as const;

/**
 * Lets the Fit view command reach this canvas, and fits the view when a whole new design arrives
 * (an import, a share link, the example): a new document epoch.
 */
export function useFitView(): void {
  const { fitView } = useReactFlow();
  useEffect(() => attachFitView(() => void fitView(FIT)), [fitView]);
  useEffect(
    () =>
      useFranz.subscribe((s, prev) => {
        if (s.docEpoch !== prev.docEpoch)
          // Wait a frame so React Flow has measured the new nodes.
          requestAnimationFrame(() => void fitView(FIT));
      }),
    [fitView],
  );
}
