// Where each edge's rate label goes: somewhere along its own curve where it covers no node and no other label,
// or nowhere (hidden, shown on hover or focus). Pure and cheap: it runs when positions or edges change, never per
// snapshot, since it depends on where the boxes are, not on the figures in them.

export interface Point {
  x: number;
  y: number;
}

/** A box by its top-left corner. */
export interface Box extends Point {
  width: number;
  height: number;
}

/** An edge from a node's right-hand handle to another's left-hand one, as React Flow draws it (a bezier). */
export interface EdgeEnds {
  id: string;
  source: Point;
  target: Point;
}

/**
 * The box placement reserves for a label: wide enough for "12,345/s" in the label's 11 px tabular figures, its
 * padding and border; a longer figure is rare and overlaps its neighbour by a few pixels at most.
 */
export const LABEL_SIZE = { width: 64, height: 18 } as const;
/** Where along the edge a label may sit, tried in turn: the middle first, then nearer one end or the other. */
export const LABEL_STEPS: readonly number[] = [0.5, 0.35, 0.65, 0.25, 0.75];
/** Clearance around a label, so that labels never touch each other or a card, even a pixel or two off. */
const CLEARANCE = 3;

/** Where along its edge each label sits (the `t` of LABEL_STEPS), or null when it is hidden. */
export type LabelPlaces = ReadonlyMap<string, number | null>;

/** React Flow's bezier control offset (curvature 0.25) for a left-to-right edge. */
function controlOffset(distance: number): number {
  return distance >= 0 ? 0.5 * distance : 0.25 * 25 * Math.sqrt(-distance);
}

/** The point at `t` (0..1) on the bezier React Flow draws from a right-hand handle to a left-hand one. */
export function bezierPoint(source: Point, target: Point, t: number): Point {
  const offset = controlOffset(target.x - source.x);
  const c1 = { x: source.x + offset, y: source.y };
  const c2 = { x: target.x - offset, y: target.y };
  const u = 1 - t;
  const a = u * u * u;
  const b = 3 * u * u * t;
  const c = 3 * u * t * t;
  const d = t * t * t;
  return {
    x: a * source.x + b * c1.x + c * c2.x + d * target.x,
    y: a * source.y + b * c1.y + c * c2.y + d * target.y,
  };
}

const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The box a label centred on `p` takes, with its clearance. */
function labelBox(p: Point, size: { width: number; height: number }): Box {
  return {
    x: p.x - size.width / 2 - CLEARANCE,
    y: p.y - size.height / 2 - CLEARANCE,
    width: size.width + 2 * CLEARANCE,
    height: size.height + 2 * CLEARANCE,
  };
}

/** The box every label of an edge stays within: its ends' box (a left-to-right bezier stays between them), grown. */
function reachOf(edge: EdgeEnds, size: { width: number; height: number }): Box {
  const x = Math.min(edge.source.x, edge.target.x) - size.width;
  const y = Math.min(edge.source.y, edge.target.y) - size.height;
  return {
    x,
    y,
    width: Math.abs(edge.target.x - edge.source.x) + 2 * size.width,
    height: Math.abs(edge.target.y - edge.source.y) + 2 * size.height,
  };
}

/**
 * Places labels edge by edge, in order: each at the first step along its edge where its box covers no node and
 * no label placed before it; hidden when every step does.
 */
export function placeLabels(
  edges: readonly EdgeEnds[],
  nodes: readonly Box[],
  size: { width: number; height: number } = LABEL_SIZE,
): LabelPlaces {
  const placed: Box[] = [];
  const places = new Map<string, number | null>();
  for (const edge of edges) {
    // Only boxes near the edge can meet its label: one pass over all, then five tries over the few (a design of
    // 300 nodes and 200 edges places its labels in a few milliseconds).
    const reach = reachOf(edge, size);
    const nearNodes = nodes.filter((n) => overlaps(reach, n));
    const nearLabels = placed.filter((l) => overlaps(reach, l));
    let place: number | null = null;
    for (const t of LABEL_STEPS) {
      const box = labelBox(bezierPoint(edge.source, edge.target, t), size);
      if (nearNodes.some((n) => overlaps(box, n)) || nearLabels.some((l) => overlaps(box, l))) continue;
      placed.push(box);
      place = t;
      break;
    }
    places.set(edge.id, place);
  }
  return places;
}
