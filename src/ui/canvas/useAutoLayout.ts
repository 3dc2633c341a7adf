import { useEffect, useState } from 'react';
import { useReactFlow } from '@xyflow/react';
import { useFranz } from '../../store/store';
import type { FlowNode } from '../nodes/shared/flowNode';
import type { FlowEdge, Size } from './flowElements';
import { attachMeasure, needsLayout, tidyLayout } from './tidyLayout';

/**
 * Lets the Tidy layout command read the nodes' measured sizes, and lays out a design that arrives without
 * positions (an import, a share link, a template) once React Flow has measured its nodes. Returns true while
 * such a design waits for its layout, so the canvas can keep it out of sight instead of flashing one column.
 */
export function useAutoLayout(sizes: ReadonlyMap<string, Size>): boolean {
  const { getNodes } = useReactFlow<FlowNode, FlowEdge>();
  useEffect(
    () =>
      attachMeasure(() => {
        const measured = new Map<string, Size>();
        for (const n of getNodes())
          if (n.measured?.width && n.measured.height)
            measured.set(n.id, { width: n.measured.width, height: n.measured.height });
        return measured;
      }),
    [getNodes],
  );

  const [pending, setPending] = useState(() => needsLayout(useFranz.getState().doc));
  useEffect(
    () =>
      useFranz.subscribe((s, prev) => {
        if (s.docEpoch !== prev.docEpoch) setPending(needsLayout(s.doc));
      }),
    [],
  );

  const doc = useFranz((s) => s.doc);
  useEffect(() => {
    if (!pending || !needsLayout(doc)) return;
    // Wait until every node has its real size, so that none overlaps another once laid out.
    if (!doc.nodes.every((n) => sizes.has(n.id))) return;
    let live = true;
    void tidyLayout(useFranz, sizes, { quietly: true }).finally(() => {
      if (live) setPending(false);
    });
    return () => {
      live = false;
    };
  }, [pending, doc, sizes]);
  return pending && needsLayout(doc);
}
