import { useMemo, useState } from 'react';
import { useFranz } from '../../store/store';
import { createFlowDeriver, type Size } from './flowElements';

/** React Flow's nodes and edges, derived from the design and the selection; sizes as React Flow measured them. */
export function useFlowElements() {
  const doc = useFranz((s) => s.doc);
  const selection = useFranz((s) => s.selection);
  const [sizes, setSizes] = useState<ReadonlyMap<string, Size>>(() => new Map());
  const [derive] = useState(createFlowDeriver);
  const nodes = useMemo(() => derive.nodes(doc, selection, sizes), [derive, doc, selection, sizes]);
  const edges = useMemo(() => derive.edges(doc, selection), [derive, doc, selection]);
  return { nodes, edges, setSizes };
}
