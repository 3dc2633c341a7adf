import type { PipelineNode } from '../../../engine';
import { ConfigForm } from '../../inspector/ConfigForm';
import { sourceForm } from '../../inspector/models/source';
import { useNodeConfigSubmit } from '../../inspector/useFormSubmit';
import { ProfilePreview } from './ProfilePreview';
import { SourceLive } from './SourceLive';
import { TraceImport } from './TraceImport';

type SourceNode = Extract<PipelineNode, { kind: 'source' }>;

/** A producer application: what became of its records, then its load, records and keys, and KafkaProducer settings. */
export function SourceInspector({ node }: { node: SourceNode }) {
  const submit = useNodeConfigSubmit(node.id, sourceForm);
  const { profile } = node.config;
  return (
    <>
      <SourceLive nodeId={node.id} />
      <ConfigForm
        model={sourceForm}
        config={node.config}
        submit={submit}
        lists={
          profile.type === 'trace'
            ? { 'profile.points': <TraceImport nodeId={node.id} trace={profile} /> }
            : {}
        }
        extras={{ Load: <ProfilePreview config={node.config} /> }}
      />
    </>
  );
}
