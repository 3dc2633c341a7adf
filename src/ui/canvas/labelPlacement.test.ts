import { describe, expect, it } from 'vitest';
import { bezierPoint, LABEL_SIZE, placeLabels, type Box, type EdgeEnds } from './labelPlacement';

const edge = (id: string, from: [number, number], to: [number, number]): EdgeEnds => ({
  id,
  source: { x: from[0], y: from[1] },
  target: { x: to[0], y: to[1] },
});

describe('bezierPoint', () => {
  it('follows React Flow’s left-to-right bezier: the ends, and the middle halfway across', () => {
    expect(bezierPoint({ x: 0, y: 0 }, { x: 200, y: 100 }, 0)).toEqual({ x: 0, y: 0 });
    expect(bezierPoint({ x: 0, y: 0 }, { x: 200, y: 100 }, 1)).toEqual({ x: 200, y: 100 });
    expect(bezierPoint({ x: 0, y: 0 }, { x: 200, y: 100 }, 0.5)).toEqual({ x: 100, y: 50 });
    // A quarter of the way: the curve leaves the source flat (control points 100 px out, level with each end).
    expect(bezierPoint({ x: 0, y: 0 }, { x: 200, y: 100 }, 0.25)).toEqual({ x: 59.375, y: 15.625 });
  });
});

describe('placeLabels', () => {
  it('puts a lone label at the middle of its edge', () => {
    expect(placeLabels([edge('a', [0, 0], [200, 0])], [])).toEqual(new Map([['a', 0.5]]));
  });

  it('moves a label along its edge when the middle is taken by another label', () => {
    // Two edges crossing at (100, 50): both middles are the same point.
    const places = placeLabels([edge('a', [0, 0], [200, 100]), edge('b', [0, 100], [200, 0])], []);
    expect(places.get('a')).toBe(0.5);
    // The first label's box with its clearance is 65..135 × 38..62. At t = 0.35 the second would be centred at
    // (76.8, 71.8), its box reaching up to y 59.8: 2 px into the first; at 0.65 likewise. At 0.25 it is clear.
    expect(places.get('b')).toBe(0.25);
    const b = bezierPoint({ x: 0, y: 100 }, { x: 200, y: 0 }, 0.25);
    expect([Math.round(b.x * 10) / 10, Math.round(b.y * 10) / 10]).toEqual([59.4, 84.4]);
  });

  it('moves a label off a node that sits on its edge’s middle', () => {
    const node: Box = { x: 190, y: -10, width: 20, height: 20 };
    // The middle (200, 0) is on the node; at 0.35 the label is centred at x 153.65, its box ending at 188.65.
    expect(placeLabels([edge('a', [0, 0], [400, 0])], [node]).get('a')).toBe(0.35);
    // A node as wide as the edge's middle half leaves no step free.
    const wide: Box = { x: 60, y: -10, width: 280, height: 20 };
    expect(placeLabels([edge('a', [0, 0], [400, 0])], [wide]).get('a')).toBeNull();
  });

  it('hides a label that collides at every step, and keeps the others', () => {
    // Six edges drawn on top of each other: the first label takes the middle (x 500), the second the next step
    // along (x 384), and so on; the sixth finds every step taken.
    const same = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => edge(id, [0, 0], [1000, 0]));
    const places = placeLabels(same, []);
    expect([...places.values()]).toEqual([0.5, 0.35, 0.65, 0.25, 0.75, null]);
  });

  it('hides a label on an edge too short to hold it clear of its nodes', () => {
    const left: Box = { x: 0, y: 0, width: 100, height: 60 };
    const right: Box = { x: 140, y: 0, width: 100, height: 60 };
    // 40 px between the cards, less than a 64 px label.
    expect(placeLabels([edge('a', [100, 30], [140, 30])], [left, right]).get('a')).toBeNull();
    expect(LABEL_SIZE.width).toBe(64);
  });
});
