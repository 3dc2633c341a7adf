import { memo, useMemo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { ownValue } from '../../../engine';
import { useFranz } from '../../../store/store';
import { formatCount } from '../../format';
import { onResetText } from '../../inspector/runningValues';
import type { FlowNode } from '../shared/flowNode';
import { NodeCard } from '../shared/NodeCard';
import { useDocNode } from '../shared/useDocNode';
import { useNodeDetail, usePartitionDetail } from '../../canvas/useDetail';
import { indexReport } from '../shared/lookups';
import { topicLanes } from './lanes';
import { PartitionBand } from './PartitionBand';
import { partitionBand } from './partitionBand';
import { replicationStatus } from './replicationStatus';
import { TopicLane } from './TopicLane';

/**
 * A topic and its partitions as lanes: fill, log-end offset, each group's committed position. Zoomed out, or
 * with many partitions until life-size, the partitions are one heatmap band instead (canvas/detailLevel.ts).
 */
export const TopicNode = memo(function TopicNode({ data }: NodeProps<FlowNode>) {
  const node = useDocNode(data.nodeId, 'topic');
  const report = useFranz((s) => s.sim.report);
  const refused = useFranz((s) => s.sim.refused);
  const name = node?.name ?? '';
  const digest = useFranz((s) => ownValue(s.sim.digests, name));
  // The lanes are the partitions that run: after a refused shrink, more than the design says.
  const runningPartitions = refused.find(
    (r) => r.node === data.nodeId && r.setting === 'partitions',
  )?.running;
  const partitions = runningPartitions ?? node?.config.partitions ?? 0;
  const detail = useNodeDetail();
  const drawn = usePartitionDetail(partitions);
  // Until the worker hears that this topic draws lanes (canvas/LaneTopics.tsx), its report has no partitions for
  // it: the band stays for that moment rather than empty lanes.
  const detailed =
    !report ||
    !digest ||
    digest.partitions === 0 ||
    !!indexReport(report).topics.get(name)?.partitions.length;
  const lanesOrBand = useMemo(
    () =>
      drawn === 'lanes' && detailed
        ? { lanes: topicLanes(name, partitions, report), band: null }
        : { lanes: null, band: partitionBand(partitions, digest) },
    [drawn, detailed, name, partitions, report, digest],
  );
  const replication = useMemo(() => replicationStatus(digest), [digest]);
  const onReset = node ? onResetText(node.id, node.config, refused) : null;
  if (!node) return null;
  const { lanes, band } = lanesOrBand;
  if (detail === 'compact')
    return (
      <NodeCard kind="topic" name={node.name} input output compact>
        {band && <PartitionBand topic={node.name} band={band} compact />}
      </NodeCard>
    );
  return (
    <NodeCard kind="topic" name={node.name} input output>
      {band && <PartitionBand topic={node.name} band={band} compact={false} />}
      {lanes && (
        <ol className="lanes" aria-label={`Partitions of ${node.name}`}>
          {lanes.lanes.map((lane) => (
            <TopicLane key={lane.partition} topic={node.name} lane={lane} />
          ))}
        </ol>
      )}
      {lanes && lanes.hidden > 0 && (
        <div className="fnode__muted">
          +{formatCount(lanes.hidden)} more of {formatCount(partitions)} partitions
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
