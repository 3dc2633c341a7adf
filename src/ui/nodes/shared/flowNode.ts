import type { Node } from '@xyflow/react';
import type { NodeKind } from '../../../engine';

/** What React Flow carries for a node: only its id; components read the rest from the store. */
export type FlowNodeData = { nodeId: string };
export type FlowNode = Node<FlowNodeData, NodeKind>;
