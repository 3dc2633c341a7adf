import { useMemo } from 'react';
import type { PipelineNode } from '../../engine';
import { useFranz } from '../../store/store';
import { EmptyState } from './EmptyState';
import { NodeInspector } from './NodeInspector';
import { SelectionSummary } from './SelectionSummary';
import '../forms/forms.css';
import './inspector.css';

/** The side panel: the selected node's settings, a summary of several, or how to start and the cluster. */
export function Inspector() {
  const selection = useFranz((s) => s.selection);
  const nodes = useFranz((s) => s.doc.nodes);
  // A selection can outlive its nodes for a moment (delete, undo): show only what is still there.
  const selected = useMemo(
    () =>
      selection.map((id) => nodes.find((n) => n.id === id)).filter((n): n is PipelineNode => n !== undefined),
    [selection, nodes],
  );
  const only = selected.length === 1 ? selected[0] : undefined;
  return (
    <aside className="inspector" aria-label="Inspector">
      {only ? (
        // Keyed by id, so typing and messages never carry over from one node to another.
        <NodeInspector key={only.id} node={only} />
      ) : selected.length > 1 ? (
        <SelectionSummary nodes={selected} />
      ) : (
        <EmptyState />
      )}
    </aside>
  );
}
