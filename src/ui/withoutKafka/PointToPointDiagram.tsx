import { memo } from 'react';
import { seriesColor } from '../charts/palette';
import { EndpointColumns } from './EndpointBox';
import type { Flows } from './integrations';
import type { ColumnLayout } from './layout';

export const P2P_WIDTH = 760;
export const HEADER = 34;
const BOX_WIDTH = 220;

/** Each source wired straight to each target its records reach: the integrations a team would build and run. */
export const PointToPointDiagram = memo(function PointToPointDiagram({
  endpoints,
  layout,
}: {
  endpoints: Flows;
  layout: ColumnLayout;
}) {
  const { sources, targets, pairs } = endpoints;
  const { sourceY, targetY, boxHeight, fontSize } = layout;
  const wires = pairs.length;
  const x1 = BOX_WIDTH;
  const x2 = P2P_WIDTH - BOX_WIDTH;
  return (
    <svg
      className="wk-diagram"
      viewBox={`0 0 ${P2P_WIDTH} ${layout.height + HEADER}`}
      role="img"
      aria-label={`Each source wired to each sink and processor its records reach: ${wires} integrations`}
    >
      <ColumnHeads width={P2P_WIDTH} />
      <g transform={`translate(0 ${HEADER})`}>
        <g
          className="wk-wires"
          strokeWidth={wires <= 30 ? 2.2 : wires <= 120 ? 1.5 : 1}
          strokeOpacity={wires <= 30 ? 0.75 : wires <= 120 ? 0.5 : 0.3}
        >
          {pairs.map(([i, j]) => (
            <line
              key={`${i}-${j}`}
              x1={x1}
              y1={sourceY[i]}
              x2={x2}
              y2={targetY[j]}
              stroke={seriesColor(i)}
              vectorEffect="non-scaling-stroke"
            />
          ))}
        </g>
        <EndpointColumns
          sources={sources}
          targets={targets}
          sourceY={sourceY}
          targetY={targetY}
          targetX={x2}
          width={BOX_WIDTH}
          height={boxHeight}
          fontSize={fontSize}
        />
      </g>
    </svg>
  );
});

/** "Sources" over the left column, "Sinks and processors" over the right one. */
export function ColumnHeads({ width }: { width: number }) {
  return (
    <g className="wk-heads" fontSize={15}>
      <text x={0} y={18}>
        Sources
      </text>
      <text x={width} y={18} textAnchor="end">
        Sinks and processors
      </text>
    </g>
  );
}
