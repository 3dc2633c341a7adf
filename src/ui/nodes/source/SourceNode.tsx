import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { FlowNode } from '../shared/flowNode';
import { NodeCard } from '../shared/NodeCard';
import { useDocNode } from '../shared/useDocNode';
import { keyMode, partitionerLabel, partitionerTitle, rateLabel } from './sourceSummary';

/** A producer application: its configured rate, how it picks keys, and its partitioner. */
export const SourceNode = memo(function SourceNode({ data }: NodeProps<FlowNode>) {
  const node = useDocNode(data.nodeId, 'source');
  if (!node) return null;
  const { config } = node;
  return (
    <NodeCard kind="source" name={node.name} input={false} output>
      <div className="fnode__figure">{rateLabel(config)}</div>
      <div className="fnode__muted" title={partitionerTitle(config)}>
        {keyMode(config.keys)} → {partitionerLabel(config)}
      </div>
    </NodeCard>
  );
});
