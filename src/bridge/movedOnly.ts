import type { PipelineDocument } from '../engine';

/**
 * Whether `next` differs from `prev` only in node positions, as moveNodes leaves it (the same config
 * objects): a drag the simulation need not hear about. Conservative: anything else counts as a change.
 */
export function movedOnly(prev: PipelineDocument, next: PipelineDocument): boolean {
  if (prev.edges !== next.edges || prev.cluster !== next.cluster || prev.name !== next.name) return false;
  if (prev.nodes.length !== next.nodes.length) return false;
  return prev.nodes.every((a, i) => {
    const b = next.nodes[i]!;
    return a.id === b.id && a.kind === b.kind && a.name === b.name && a.config === b.config;
  });
}
