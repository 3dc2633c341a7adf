import { groupIdOf, type PipelineNode } from '../../engine';
import { ConfigForm } from './ConfigForm';
import { ConsumerGroupPanel } from './ConsumerGroupPanel';
import type { FormModel } from './formModel';
import { useNodeConfigSubmit } from './useFormSubmit';

type GroupNode = Extract<PipelineNode, { kind: 'sink' | 'processor' }>;

/** A node that consumes as a group (a sink or a processor): the group live, then its settings. */
export function GroupNodeInspector({ node, model }: { node: GroupNode; model: FormModel }) {
  const submit = useNodeConfigSubmit(node.id, model);
  return (
    <>
      <ConsumerGroupPanel
        nodeId={node.id}
        groupId={groupIdOf(node)}
        consumers={node.config.consumers}
        sessionTimeoutMs={node.config.sessionTimeoutMs}
        processingRate={node.config.processingRate}
        commits={node.config}
      />
      <ConfigForm model={model} config={node.config} submit={submit} placeholders={{ groupId: node.id }} />
    </>
  );
}
