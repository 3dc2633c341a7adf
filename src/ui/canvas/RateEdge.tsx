import { memo } from 'react';
import { BaseEdge, EdgeLabelRenderer, getBezierPath, type EdgeProps } from '@xyflow/react';
import { useFranz } from '../../store/store';
import { formatRate } from '../nodes/shared/formatRate';
import { edgeRate } from './edgeRate';
import { useNodeDetail } from './useDetail';
import type { FlowEdge } from './flowElements';

/**
 * A connection with the records/s it carries on a label (none until the simulation reports, nor zoomed out,
 * where the labels would be unreadable specks over the lines).
 */
export const RateEdge = memo(function RateEdge(props: EdgeProps<FlowEdge>) {
  const { id, source, target, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition } = props;
  const compact = useNodeDetail() === 'compact';
  const rate = useFranz((s) => (compact ? null : edgeRate(s.doc, s.sim.report, source, target)));
  const [path, labelX, labelY] = getBezierPath({
    sourceX,
    sourceY,
    sourcePosition,
    targetX,
    targetY,
    targetPosition,
  });
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        className={props.selected ? 'rate-edge rate-edge--selected' : 'rate-edge'}
      />
      {rate !== null && (
        <EdgeLabelRenderer>
          <div
            className="rate-edge__label"
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
          >
            {formatRate(rate)}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
});
