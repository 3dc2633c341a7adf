import type { NodeKind } from '../../../engine';
import { useFranz } from '../../../store/store';
import { nodesById } from './lookups';
import { NodeCard } from './NodeCard';

interface CompactNodeProps {
  nodeId: string;
  kind: NodeKind;
  input: boolean;
  output: boolean;
}

/**
 * A node on a zoomed-out canvas (canvas/detailLevel.ts): its name only. It reads the design and not the
 * reports, so three hundred of them do not re-render four times a second while the simulation runs.
 */
export function CompactNode({ nodeId, kind, input, output }: CompactNodeProps) {
  const name = useFranz((s) => nodesById(s.doc).get(nodeId)?.name);
  if (name === undefined) return null;
  return <NodeCard kind={kind} name={name} input={input} output={output} compact />;
}
