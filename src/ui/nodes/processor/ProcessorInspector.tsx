import type { PipelineNode } from '../../../engine';
import { GroupNodeInspector } from '../../inspector/GroupNodeInspector';
import { processorForm } from '../../inspector/models/processor';
import { ProcessorLive } from './ProcessorLive';

/** A stream processor: a consumer group that filters and fans out, and a producer writing the results. */
export function ProcessorInspector({ node }: { node: Extract<PipelineNode, { kind: 'processor' }> }) {
  return (
    <>
      <ProcessorLive nodeId={node.id} />
      <GroupNodeInspector node={node} model={processorForm} />
    </>
  );
}
