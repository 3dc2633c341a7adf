// The records/s an edge carries, from the last report: what the source produces, what the group reads.
import type { PipelineDocument, SimulationReport } from '../../engine';
import { indexReport, nodesById } from '../nodes/shared/lookups';

/**
 * source -> topic: the source's rate. topic -> sink/processor: the group's consumption when that topic
 * is all the group reads (the report has no per-topic split), else the topic's inbound rate.
 * processor -> topic: the topic's inbound rate when the processor is its only writer. null: unknown.
 */
export function edgeRate(
  doc: PipelineDocument,
  report: SimulationReport | null,
  from: string,
  to: string,
): number | null {
  if (!report) return null;
  const nodes = nodesById(doc);
  const a = nodes.get(from);
  const b = nodes.get(to);
  if (!a || !b) return null;
  const index = indexReport(report);
  if (a.kind === 'source') return index.sources.get(from)?.recordsPerSec ?? null;
  if (a.kind === 'topic') {
    const group = index.groups.get(to);
    const subscribed = group ? Object.keys(group.committed) : [];
    if (group && subscribed.length === 1 && subscribed[0] === a.name) return group.recordsPerSec;
    return index.topics.get(a.name)?.recordsPerSec ?? null;
  }
  if (a.kind === 'processor' && b.kind === 'topic') {
    const writers = doc.edges.filter((e) => e.to === to);
    return writers.length === 1 ? (index.topics.get(b.name)?.recordsPerSec ?? null) : null;
  }
  return null;
}
