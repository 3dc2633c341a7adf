import { memo } from 'react';
import { BaseEdge, EdgeLabelRenderer, getBezierPath, type EdgeProps } from '@xyflow/react';
import { useFranz } from '../../store/store';
import { formatRate } from '../nodes/shared/formatRate';
import { edgeRate } from './edgeRate';
import { bezierPoint } from './labelPlacement';
import { useNodeDetail } from './useDetail';
import type { FlowEdge } from './flowElements';

/**
 * A connection with the records/s it carries on a label (none until the simulation reports, nor zoomed out,
 * where the labels would be unreadable specks over the lines). The label sits where placement put it along the
 * edge; one that would cover a node or another label is hidden, its rate in the edge's tooltip, and shows
 * (above everything, at the middle) while the edge is hovered, focused or selected.
 */
export const RateEdge = memo(function RateEdge(props: EdgeProps<FlowEdge>) {
  const { id, source, target, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition } = props;
  const compact = useNodeDetail() === 'compact';
  const rate = useFranz((s) => (compact ? null : edgeRate(s.doc, s.sim.report, source, target)));
  const [path] = getBezierPath({ sourceX, sourceY, sourcePosition, targetX, targetY, targetPosition });
  const labelAt = props.data ? props.data.labelAt : 0.5;
  const revealed = props.data?.revealed ?? false;
  const hidden = labelAt === null;
  const at = bezierPoint({ x: sourceX, y: sourceY }, { x: targetX, y: targetY }, labelAt ?? 0.5);
  const text = rate === null ? null : formatRate(rate);
  return (
    <>
      {hidden && text !== null && <title>{text}</title>}
      <BaseEdge
        id={id}
        path={path}
        className={props.selected ? 'rate-edge rate-edge--selected' : 'rate-edge'}
      />
      {text !== null && (!hidden || revealed) && (
        <EdgeLabelRenderer>
          <div
            className={hidden ? 'rate-edge__label rate-edge__label--revealed' : 'rate-edge__label'}
            style={{ transform: `translate(-50%, -50%) translate(${at.x}px, ${at.y}px)` }}
          >
            {text}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
});
