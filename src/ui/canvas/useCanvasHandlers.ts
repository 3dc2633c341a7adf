// React Flow's events as store calls: the design changes only through `apply` (one undo step each) or,
// during a drag, `applyQuietly` between `beginGesture` and `endGesture` (one undo step per drag).
import { useCallback, useRef, type Dispatch, type SetStateAction } from 'react';
import type { Connection, EdgeChange, IsValidConnection, NodeChange, OnConnectEnd } from '@xyflow/react';
import { edits } from '../../engine';
import { useFranz } from '../../store/store';
import type { FlowNode } from '../nodes/shared/flowNode';
import { nextSelection, nextSizes, planNodeChanges, removedEdges } from './changes';
import { connectionRefusal } from './connections';
import { connectNodes } from './connectTargets';
import type { FlowEdge, Size } from './flowElements';

export function useCanvasHandlers(setSizes: Dispatch<SetStateAction<ReadonlyMap<string, Size>>>) {
  const gesture = useRef(false);

  const onNodesChange = useCallback(
    (changes: NodeChange<FlowNode>[]) => {
      if (changes.some((c) => c.type === 'dimensions')) setSizes((sizes) => nextSizes(sizes, changes));
      const s = useFranz.getState();
      const selection = nextSelection(s.selection, changes);
      if (selection) s.select(selection);
      const plan = planNodeChanges(changes);
      if (plan.removed.length > 0) {
        s.apply(edits.removeNodes(s.doc, plan.removed));
        s.select(useFranz.getState().selection.filter((id) => !plan.removed.includes(id)));
      }
      if (Object.keys(plan.positions).length === 0) return;
      const moved = edits.moveNodes(useFranz.getState().doc, plan.positions);
      if (plan.dragging || gesture.current) {
        if (!gesture.current) s.beginGesture();
        gesture.current = true;
        s.applyQuietly(moved);
      } else s.apply(moved); // a keyboard move: its own undo step
    },
    [setSizes],
  );

  const onDragStop = useCallback(() => {
    if (!gesture.current) return;
    gesture.current = false;
    useFranz.getState().endGesture();
  }, []);

  const onEdgesChange = useCallback((changes: EdgeChange<FlowEdge>[]) => {
    const s = useFranz.getState();
    const selection = nextSelection(s.selection, changes);
    if (selection) s.select(selection);
    const removed = removedEdges(s.doc, changes);
    if (removed.length > 0) s.apply(edits.removeEdges(s.doc, removed));
  }, []);

  const onConnect = useCallback((c: Connection) => {
    const refusal = connectNodes(useFranz, c.source, c.target);
    if (refusal) useFranz.getState().notify('warning', refusal);
  }, []);

  const isValidConnection = useCallback<IsValidConnection<FlowEdge>>(
    (c) => connectionRefusal(useFranz.getState().doc, c.source, c.target) === null,
    [],
  );

  /** A connection dropped on a node that refuses it says why (isValidConnection only greys it out). */
  const onConnectEnd = useCallback<OnConnectEnd>((_event, state) => {
    if (state.isValid !== false || !state.fromNode || !state.toNode) return;
    const backwards = state.fromHandle?.type === 'target';
    const [from, to] = backwards
      ? [state.toNode.id, state.fromNode.id]
      : [state.fromNode.id, state.toNode.id];
    const s = useFranz.getState();
    const refusal = connectionRefusal(s.doc, from, to);
    if (refusal) s.notify('warning', refusal);
  }, []);

  return {
    onNodesChange,
    onEdgesChange,
    onNodeDragStop: onDragStop,
    onSelectionDragStop: onDragStop,
    onConnect,
    onConnectEnd,
    isValidConnection,
  };
}
