import { memo, useMemo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { useFranz } from '../../../store/store';
import { formatCount } from '../../format';
import type { FlowNode } from '../shared/flowNode';
import { NodeCard } from '../shared/NodeCard';
import { useDocNode } from '../shared/useDocNode';
import { topicLanes } from './lanes';
import { replicationStatus } from './replicationStatus';
import { TopicLane } from './TopicLane';

/** A topic and its partitions as lanes: fill, log-end offset, each group's committed position. */
export const TopicNode = memo(function TopicNode({ data }: NodeProps<FlowNode>) {
  const node = useDocNode(data.nodeId, 'topic');
  const report = useFranz((s) => s.sim.report);
  const name = node?.name ?? '';
  const partitions = node?.config.partitions ?? 0;
  const { lanes, hidden } = useMemo(() => topicLanes(name, partitions, report), [name, partitions, report]);
  const replication = useMemo(() => replicationStatus(name, report), [name, report]);
  if (!node) return null;
  return (
    <NodeCard kind="topic" name={node.name} input output>
      <ol className="lanes" aria-label={`Partitions of ${node.name}`}>
        {lanes.map((lane) => (
          <TopicLane key={lane.partition} topic={node.name} lane={lane} />
        ))}
      </ol>
      {hidden > 0 && (
        <div className="fnode__muted">
          +{formatCount(hidden)} more of {formatCount(partitions)} partitions
        </div>
      )}
      {replication && (
        <div className="fnode__replication">
          <span className={`fnode__badge fnode__badge--${replication.tone}`} title={replication.title}>
            {replication.text}
          </span>
        </div>
      )}
    </NodeCard>
  );
});
