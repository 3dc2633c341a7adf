import { edgeRefusal, type PipelineDocument } from '../../engine';
import { nodesById } from '../nodes/shared/lookups';

/**
 * Why a connection from -> to cannot be made, as the short hint the page shows, or null when it can.
 * Cheap (no copy of the document), so React Flow can ask on every pointer move while connecting.
 */
export function connectionRefusal(doc: PipelineDocument, from: string, to: string): string | null {
  const nodes = nodesById(doc);
  const a = nodes.get(from);
  const b = nodes.get(to);
  if (!a || !b) return 'Both ends must be nodes of the design';
  if (from === to) return 'A node cannot feed itself';
  const refusal = edgeRefusal(a.kind, b.kind);
  if (refusal) return refusal.charAt(0).toUpperCase() + refusal.slice(1);
  if (doc.edges.some((e) => e.from === from && e.to === to))
    return `${a.name} is already connected to ${b.name}`;
  return null;
}
