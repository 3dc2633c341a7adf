// Defined once, at module scope: React Flow re-creates every node when these objects change.
import type { EdgeTypes, NodeTypes } from '@xyflow/react';
import { ProcessorNode } from '../nodes/processor/ProcessorNode';
import { SinkNode } from '../nodes/sink/SinkNode';
import { SourceNode } from '../nodes/source/SourceNode';
import { TopicNode } from '../nodes/topic/TopicNode';
import { RateEdge } from './RateEdge';

export const nodeTypes = {
  source: SourceNode,
  topic: TopicNode,
  sink: SinkNode,
  processor: ProcessorNode,
} satisfies NodeTypes;

export const edgeTypes = { rate: RateEdge } satisfies EdgeTypes;
