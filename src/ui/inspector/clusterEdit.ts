import { parseDocument, type EditResult, type PipelineDocument } from '../../engine';

/** Changes cluster (broker) settings; refused, with the engine's reason, when a value is impossible. */
export function updateCluster(doc: PipelineDocument, patch: Record<string, unknown>): EditResult {
  const parsed = parseDocument({ ...doc, cluster: { ...doc.cluster, ...patch } });
  return parsed.ok ? { ok: true, doc: parsed.doc } : { ok: false, error: parsed.errors[0] ?? 'refused' };
}
