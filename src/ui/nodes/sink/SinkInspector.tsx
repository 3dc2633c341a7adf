import { groupIdOf, type PipelineNode } from '../../../engine';
import { ConfigForm } from '../../inspector/ConfigForm';
import { ConsumerGroupPanel } from '../../inspector/ConsumerGroupPanel';
import { sinkForm } from '../../inspector/models/sink';
import { useNodeConfigSubmit } from '../../inspector/useFormSubmit';

type SinkNode = Extract<PipelineNode, { kind: 'sink' }>;

/** A consumer group: the group live, then the KafkaConsumer settings of its members. */
export function SinkInspector({ node }: { node: SinkNode }) {
  const submit = useNodeConfigSubmit(node.id, sinkForm);
  return (
    <>
      <ConsumerGroupPanel
        nodeId={node.id}
        groupId={groupIdOf(node)}
        consumers={node.config.consumers}
        sessionTimeoutMs={node.config.sessionTimeoutMs}
      />
      <ConfigForm model={sinkForm} config={node.config} submit={submit} placeholders={{ groupId: node.id }} />
    </>
  );
}
