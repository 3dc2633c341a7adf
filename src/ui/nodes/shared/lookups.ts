// Lookups by id and by name, built once per document and once per report (both are immutable), so every
// node's selector is a map read rather than a scan of the whole design.
import type { GroupReport, PipelineDocument, PipelineNode, SimulationReport } from '../../../engine';

export type TopicReport = SimulationReport['topics'][number];
export type SourceReport = SimulationReport['sources'][number];
export type ProcessorReport = SimulationReport['processors'][number];

export interface ReportIndex {
  sources: ReadonlyMap<string, SourceReport>;
  /** By topic name (the report names topics as Kafka does). */
  topics: ReadonlyMap<string, TopicReport>;
  /** By the sink's or processor's node id. */
  groups: ReadonlyMap<string, GroupReport>;
  processors: ReadonlyMap<string, ProcessorReport>;
}

const reportIndexes = new WeakMap<SimulationReport, ReportIndex>();
const docIndexes = new WeakMap<PipelineDocument, ReadonlyMap<string, PipelineNode>>();

export function indexReport(report: SimulationReport): ReportIndex {
  let index = reportIndexes.get(report);
  if (!index) {
    index = {
      sources: new Map(report.sources.map((s) => [s.node, s])),
      topics: new Map(report.topics.map((t) => [t.name, t])),
      groups: new Map(report.groups.map((g) => [g.node, g])),
      processors: new Map(report.processors.map((p) => [p.node, p])),
    };
    reportIndexes.set(report, index);
  }
  return index;
}

export function nodesById(doc: PipelineDocument): ReadonlyMap<string, PipelineNode> {
  let index = docIndexes.get(doc);
  if (!index) {
    index = new Map(doc.nodes.map((n) => [n.id, n]));
    docIndexes.set(doc, index);
  }
  return index;
}
