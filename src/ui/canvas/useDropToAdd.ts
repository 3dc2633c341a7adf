import { useCallback, type DragEvent } from 'react';
import { useReactFlow } from '@xyflow/react';
import { useFranz } from '../../store/store';
import type { FlowNode } from '../nodes/shared/flowNode';
import { addNodeAt, addPartitionTo, isPaletteKind, PALETTE_MIME } from './addFromPalette';
import { boxAt } from './dropTarget';
import type { FlowEdge } from './flowElements';

/** The canvas as a drop target for palette items: a node where it lands, a Partition onto a topic. */
export function useDropToAdd() {
  const { screenToFlowPosition, getNodes } = useReactFlow<FlowNode, FlowEdge>();

  const onDragOver = useCallback((event: DragEvent) => {
    if (!event.dataTransfer.types.includes(PALETTE_MIME)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  }, []);

  const onDrop = useCallback(
    (event: DragEvent) => {
      const kind = event.dataTransfer.getData(PALETTE_MIME);
      if (!isPaletteKind(kind)) return;
      event.preventDefault();
      const point = screenToFlowPosition({ x: event.clientX, y: event.clientY });
      if (kind !== 'partition') {
        addNodeAt(useFranz, kind, point);
        return;
      }
      const topics = getNodes()
        .filter((n) => n.type === 'topic')
        .map((n) => ({
          id: n.id,
          x: n.position.x,
          y: n.position.y,
          width: n.measured?.width ?? 0,
          height: n.measured?.height ?? 0,
        }));
      addPartitionTo(useFranz, boxAt(point, topics));
    },
    [screenToFlowPosition, getNodes],
  );

  return { onDragOver, onDrop };
}
