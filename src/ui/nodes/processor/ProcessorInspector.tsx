import { groupIdOf, type PipelineNode } from '../../../engine';
import { ConfigForm } from '../../inspector/ConfigForm';
import { ConsumerGroupPanel } from '../../inspector/ConsumerGroupPanel';
import { processorForm } from '../../inspector/models/processor';
import { useNodeConfigSubmit } from '../../inspector/useFormSubmit';

type ProcessorNode = Extract<PipelineNode, { kind: 'processor' }>;

/** A stream processor: a consumer group that filters and fans out, and a producer writing the results. */
export function ProcessorInspector({ node }: { node: ProcessorNode }) {
  const submit = useNodeConfigSubmit(node.id, processorForm);
  return (
    <>
      <ConsumerGroupPanel
        nodeId={node.id}
        groupId={groupIdOf(node)}
        consumers={node.config.consumers}
        sessionTimeoutMs={node.config.sessionTimeoutMs}
      />
      <ConfigForm
        model={processorForm}
        config={node.config}
        submit={submit}
        placeholders={{ groupId: node.id }}
      />
    </>
  );
}
