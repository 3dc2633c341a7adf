import { KIND_COLOURS, KIND_LABELS } from '../theme/kinds';
import type { Endpoint } from './integrations';
import { clip } from './layout';

interface EndpointBoxProps {
  endpoint: Endpoint;
  x: number;
  y: number;
  width: number;
  height: number;
  fontSize: number;
}

/**
 * A source, sink or processor drawn as a labelled box centred on `y`; its full name is its tooltip.
 * One not connected to any topic is drawn dashed and faint.
 */
export function EndpointBox({ endpoint, x, y, width, height, fontSize }: EndpointBoxProps) {
  // Bold sans-serif averages under 0.66 em per character; the full name is in the tooltip.
  const maxChars = Math.floor((width - 20) / (fontSize * 0.66));
  const box = { x, y: y - height / 2, width, height, rx: Math.min(8, height / 4) };
  return (
    <g className={endpoint.connected ? 'wk-box' : 'wk-box wk-box--idle'}>
      <title>{`${KIND_LABELS[endpoint.kind]}: ${endpoint.name}${endpoint.connected ? '' : ' (not connected to a topic)'}`}</title>
      {/* The panel's colour under a faint tint of the kind's, so the tint reads the same on either theme. */}
      <rect {...box} fill="var(--panel)" />
      <rect
        {...box}
        fill={KIND_COLOURS[endpoint.kind]}
        fillOpacity={0.1}
        stroke={KIND_COLOURS[endpoint.kind]}
        strokeDasharray={endpoint.connected ? undefined : '5 4'}
      />
      <text x={x + 10} y={y} dominantBaseline="central" fontSize={fontSize}>
        {clip(endpoint.name, maxChars)}
      </text>
    </g>
  );
}

interface EndpointColumnsProps {
  sources: readonly Endpoint[];
  targets: readonly Endpoint[];
  sourceY: readonly number[];
  targetY: readonly number[];
  /** Where the right-hand column starts. */
  targetX: number;
  width: number;
  height: number;
  fontSize: number;
}

/** Sources down the left edge and sinks/processors down the right, as both diagrams draw them. */
export function EndpointColumns({
  sources,
  targets,
  sourceY,
  targetY,
  targetX,
  ...box
}: EndpointColumnsProps) {
  return (
    <>
      {sources.map((s, i) => (
        <EndpointBox key={`s${i}`} endpoint={s} x={0} y={sourceY[i]!} {...box} />
      ))}
      {targets.map((t, j) => (
        <EndpointBox key={`t${j}`} endpoint={t} x={targetX} y={targetY[j]!} {...box} />
      ))}
    </>
  );
}
