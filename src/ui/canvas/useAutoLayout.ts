import { useEffect, useRef, useState } from 'react';
import { useFranz } from '../../store/store';
import type { Size } from './flowElements';
import { atLeastKindSizes } from './nodeSizes';
import { attachMeasure, needsLayout, tidyLayout } from './tidyLayout';
import { useNodeDetail } from './useDetail';

/**
 * Lets the Tidy layout command read the nodes' measured sizes, and lays out a design that arrives without
 * positions (an import, a share link, a template) once React Flow has measured its nodes. Returns true while
 * such a design waits for its layout, so the canvas can keep it out of sight instead of flashing one column.
 */
export function useAutoLayout(sizes: ReadonlyMap<string, Size>): boolean {
  const fullSizes = useFullSizes(sizes);
  useEffect(() => attachMeasure(() => fullSizes.current), [fullSizes]);

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
    void tidyLayout(useFranz, atLeastKindSizes(doc.nodes, fullSizes.current), { quietly: true }).finally(
      () => {
        if (live) setPending(false);
      },
    );
    return () => {
      live = false;
    };
  }, [pending, doc, sizes, fullSizes]);
  return pending && needsLayout(doc);
}

/**
 * The nodes' sizes as they are drawn in full. Zoomed out, a node is its name only (detailLevel.ts), and a layout
 * made from those heights would overlap once zoomed in; so sizes measured then are not kept, and a node never
 * measured in full is laid out at its kind's size (nodeSizes.ts).
 */
function useFullSizes(sizes: ReadonlyMap<string, Size>) {
  const detail = useNodeDetail();
  const detailNow = useRef(detail);
  const full = useRef(new Map<string, Size>());
  const seen = useRef<ReadonlyMap<string, Size>>(new Map());
  useEffect(() => {
    detailNow.current = detail;
  }, [detail]);
  useEffect(() => {
    // Only what React Flow measured anew: sizes from before a change of detail are not re-read as the new level's.
    for (const [id, size] of sizes)
      if (seen.current.get(id) !== size && detailNow.current === 'full') full.current.set(id, size);
    seen.current = sizes;
  }, [sizes]);
  return full;
}
