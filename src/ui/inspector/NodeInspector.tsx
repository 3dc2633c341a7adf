import type { PipelineNode } from '../../engine';
import { ProcessorInspector } from '../nodes/processor/ProcessorInspector';
import { SinkInspector } from '../nodes/sink/SinkInspector';
import { SourceInspector } from '../nodes/source/SourceInspector';
import { TopicInspector } from '../nodes/topic/TopicInspector';
import { KIND_COLOURS, KIND_LABELS } from '../theme/kinds';
import { NameField } from './NameField';
import { NodeConnections } from './NodeConnections';

const ROLE: Record<PipelineNode['kind'], string> = {
  source: 'A producer application writing records to topics.',
  topic: 'A partitioned, replicated log that producers append to and consumer groups read.',
  sink: 'A consumer group: its consumers share the partitions of the topics it reads.',
  processor: 'A consumer group that transforms what it reads and produces the results to topics.',
};

/** One node: `<Kind>: <name>`, its name, its connections (and Connect to…), and its kind's form. */
export function NodeInspector({ node }: { node: PipelineNode }) {
  return (
    <div className="inspector__node">
      <header className="inspector__header" style={{ borderTopColor: KIND_COLOURS[node.kind] }}>
        <h2 className="inspector__title">
          {KIND_LABELS[node.kind]}: {node.name}
        </h2>
        <p className="inspector__role">{ROLE[node.kind]}</p>
      </header>
      <NameField nodeId={node.id} kind={node.kind} name={node.name} />
      <NodeConnections node={node} />
      <KindForm node={node} />
    </div>
  );
}

function KindForm({ node }: { node: PipelineNode }) {
  switch (node.kind) {
    case 'source':
      return <SourceInspector node={node} />;
    case 'topic':
      return <TopicInspector node={node} />;
    case 'sink':
      return <SinkInspector node={node} />;
    case 'processor':
      return <ProcessorInspector node={node} />;
  }
}
