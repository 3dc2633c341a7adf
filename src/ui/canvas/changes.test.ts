import { describe, expect, it } from 'vitest';
import { edits } from '../../engine';
import { nextSelection, nextSizes, planNodeChanges, removedEdges } from './changes';
import { ordersDoc } from './docs.testing';

describe('React Flow changes as design changes', () => {
  it('collects moved positions and whether a pointer drag is under way', () => {
    expect(
      planNodeChanges([
        { type: 'position', id: 'orders', position: { x: 32, y: 48 }, dragging: true },
        { type: 'position', id: 'billing', position: { x: 64, y: 48 }, dragging: true },
      ]),
    ).toEqual({
      positions: { orders: { x: 32, y: 48 }, billing: { x: 64, y: 48 } },
      dragging: true,
      removed: [],
    });
    // The last change of a drag, and a keyboard move, say dragging: false.
    expect(
      planNodeChanges([{ type: 'position', id: 'orders', position: { x: 0, y: 16 }, dragging: false }])
        .dragging,
    ).toBe(false);
  });

  it('collects removed nodes', () => {
    expect(planNodeChanges([{ type: 'remove', id: 'orders' }]).removed).toEqual(['orders']);
  });

  it('turns select changes into the next selection, nodes and edges alike', () => {
    expect(
      nextSelection(
        ['orders'],
        [
          { type: 'select', id: 'orders', selected: false },
          { type: 'select', id: 'billing', selected: true },
        ],
      ),
    ).toEqual(['billing']);
    expect(nextSelection(['billing'], [{ type: 'select', id: 'orders->billing', selected: true }])).toEqual([
      'billing',
      'orders->billing',
    ]);
    expect(nextSelection(['orders'], [{ type: 'remove', id: 'x' }])).toBeNull();
  });

  it('records measured sizes, and returns the same map when nothing changed', () => {
    const sizes = nextSizes(new Map(), [
      { type: 'dimensions', id: 'orders', dimensions: { width: 248, height: 120 } },
    ]);
    expect(sizes.get('orders')).toEqual({ width: 248, height: 120 });
    expect(
      nextSizes(sizes, [{ type: 'dimensions', id: 'orders', dimensions: { width: 248, height: 120 } }]),
    ).toBe(sizes);
  });

  it('finds the design edges behind removed edge ids', () => {
    expect(removedEdges(ordersDoc(), [{ type: 'remove', id: 'orders->billing' }])).toEqual([
      { from: 'orders', to: 'billing' },
    ]);
  });
});

describe('moving nodes whose ids are also JavaScript property names', () => {
  it('moves "__proto__" and leaves "constructor" where it was', () => {
    const base = ordersDoc();
    const doc = {
      ...base,
      nodes: base.nodes.map((n) =>
        n.id === 'orders' ? { ...n, id: '__proto__' } : n.id === 'refunds' ? { ...n, id: 'constructor' } : n,
      ),
    };
    const plan = planNodeChanges([
      { type: 'position', id: '__proto__', position: { x: 32, y: 48 }, dragging: false },
    ]);
    expect(Object.keys(plan.positions)).toEqual(['__proto__']);
    const moved = edits.moveNodes(doc, plan.positions);
    expect(moved.nodes.find((n) => n.id === '__proto__')!.position).toEqual({ x: 32, y: 48 });
    expect(moved.nodes.find((n) => n.id === 'constructor')!.position).toEqual({ x: 320, y: 200 });
  });
});
