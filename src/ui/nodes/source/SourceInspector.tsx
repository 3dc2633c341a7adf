import type { PipelineNode } from '../../../engine';
import { ConfigForm } from '../../inspector/ConfigForm';
import { sourceForm } from '../../inspector/models/source';
import { useNodeConfigSubmit } from '../../inspector/useFormSubmit';

type SourceNode = Extract<PipelineNode, { kind: 'source' }>;

/** A producer application: its load, its records and keys, and the KafkaProducer settings. */
export function SourceInspector({ node }: { node: SourceNode }) {
  const submit = useNodeConfigSubmit(node.id, sourceForm);
  return <ConfigForm model={sourceForm} config={node.config} submit={submit} />;
}
