import { useEffect, useRef } from 'react';
import type { PartitionBand as Band } from './partitionBand';

/** The band's width in flow pixels: a topic card's inner width (nodes.css). */
const WIDTH = 222;
/** No cell taller than this: a few partitions make one slim row, not blocks. */
const MAX_CELL_HEIGHT = 12;
/** Zoomed out the band is at least this high, so it still shows (about 8 screen pixels at zoom 0.2). */
const COMPACT_MIN_HEIGHT = 40;
/** An empty cell, and the two ends of each shade (nodes.css's lane colours). */
const EMPTY = [238, 241, 245];
const HOT = { lag: [214, 69, 65], retained: [36, 87, 197] };

/** The partitions of a topic as a heatmap on one canvas: a cell per partition, drawn again on each report. */
export function PartitionBand({ topic, band, compact }: { topic: string; band: Band; compact: boolean }) {
  const ref = useRef<HTMLCanvasElement>(null);
  const cellWidth = WIDTH / band.columns;
  const natural = band.rows * Math.min(MAX_CELL_HEIGHT, Math.max(3, cellWidth));
  const height = Math.ceil(compact ? Math.max(COMPACT_MIN_HEIGHT, natural) : natural);
  const cellHeight = height / band.rows;
  useEffect(() => {
    const context = ref.current?.getContext('2d');
    if (!context) return;
    context.clearRect(0, 0, WIDTH, height);
    const hot = HOT[band.shade];
    band.heat.forEach((h, p) => {
      const mix = (i: number) => Math.round(EMPTY[i]! + (hot[i]! - EMPTY[i]!) * h);
      context.fillStyle = `rgb(${mix(0)} ${mix(1)} ${mix(2)})`;
      const column = p % band.columns;
      const row = Math.floor(p / band.columns);
      // A hairline between cells, where they are wide enough to spare it.
      const gap = cellWidth >= 4 ? 1 : 0;
      context.fillRect(column * cellWidth, row * cellHeight, cellWidth - gap, cellHeight - gap);
    });
  }, [band, cellWidth, cellHeight, height]);
  const label = `Partitions of ${topic} as a heatmap: ${band.summary}`;
  return (
    <canvas
      ref={ref}
      className="partition-band"
      role="img"
      aria-label={label}
      title={`${band.summary}. Zoom in to see the partitions' lanes.`}
      width={WIDTH}
      height={height}
    />
  );
}
