import { describe, expect, it } from 'vitest';
import { boxAt, freeSpot } from './dropTarget';

describe('dropping on the canvas', () => {
  const topics = [
    { id: 'orders', x: 320, y: 0, width: 248, height: 120 },
    { id: 'refunds', x: 320, y: 200, width: 248, height: 80 },
  ];

  it('finds the topic under the drop point, edges included', () => {
    expect(boxAt({ x: 400, y: 60 }, topics)).toBe('orders');
    expect(boxAt({ x: 568, y: 280 }, topics)).toBe('refunds');
  });

  it('finds nothing between topics or outside them', () => {
    expect(boxAt({ x: 400, y: 160 }, topics)).toBeNull();
    expect(boxAt({ x: 100, y: 60 }, topics)).toBeNull();
  });

  it('prefers the topmost box where two overlap', () => {
    const overlapping = [...topics, { id: 'top', x: 300, y: 50, width: 100, height: 100 }];
    expect(boxAt({ x: 350, y: 60 }, overlapping)).toBe('top');
  });

  it('snaps a new node to the grid and steps past a node already there', () => {
    expect(freeSpot({ x: 101, y: 37 }, [])).toEqual({ x: 96, y: 32 });
    expect(freeSpot({ x: 101, y: 37 }, [{ x: 96, y: 32 }])).toEqual({ x: 128, y: 64 });
  });
});
