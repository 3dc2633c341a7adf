import type { GroupReport, NodeKind, PipelineNode } from '../../../engine';
import { useFranz } from '../../../store/store';
import { indexReport, nodesById, type ProcessorReport, type SourceReport } from './lookups';

/**
 * One node of the design, of the expected kind. The selector returns the node object itself, which
 * stays the same object while nothing about the node changes, so the component re-renders only then.
 */
export function useDocNode<K extends NodeKind>(
  nodeId: string,
  kind: K,
): Extract<PipelineNode, { kind: K }> | undefined {
  const node = useFranz((s) => nodesById(s.doc).get(nodeId));
  return node?.kind === kind ? (node as Extract<PipelineNode, { kind: K }>) : undefined;
}

/** The consumer group of a sink or processor as last reported, or undefined before the first report. */
export function useGroupReport(nodeId: string): GroupReport | undefined {
  return useFranz((s) => (s.sim.report ? indexReport(s.sim.report).groups.get(nodeId) : undefined));
}

/** A source's producer as last reported. */
export function useSourceReport(nodeId: string): SourceReport | undefined {
  return useFranz((s) => (s.sim.report ? indexReport(s.sim.report).sources.get(nodeId) : undefined));
}

/** A processor's producer side as last reported. */
export function useProcessorReport(nodeId: string): ProcessorReport | undefined {
  return useFranz((s) => (s.sim.report ? indexReport(s.sim.report).processors.get(nodeId) : undefined));
}
