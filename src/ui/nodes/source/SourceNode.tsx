import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { producerFigures } from '../shared/deliveryFigures';
import { Figures } from '../shared/Figures';
import type { FlowNode } from '../shared/flowNode';
import { useNodeDetail } from '../../canvas/useDetail';
import { CompactNode } from '../shared/CompactNode';
import { NodeCard } from '../shared/NodeCard';
import { useDocNode, useSourceReport } from '../shared/useDocNode';
import { keyMode, partitionerLabel, partitionerTitle, rateLabel } from './sourceSummary';

/**
 * A producer application: its configured rate, how it picks keys, its partitioner, and what became of its records.
 * Zoomed out, its name only (CompactNode), which does not re-render as the simulation runs.
 */
export const SourceNode = memo(function SourceNode({ data }: NodeProps<FlowNode>) {
  return useNodeDetail() === 'compact' ? (
    <CompactNode nodeId={data.nodeId} kind="source" input={false} output />
  ) : (
    <SourceCard nodeId={data.nodeId} />
  );
});

function SourceCard({ nodeId }: { nodeId: string }) {
  const node = useDocNode(nodeId, 'source');
  const live = useSourceReport(nodeId);
  if (!node) return null;
  const { config } = node;
  return (
    <NodeCard kind="source" name={node.name} input={false} output>
      <div className="fnode__status">
        <span className="fnode__figure">{rateLabel(config, live?.targetRate)}</span>
        {live?.paused && <span className="fnode__badge fnode__badge--busy">paused</span>}
        {live?.blocked && !live.paused && (
          <span
            className="fnode__badge fnode__badge--warn"
            title="send() waits for buffer.memory (up to max.block.ms): the application produces nothing meanwhile"
          >
            blocked: buffer.memory full
          </span>
        )}
      </div>
      <div className="fnode__muted" title={partitionerTitle(config)}>
        {keyMode(config.keys)} → {partitionerLabel(config)}
      </div>
      {live && <Figures figures={producerFigures(live)} label="Delivery" compact />}
    </NodeCard>
  );
}
