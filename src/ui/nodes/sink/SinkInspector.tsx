import type { PipelineNode } from '../../../engine';
import { GroupNodeInspector } from '../../inspector/GroupNodeInspector';
import { sinkForm } from '../../inspector/models/sink';
import { SinkLive } from './SinkLive';

/** A consumer group: its delivery, the group live, then the KafkaConsumer settings of its members. */
export function SinkInspector({ node }: { node: Extract<PipelineNode, { kind: 'sink' }> }) {
  return (
    <>
      <SinkLive nodeId={node.id} />
      <GroupNodeInspector node={node} model={sinkForm} />
    </>
  );
}
