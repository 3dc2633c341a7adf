// Where the diagrams put their rows: both columns share one height, so the shorter column spreads out
// and 5 × 4 looks as calm as 20 × 20 looks dense.

export interface ColumnLayout {
  /** Height of the drawing in viewBox units. */
  height: number;
  rowHeight: number;
  fontSize: number;
  boxHeight: number;
  /** Vertical centre of each source, then of each target. */
  sourceY: number[];
  targetY: number[];
}

const MIN_ROW = 28;
const MAX_ROW = 64;
/** The height a small design spreads over, so a 2 × 2 design is not a thin strip. */
const COMFORT_HEIGHT = 400;

export function columnLayout(sources: number, targets: number): ColumnLayout {
  const rows = Math.max(sources, targets, 1);
  const rowHeight = Math.min(MAX_ROW, Math.max(MIN_ROW, COMFORT_HEIGHT / rows));
  const height = Math.max(rows * rowHeight, 160);
  return {
    height,
    rowHeight,
    fontSize: Math.round(Math.min(20, Math.max(13, rowHeight * 0.34))),
    boxHeight: Math.min(rowHeight - 6, 44),
    sourceY: spread(sources, height),
    targetY: spread(targets, height),
  };
}

/** n centres spread evenly over `height`. */
export function spread(n: number, height: number): number[] {
  return Array.from({ length: n }, (_, i) => ((i + 0.5) * height) / n);
}

/** A label cut to `max` characters with an ellipsis, so long names do not run into the lines. */
export function clip(name: string, max: number): string {
  return name.length <= max ? name : `${name.slice(0, max - 1).trimEnd()}…`;
}
