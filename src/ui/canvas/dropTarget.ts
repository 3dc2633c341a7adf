import type { XYPosition } from '@xyflow/react';

export interface Box {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The box under a point in flow coordinates (the topmost, i.e. the last drawn, when boxes overlap), or
 * null. A Partition dropped on the canvas asks this of the topic nodes.
 */
export function boxAt(point: XYPosition, boxes: readonly Box[]): string | null {
  for (let i = boxes.length - 1; i >= 0; i--) {
    const b = boxes[i]!;
    if (point.x >= b.x && point.x <= b.x + b.width && point.y >= b.y && point.y <= b.y + b.height)
      return b.id;
  }
  return null;
}

/** A spot near `point` on the grid that no node already starts at, so added nodes do not stack exactly. */
export function freeSpot(point: XYPosition, taken: readonly XYPosition[], grid = 16): XYPosition {
  const snap = (v: number) => Math.round(v / grid) * grid;
  let spot = { x: snap(point.x), y: snap(point.y) };
  for (
    let i = 0;
    i < 50 && taken.some((t) => Math.abs(t.x - spot.x) < grid && Math.abs(t.y - spot.y) < grid);
    i++
  )
    spot = { x: spot.x + 2 * grid, y: spot.y + 2 * grid };
  return spot;
}
