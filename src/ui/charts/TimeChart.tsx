import {
  memo,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type PointerEvent,
} from 'react';
import { formatAxisClock } from '../format';
import { chartGeometry, nearestRow } from './chartGeometry';
import { formatAxisCount, type ChartData, type ChartRow } from './chartRows';
import { ChartTooltip } from './ChartTooltip';

const DASHES = '7 5';
const TICK_STYLE = { fontSize: 14, fill: 'var(--muted)' };

/** The width its box is given, followed as the page resizes. */
function useWidth(): [React.RefObject<HTMLDivElement | null>, number] {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const box = ref.current;
    if (!box) return;
    setWidth(box.clientWidth);
    if (typeof ResizeObserver !== 'function') return;
    const observer = new ResizeObserver(() => setWidth(box.clientWidth));
    observer.observe(box);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}

/**
 * A line chart over simulated time, drawn as plain SVG from chartGeometry: axes with three labels each, a
 * grid, one path per line, and on hover (or with the arrow keys, once focused) a cursor, a dot on each line
 * and a tooltip with every value. It
 * redraws about once a second while the simulation plays, so it must stay cheap: no animation, nothing
 * measured in the DOM.
 */
export const TimeChart = memo(function TimeChart({ data, height }: { data: ChartData; height: number }) {
  const { rows, lines } = data;
  const [ref, width] = useWidth();
  const g = useMemo(() => chartGeometry(rows, lines, width, height), [rows, lines, width, height]);
  const [hoverX, setHoverX] = useState<number | null>(null);
  // The sample a keyboard user has stepped to, counted from the newest (0), so it stays put as samples arrive.
  const [fromNewest, setFromNewest] = useState<number | null>(null);
  const tooltipId = useId();
  // Where the chart is on the screen, taken when the pointer or a key reads it (the tooltip is placed by it).
  const [box, setBox] = useState<DOMRect | null>(null);
  const keyed = fromNewest === null ? undefined : rows[Math.max(0, rows.length - 1 - fromNewest)];
  const hovered: ChartRow | undefined = keyed ?? (hoverX === null ? undefined : nearestRow(rows, g, hoverX));
  const onMove = (e: PointerEvent<SVGSVGElement>) => {
    const rect = e.currentTarget.getBoundingClientRect();
    setBox(rect);
    setHoverX(e.clientX - rect.left);
  };
  const onKey = (e: KeyboardEvent<SVGSVGElement>) => {
    const last = rows.length - 1;
    const at = fromNewest ?? -1;
    const next: Record<string, number | null> = {
      ArrowLeft: Math.min(last, at + 1),
      ArrowRight: Math.max(0, at - 1),
      Home: last,
      End: 0,
      Escape: null,
    };
    if (!(e.key in next) || last < 0) return;
    e.preventDefault();
    setBox(e.currentTarget.getBoundingClientRect());
    setFromNewest(next[e.key]!);
  };
  const lastTick = g.timeTicks.length - 1;
  return (
    <div ref={ref} className="time-chart" style={{ height }}>
      {width > 0 && (
        <svg
          width={width}
          height={height}
          className="time-chart__svg"
          onPointerMove={onMove}
          onPointerLeave={() => setHoverX(null)}
          onKeyDown={onKey}
          onBlur={() => setFromNewest(null)}
          tabIndex={0}
          role="img"
          aria-label="The chart's samples: left and right arrow keys step through them"
          aria-describedby={hovered ? tooltipId : undefined}
        >
          <g className="time-chart__grid">
            {g.valueTicks.map((tick) => (
              <line
                key={tick.value}
                x1={g.left}
                x2={g.right}
                y1={tick.at}
                y2={tick.at}
                stroke="var(--line-soft)"
              />
            ))}
          </g>
          <line x1={g.left} x2={g.left} y1={g.top} y2={g.bottom} stroke="var(--line-strong)" />
          <line x1={g.left} x2={g.right} y1={g.bottom} y2={g.bottom} stroke="var(--line-strong)" />
          {g.valueTicks.map((tick) => (
            <text key={tick.value} x={g.left - 6} y={tick.at} dy="0.355em" textAnchor="end" {...TICK_STYLE}>
              {formatAxisCount(tick.value)}
            </text>
          ))}
          {g.timeTicks.map((tick, i) => (
            // The last of several labels ends at its tick, so it stays inside the chart.
            <text
              key={tick.value}
              x={tick.at}
              y={g.bottom + 6}
              dy="0.71em"
              textAnchor={lastTick > 0 && i === lastTick ? 'end' : 'middle'}
              {...TICK_STYLE}
            >
              {formatAxisClock(tick.value)}
            </text>
          ))}
          <g className="chart-lines">
            {lines.map((line, i) => (
              <path
                key={line.key}
                className="chart-lines__line"
                d={g.paths[i]}
                fill="none"
                stroke={line.color}
                strokeWidth={2.5}
                strokeDasharray={line.dashed ? DASHES : undefined}
              />
            ))}
          </g>
          {hovered && (
            <g className="chart-lines__active">
              <line
                x1={g.x(hovered.t)}
                x2={g.x(hovered.t)}
                y1={g.top}
                y2={g.bottom}
                stroke="var(--line-strong)"
              />
              {lines.map((line) => {
                const value = hovered[line.key];
                if (value === null || value === undefined) return null;
                return (
                  <circle
                    key={line.key}
                    cx={g.x(hovered.t)}
                    cy={g.y(value)}
                    r={4}
                    fill={line.color}
                    stroke="var(--panel)"
                    strokeWidth={2}
                  />
                );
              })}
            </g>
          )}
        </svg>
      )}
      {hovered && box && (
        <ChartTooltip id={tooltipId} row={hovered} lines={lines} x={g.x(hovered.t)} chart={box} />
      )}
    </div>
  );
});
