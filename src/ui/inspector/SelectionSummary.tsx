import type { PipelineNode } from '../../engine';
import { KIND_LABELS } from '../theme/kinds';

/** "2 sources, 1 topic" */
export function countKinds(nodes: readonly PipelineNode[]): string {
  const counts = new Map<PipelineNode['kind'], number>();
  for (const n of nodes) counts.set(n.kind, (counts.get(n.kind) ?? 0) + 1);
  return [...counts]
    .map(([kind, n]) => `${n} ${KIND_LABELS[kind].toLowerCase()}${n === 1 ? '' : 's'}`)
    .join(', ');
}

/** Several nodes selected: what they are, and that one at a time is edited. */
export function SelectionSummary({ nodes }: { nodes: readonly PipelineNode[] }) {
  return (
    <div className="inspector__summary">
      <header className="inspector__header">
        <h2 className="inspector__title">{nodes.length} nodes selected</h2>
        <p className="inspector__role">{countKinds(nodes)}</p>
      </header>
      <ul className="inspector__selected">
        {nodes.map((n) => (
          <li key={n.id}>
            {KIND_LABELS[n.kind]}: {n.name}
          </li>
        ))}
      </ul>
      <p className="inspector__hint">
        Select a single node to edit its settings. Delete, duplicate, or drag the selection as one.
      </p>
    </div>
  );
}
