import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { consumerFigures } from '../shared/deliveryFigures';
import { Figures } from '../shared/Figures';
import type { FlowNode } from '../shared/flowNode';
import { GroupStatus } from '../shared/GroupStatus';
import { useNodeDetail } from '../../canvas/useDetail';
import { NodeCard } from '../shared/NodeCard';
import { useDocNode, useGroupReport } from '../shared/useDocNode';
import { MemberChips } from './MemberChips';

/** A consumer group: its state, its members and the partitions each owns, its total lag, duplicates and order. */
export const SinkNode = memo(function SinkNode({ data }: NodeProps<FlowNode>) {
  const node = useDocNode(data.nodeId, 'sink');
  const group = useGroupReport(data.nodeId);
  const detail = useNodeDetail();
  if (!node) return null;
  if (detail === 'compact') return <NodeCard kind="sink" name={node.name} input output={false} compact />;
  const { consumers, assignor } = node.config;
  return (
    <NodeCard kind="sink" name={node.name} input output={false}>
      <GroupStatus group={group} />
      {group ? (
        <>
          <MemberChips group={group} />
          <Figures figures={consumerFigures(group)} label="Delivery" compact />
        </>
      ) : (
        <div className="fnode__muted">
          {consumers} {consumers === 1 ? 'consumer' : 'consumers'} · {assignor}
        </div>
      )}
    </NodeCard>
  );
});
