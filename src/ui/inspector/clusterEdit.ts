import { edits, parseDocument, type EditResult, type PipelineDocument } from '../../engine';

/** Changes cluster (broker) settings; refused, with the engine's reason, when a value is impossible. */
export function updateCluster(doc: PipelineDocument, patch: Record<string, unknown>): EditResult {
  const parsed = parseDocument({ ...doc, cluster: { ...doc.cluster, ...patch } });
  return parsed.ok ? { ok: true, doc: parsed.doc } : { ok: false, error: parsed.errors[0] ?? 'refused' };
}

// A broker's row edits the broker at its place in the list, so typing a new id keeps editing the same one.

export const brokerAt = (index: number) => (doc: PipelineDocument) => doc.cluster.brokers[index];

export const updateBrokerAt =
  (index: number) =>
  (doc: PipelineDocument, patch: Record<string, unknown>): EditResult => {
    const broker = doc.cluster.brokers[index];
    if (!broker) return { ok: false, error: 'this broker is no longer in the cluster' };
    return edits.updateBroker(doc, broker.id, patch);
  };
