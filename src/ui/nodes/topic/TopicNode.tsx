import { memo, useMemo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { useFranz } from '../../../store/store';
import { formatCount } from '../../format';
import { onResetText } from '../../inspector/runningValues';
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
  const refused = useFranz((s) => s.sim.refused);
  const name = node?.name ?? '';
  // The lanes are the partitions that run: after a refused shrink, more than the design says.
  const runningPartitions = refused.find(
    (r) => r.node === data.nodeId && r.setting === 'partitions',
  )?.running;
  const partitions = runningPartitions ?? node?.config.partitions ?? 0;
  const { lanes, hidden } = useMemo(() => topicLanes(name, partitions, report), [name, partitions, report]);
  const replication = useMemo(() => replicationStatus(name, report), [name, report]);
  const onReset = node ? onResetText(node.id, node.config, refused) : null;
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
      {onReset && (
        <div className="fnode__replication">
          <span
            className="fnode__badge fnode__badge--busy"
            title="Kafka does not take this change on a running topic; the design keeps it for the next Reset"
          >
            {onReset}
          </span>
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
