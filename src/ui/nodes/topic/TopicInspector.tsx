import { useMemo } from 'react';
import type { PipelineNode } from '../../../engine';
import { useFranz } from '../../../store/store';
import { ConfigForm } from '../../inspector/ConfigForm';
import { KeyTracer } from '../../inspector/KeyTracer';
import { topicForm } from '../../inspector/models/topic';
import { PartitionWarning } from '../../inspector/PartitionWarning';
import { runningPartitions, runningValues } from '../../inspector/runningValues';
import { useNodeConfigSubmit } from '../../inspector/useFormSubmit';

type TopicNode = Extract<PipelineNode, { kind: 'topic' }>;

/**
 * A topic's partitions, retention and segments (kafka-topics.sh and the topic-level configs). A change
 * the running cluster refused (fewer partitions, another replication factor) shows the value that runs,
 * what Reset starts with, and why. Below, where a typed key goes.
 */
export function TopicInspector({ node }: { node: TopicNode }) {
  const submit = useNodeConfigSubmit(node.id, topicForm);
  const refused = useFranz((s) => s.sim.refused);
  const running = useMemo(() => runningValues(node.id, node.config, refused), [node, refused]);
  return (
    <>
      <ConfigForm
        model={topicForm}
        config={node.config}
        submit={submit}
        running={running}
        extras={{ Partitions: <PartitionWarning topicId={node.id} partitions={node.config.partitions} /> }}
      />
      <KeyTracer topic={node.name} partitions={runningPartitions(node.id, node.config.partitions, refused)} />
    </>
  );
}
