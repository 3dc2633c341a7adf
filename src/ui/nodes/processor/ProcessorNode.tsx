import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { FlowNode } from '../shared/flowNode';
import { GroupStatus } from '../shared/GroupStatus';
import { NodeCard } from '../shared/NodeCard';
import { useDocNode, useGroupReport } from '../shared/useDocNode';
import { processorSummary } from './processorSummary';

/** A stream processor: a consumer group that filters and fans records out to its output topics. */
export const ProcessorNode = memo(function ProcessorNode({ data }: NodeProps<FlowNode>) {
  const node = useDocNode(data.nodeId, 'processor');
  const group = useGroupReport(data.nodeId);
  if (!node) return null;
  return (
    <NodeCard kind="processor" name={node.name} input output>
      <div className="fnode__muted">{processorSummary(node.config)}</div>
      <GroupStatus group={group} />
    </NodeCard>
  );
});
