import type { PipelineNode } from '../../../engine';
import { GroupNodeInspector } from '../../inspector/GroupNodeInspector';
import { sinkForm } from '../../inspector/models/sink';

/** A consumer group: the group live, then the KafkaConsumer settings of its members. */
export function SinkInspector({ node }: { node: Extract<PipelineNode, { kind: 'sink' }> }) {
  return <GroupNodeInspector node={node} model={sinkForm} />;
}
