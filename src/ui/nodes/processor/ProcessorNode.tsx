import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { consumerFigures } from '../shared/deliveryFigures';
import { Figures } from '../shared/Figures';
import type { FlowNode } from '../shared/flowNode';
import { GroupStatus } from '../shared/GroupStatus';
import { useNodeDetail } from '../../canvas/useDetail';
import { CompactNode } from '../shared/CompactNode';
import { NodeCard } from '../shared/NodeCard';
import { useDocNode, useGroupReport, useProcessorReport } from '../shared/useDocNode';
import { processorSummary } from './processorSummary';

/**
 * A stream processor: a consumer group that filters and fans records out to its output topics.
 * Zoomed out, its name only (CompactNode), which does not re-render as the simulation runs.
 */
export const ProcessorNode = memo(function ProcessorNode({ data }: NodeProps<FlowNode>) {
  return useNodeDetail() === 'compact' ? (
    <CompactNode nodeId={data.nodeId} kind="processor" input output />
  ) : (
    <ProcessorCard nodeId={data.nodeId} />
  );
});

function ProcessorCard({ nodeId }: { nodeId: string }) {
  const node = useDocNode(nodeId, 'processor');
  const group = useGroupReport(nodeId);
  const live = useProcessorReport(nodeId);
  if (!node) return null;
  return (
    <NodeCard kind="processor" name={node.name} input output>
      <div className="fnode__status">
        <span className="fnode__muted">{processorSummary(node.config)}</span>
        {live?.killed && <span className="fnode__badge fnode__badge--warn">killed</span>}
      </div>
      <GroupStatus group={group} />
      {group && <Figures figures={consumerFigures(group)} label="Delivery" compact />}
    </NodeCard>
  );
}
