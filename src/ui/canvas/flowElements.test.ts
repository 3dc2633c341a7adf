import { describe, expect, it } from 'vitest';
import { edits } from '../../engine';
import { createFlowDeriver } from './flowElements';
import { ordersDoc } from './docs.testing';

describe('React Flow nodes and edges from the design', () => {
  it('gives each node its kind as type, its position, only its id as data and its accessible name', () => {
    const doc = ordersDoc();
    const nodes = createFlowDeriver().nodes(doc, ['orders'], new Map());
    expect(nodes.map((n) => [n.id, n.type, n.position, n.data, n.ariaLabel, n.selected])).toEqual([
      ['payments', 'source', { x: 0, y: 0 }, { nodeId: 'payments' }, 'Source: Payments', false],
      ['orders', 'topic', { x: 320, y: 0 }, { nodeId: 'orders' }, 'Topic: orders', true],
      ['refunds', 'topic', { x: 320, y: 200 }, { nodeId: 'refunds' }, 'Topic: refunds', false],
      ['billing', 'sink', { x: 680, y: 0 }, { nodeId: 'billing' }, 'Sink: Billing', false],
      ['audit', 'sink', { x: 680, y: 200 }, { nodeId: 'audit' }, 'Sink: Audit', false],
    ]);
  });

  it('makes an edge per connection, id from->to, of the rate type, named by its ends', () => {
    const edges = createFlowDeriver().edges(ordersDoc(), ['orders->billing']);
    expect(edges.map((e) => [e.id, e.source, e.target, e.type, e.selected, e.ariaLabel])).toEqual([
      ['payments->orders', 'payments', 'orders', 'rate', false, 'Payments to orders'],
      ['orders->billing', 'orders', 'billing', 'rate', true, 'orders to Billing'],
      ['orders->audit', 'orders', 'audit', 'rate', false, 'orders to Audit'],
      ['refunds->audit', 'refunds', 'audit', 'rate', false, 'refunds to Audit'],
    ]);
  });

  it('names an edge anew when a node it joins is renamed', () => {
    const derive = createFlowDeriver();
    const before = derive.edges(ordersDoc(), []);
    const renamed = edits.rename(ordersDoc(), 'payments', 'Checkout');
    if (!renamed.ok) throw new Error(renamed.error);
    const after = derive.edges(renamed.doc, []);
    expect(after[0]?.ariaLabel).toBe('Checkout to orders');
    expect(after[1]).toBe(before[1]);
  });

  it('keeps the measured size React Flow reported, so it need not measure again', () => {
    const sizes = new Map([['orders', { width: 248, height: 120 }]]);
    const orders = createFlowDeriver()
      .nodes(ordersDoc(), [], sizes)
      .find((n) => n.id === 'orders');
    expect(orders?.measured).toEqual({ width: 248, height: 120 });
  });

  it('returns the same objects for nodes that did not change, so a drag re-renders only the moved node', () => {
    const derive = createFlowDeriver();
    const doc = ordersDoc();
    const before = derive.nodes(doc, [], new Map());
    const moved = edits.moveNodes(doc, { orders: { x: 336, y: 16 } });
    const after = derive.nodes(moved, [], new Map());
    expect(after.filter((n, i) => n !== before[i]).map((n) => n.id)).toEqual(['orders']);
    expect(after[1]!.data).toBe(before[1]!.data);
    expect(after[1]!.position).toEqual({ x: 336, y: 16 });
  });

  it('places nodes without a saved position in a column per kind', () => {
    const doc = ordersDoc();
    const unplaced = { ...doc, nodes: doc.nodes.map(({ position: _p, ...n }) => n) };
    const nodes = createFlowDeriver().nodes(unplaced, [], new Map());
    expect(nodes.map((n) => [n.id, n.position])).toEqual([
      ['payments', { x: 0, y: 0 }],
      ['orders', { x: 320, y: 0 }],
      ['refunds', { x: 320, y: 160 }],
      ['billing', { x: 800, y: 0 }],
      ['audit', { x: 800, y: 160 }],
    ]);
  });
});
