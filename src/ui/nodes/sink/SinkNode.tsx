import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { consumerFigures } from '../shared/deliveryFigures';
import { Figures } from '../shared/Figures';
import type { FlowNode } from '../shared/flowNode';
import { GroupStatus } from '../shared/GroupStatus';
import { useNodeDetail } from '../../canvas/useDetail';
import { CompactNode } from '../shared/CompactNode';
import { NodeCard } from '../shared/NodeCard';
import { useDocNode, useGroupReport } from '../shared/useDocNode';
import { MemberChips } from './MemberChips';
import { idleWhy } from '../../why/whyNotes';
import { WhyNote } from '../../why/WhyNote';

/**
 * A consumer group: its state, its members and the partitions each owns, its total lag, duplicates and order.
 * Zoomed out, its name only (CompactNode), which does not re-render as the simulation runs.
 */
export const SinkNode = memo(function SinkNode({ data }: NodeProps<FlowNode>) {
  return useNodeDetail() === 'compact' ? (
    <CompactNode nodeId={data.nodeId} kind="sink" input output={false} />
  ) : (
    <SinkCard nodeId={data.nodeId} />
  );
});

function SinkCard({ nodeId }: { nodeId: string }) {
  const node = useDocNode(nodeId, 'sink');
  const group = useGroupReport(nodeId);
  if (!node) return null;
  const { consumers, assignor } = node.config;
  return (
    <NodeCard kind="sink" name={node.name} input output={false}>
      <GroupStatus group={group} />
      {group ? (
        <>
          <MemberChips group={group} />
          <WhyNote text={idleWhy(group)} />
          <Figures figures={consumerFigures(group)} label="Delivery" compact />
        </>
      ) : (
        <div className="fnode__muted">
          {consumers} {consumers === 1 ? 'consumer' : 'consumers'} · {assignor}
        </div>
      )}
    </NodeCard>
  );
}
