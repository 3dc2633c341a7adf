import { memo } from 'react';
import { seriesColor } from '../charts/palette';
import { KIND_COLOURS } from '../theme/kinds';
import { EndpointColumns } from './EndpointBox';
import type { Flows } from './integrations';
import type { ColumnLayout } from './layout';
import { HEADER } from './PointToPointDiagram';

export const MINI_WIDTH = 460;
const BOX_WIDTH = 160;
const LOG_WIDTH = 56;

/** The same endpoints through one log: each source and each target that uses a topic connects once. */
export const WithKafkaDiagram = memo(function WithKafkaDiagram({
  endpoints,
  layout,
}: {
  endpoints: Flows;
  layout: ColumnLayout;
}) {
  const { sources, targets } = endpoints;
  const { sourceY, targetY, boxHeight, height } = layout;
  const fontSize = Math.max(13, Math.round(layout.fontSize * 0.9));
  const logX = (MINI_WIDTH - LOG_WIDTH) / 2;
  const logTop = 4;
  const logHeight = height - 8;
  const x2 = MINI_WIDTH - BOX_WIDTH;
  const segments = Math.max(3, Math.min(12, Math.floor(logHeight / 40)));
  const connections = [...sources, ...targets].filter((e) => e.connected).length;
  return (
    <svg
      className="wk-diagram"
      viewBox={`0 0 ${MINI_WIDTH} ${height + HEADER}`}
      role="img"
      aria-label={`The same sources and sinks through Kafka: ${connections} connections`}
    >
      <g className="wk-heads" fontSize={15}>
        <text x={MINI_WIDTH / 2} y={18} textAnchor="middle">
          One log
        </text>
      </g>
      <g transform={`translate(0 ${HEADER})`}>
        <g className="wk-wires" strokeWidth={2.2} strokeOpacity={0.75}>
          {sources.map(
            (s, i) =>
              s.connected && (
                <line
                  key={`s${i}`}
                  x1={BOX_WIDTH}
                  y1={sourceY[i]}
                  x2={logX}
                  y2={sourceY[i]}
                  stroke={seriesColor(i)}
                  vectorEffect="non-scaling-stroke"
                />
              ),
          )}
          {targets.map(
            (t, j) =>
              t.connected && (
                <line
                  key={`t${j}`}
                  x1={logX + LOG_WIDTH}
                  y1={targetY[j]}
                  x2={x2}
                  y2={targetY[j]}
                  stroke="var(--muted)"
                  vectorEffect="non-scaling-stroke"
                />
              ),
          )}
        </g>
        <g className="wk-log">
          <rect x={logX} y={logTop} width={LOG_WIDTH} height={logHeight} rx={8} fill={KIND_COLOURS.topic} />
          {Array.from({ length: segments - 1 }, (_, k) => {
            const y = logTop + ((k + 1) * logHeight) / segments;
            return <line key={k} x1={logX + 8} y1={y} x2={logX + LOG_WIDTH - 8} y2={y} />;
          })}
          <text
            x={logX + LOG_WIDTH / 2}
            y={logTop + logHeight / 2}
            fontSize={18}
            textAnchor="middle"
            dominantBaseline="central"
            transform={`rotate(-90 ${logX + LOG_WIDTH / 2} ${logTop + logHeight / 2})`}
          >
            Kafka
          </text>
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
