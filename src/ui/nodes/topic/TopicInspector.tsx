import type { PipelineNode } from '../../../engine';
import { ConfigForm } from '../../inspector/ConfigForm';
import { topicForm } from '../../inspector/models/topic';
import { PartitionWarning } from '../../inspector/PartitionWarning';
import { useNodeConfigSubmit } from '../../inspector/useFormSubmit';

type TopicNode = Extract<PipelineNode, { kind: 'topic' }>;

/** A topic's partitions, retention and segments (kafka-topics.sh and the topic-level configs). */
export function TopicInspector({ node }: { node: TopicNode }) {
  const submit = useNodeConfigSubmit(node.id, topicForm);
  return (
    <ConfigForm
      model={topicForm}
      config={node.config}
      submit={submit}
      extras={{ Partitions: <PartitionWarning topicId={node.id} partitions={node.config.partitions} /> }}
    />
  );
}
