import { memo, useMemo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { ownValue } from '../../../engine';
import { useFranz } from '../../../store/store';
import { onResetText, runningPartitions } from '../../inspector/runningValues';
import type { FlowNode } from '../shared/flowNode';
import { NodeCard } from '../shared/NodeCard';
import { useDocNode } from '../shared/useDocNode';
import { useNodeDetail, usePartitionDetail } from '../../canvas/useDetail';
import { indexReport } from '../shared/lookups';
import { LaneList } from './LaneList';
import { PartitionBand } from './PartitionBand';
import { partitionBand } from './partitionBand';
import { replicationStatus } from './replicationStatus';
import { unfencedWhy } from '../../why/whyNotes';
import { WhyNote } from '../../why/WhyNote';

/**
 * A topic and its partitions as lanes: fill, log-end offset, each group's committed position; past twelve
 * they scroll (LaneList). Zoomed out, or with many partitions until life-size, the partitions are one heatmap
 * band instead (canvas/detailLevel.ts).
 */
export const TopicNode = memo(function TopicNode({ data }: NodeProps<FlowNode>) {
  const node = useDocNode(data.nodeId, 'topic');
  const report = useFranz((s) => s.sim.report);
  const refused = useFranz((s) => s.sim.refused);
  const name = node?.name ?? '';
  const digest = useFranz((s) => ownValue(s.sim.digests, name));
  const fenceAfterMs = useFranz((s) => s.doc.cluster.brokerSessionTimeoutMs);
  const partitions = runningPartitions(data.nodeId, node?.config.partitions ?? 0, refused);
  const detail = useNodeDetail();
  const drawn = usePartitionDetail(partitions);
  // Until the worker hears that this topic draws lanes (canvas/LaneTopics.tsx), its report has no partitions for
  // it: the band stays for that moment rather than empty lanes.
  const detailed =
    !report ||
    !digest ||
    digest.partitions === 0 ||
    !!indexReport(report).topics.get(name)?.partitions.length;
  const lanes = drawn === 'lanes' && detailed;
  const band = useMemo(() => (lanes ? null : partitionBand(partitions, digest)), [lanes, partitions, digest]);
  const replication = useMemo(() => replicationStatus(digest), [digest]);
  const onReset = node ? onResetText(node.id, node.config, refused) : null;
  if (!node) return null;
  if (detail === 'compact')
    return (
      <NodeCard kind="topic" name={node.name} input output compact>
        {band && <PartitionBand topic={node.name} band={band} compact />}
      </NodeCard>
    );
  return (
    <NodeCard kind="topic" name={node.name} input output>
      {band && <PartitionBand topic={node.name} band={band} compact={false} />}
      {lanes && <LaneList topic={node.name} partitions={partitions} report={report} />}
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
      <WhyNote text={unfencedWhy(digest, fenceAfterMs)} />
    </NodeCard>
  );
});
