import { describe, expect, it } from 'vitest';
import { edits } from '../../engine';
import { ordersDoc } from './docs.testing';
import { labelPlacesOf } from './edgeLabels';
import { createFlowDeriver } from './flowElements';

describe('edge labels on the canvas', () => {
  it('places each label of the orders design along its edge, and hides one with no room', () => {
    // payments (0,0) -> orders (320,0) -> billing (680,0) and audit (680,200); refunds (320,200) -> audit.
    const derive = createFlowDeriver();
    const doc = ordersDoc();
    const nodes = derive.nodes(doc, [], new Map());
    expect([...labelPlacesOf(nodes, doc.edges)]).toEqual([
      // 232 px card, 88 px to the topic: the 70 px label fits only at the middle.
      ['payments->orders', 0.5],
      ['orders->billing', 0.5],
      // Its middle (500, 190) is 100 px below orders->billing's (500, 90): room for both.
      ['orders->audit', 0.5],
      ['refunds->audit', 0.5],
    ]);
    // Moved to 24 px from its topic, the source's label has nowhere to go.
    const close = edits.moveNodes(doc, { payments: { x: 64, y: 0 } });
    const moved = derive.nodes(close, [], new Map());
    expect(labelPlacesOf(moved, close.edges).get('payments->orders')).toBeNull();
  });

  it('gives each edge its place and reveals a hidden label on the hovered or selected edge', () => {
    const derive = createFlowDeriver();
    const doc = ordersDoc();
    const places = new Map([
      ['payments->orders', null],
      ['orders->billing', 0.35],
    ]);
    const edges = derive.edges(doc, ['orders->billing'], places, 'payments->orders');
    expect(edges.map((e) => [e.id, e.data])).toEqual([
      ['payments->orders', { labelAt: null, revealed: true }],
      ['orders->billing', { labelAt: 0.35, revealed: true }],
      ['orders->audit', { labelAt: 0.5, revealed: false }],
      ['refunds->audit', { labelAt: 0.5, revealed: false }],
    ]);
    // The same places again: the same edge objects, so React Flow re-renders none of them.
    const again = derive.edges(doc, ['orders->billing'], places, 'payments->orders');
    expect(again.every((e, i) => e === edges[i])).toBe(true);
  });
});
