// The curve of React Flow's default (bezier) edge, evaluated without allocating: geometry lives in a
// Float64Array, 8 numbers per edge [sx, sy, c1x, c1y, c2x, c2y, tx, ty].

export type Side = 'left' | 'right' | 'top' | 'bottom';

/** React Flow's default edge curvature (getBezierPath). */
export const CURVATURE = 0.25;
export const GEOMETRY_STRIDE = 8;

/** How far a control point sits from its handle; as @xyflow/system's calculateControlOffset. */
export function controlOffset(distance: number, curvature: number): number {
  return distance >= 0 ? 0.5 * distance : curvature * 25 * Math.sqrt(-distance);
}

/**
 * Writes the cubic from a handle at (sx, sy) facing `sourceSide` to one at (tx, ty) facing `targetSide`,
 * with the control points @xyflow/system's getBezierPath puts there.
 */
export function writeBezier(
  out: Float64Array,
  o: number,
  sx: number,
  sy: number,
  sourceSide: Side,
  tx: number,
  ty: number,
  targetSide: Side,
  curvature = CURVATURE,
): void {
  out[o] = sx;
  out[o + 1] = sy;
  writeControl(out, o + 2, sourceSide, sx, sy, tx, ty, curvature);
  writeControl(out, o + 4, targetSide, tx, ty, sx, sy, curvature);
  out[o + 6] = tx;
  out[o + 7] = ty;
}

function writeControl(
  out: Float64Array,
  o: number,
  side: Side,
  x1: number,
  y1: number,
  x2: number,
  y2: number,
  c: number,
): void {
  let x = x1;
  let y = y1;
  if (side === 'left') x = x1 - controlOffset(x1 - x2, c);
  else if (side === 'right') x = x1 + controlOffset(x2 - x1, c);
  else if (side === 'top') y = y1 - controlOffset(y1 - y2, c);
  else y = y1 + controlOffset(y2 - y1, c);
  out[o] = x;
  out[o + 1] = y;
}

/** The curve's x (axis 0) or y (axis 1) at parameter t. */
export function bezierAt(g: Float64Array, o: number, axis: 0 | 1, t: number): number {
  const s = 1 - t;
  return (
    s * s * s * g[o + axis]! +
    3 * s * s * t * g[o + 2 + axis]! +
    3 * s * t * t * g[o + 4 + axis]! +
    t * t * t * g[o + 6 + axis]!
  );
}

/** The derivative of the curve's x (axis 0) or y (axis 1) at t. */
export function bezierSlope(g: Float64Array, o: number, axis: 0 | 1, t: number): number {
  const s = 1 - t;
  return (
    3 * s * s * (g[o + 2 + axis]! - g[o + axis]!) +
    6 * s * t * (g[o + 4 + axis]! - g[o + 2 + axis]!) +
    3 * t * t * (g[o + 6 + axis]! - g[o + 4 + axis]!)
  );
}

/**
 * Fills table[to .. to + samples] with the curve's cumulative length at t = k / samples, as a share
 * of the whole, and returns the whole length. Particles move by length, so they keep one speed
 * along the bend instead of racing through the middle.
 */
export function writeArcTable(
  g: Float64Array,
  o: number,
  table: Float32Array,
  to: number,
  samples: number,
): number {
  let length = 0;
  let px = g[o]!;
  let py = g[o + 1]!;
  table[to] = 0;
  for (let k = 1; k <= samples; k++) {
    const t = k / samples;
    const x = bezierAt(g, o, 0, t);
    const y = bezierAt(g, o, 1, t);
    length += Math.hypot(x - px, y - py);
    table[to + k] = length;
    px = x;
    py = y;
  }
  if (length > 0) for (let k = 1; k <= samples; k++) table[to + k] = table[to + k]! / length;
  return length;
}

/** The parameter t at which a share `u` (0..1) of the curve's length lies, from its arc table. */
export function tAtShare(table: Float32Array, to: number, samples: number, u: number): number {
  if (u <= 0) return 0;
  if (u >= 1) return 1;
  let lo = 0;
  let hi = samples;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (table[to + mid]! <= u) lo = mid;
    else hi = mid;
  }
  const a = table[to + lo]!;
  const b = table[to + hi]!;
  const f = b > a ? (u - a) / (b - a) : 0;
  return (lo + f) / samples;
}
