import { useDeferredValue, useMemo, useState } from 'react';
import { useFranz } from '../../store/store';
import { labelPlacesOf } from './edgeLabels';
import { createFlowDeriver, type Size } from './flowElements';

/**
 * React Flow's nodes and edges, derived from the design and the selection; sizes as React Flow measured them.
 * Edge labels are placed again only when nodes or edges change (a move, a resize), never per snapshot.
 */
export function useFlowElements() {
  const doc = useFranz((s) => s.doc);
  const selection = useFranz((s) => s.selection);
  const [sizes, setSizes] = useState<ReadonlyMap<string, Size>>(() => new Map());
  /** The edge under the pointer or keyboard focus: its label shows even where it would be hidden. */
  const [revealed, setRevealed] = useState<string | null>(null);
  const [derive] = useState(createFlowDeriver);
  const nodes = useMemo(() => derive.nodes(doc, selection, sizes), [derive, doc, selection, sizes]);
  // Deferred: while a drag moves nodes every frame, React may skip placing labels for frames already outdated.
  const placedNodes = useDeferredValue(nodes);
  const places = useMemo(() => labelPlacesOf(placedNodes, doc.edges), [placedNodes, doc.edges]);
  const edges = useMemo(
    () => derive.edges(doc, selection, places, revealed),
    [derive, doc, selection, places, revealed],
  );
  return { nodes, edges, sizes, setSizes, setRevealed };
}
