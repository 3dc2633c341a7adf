import { describe, expect, it } from 'vitest';
import { edits } from '../../engine';
import { createFranzStore } from '../../store/store';
import { connectNodes, connectTargets, noTargetsReason } from './connectTargets';
import { ordersDoc } from './docs.testing';

function storeWithOrders() {
  const store = createFranzStore();
  store.getState().replaceDocument(ordersDoc());
  return store;
}

describe('connecting from a list', () => {
  it('offers only what the design allows and is not connected yet', () => {
    const doc = ordersDoc();
    // Payments already writes to orders: refunds is left. A source never feeds a sink or another source.
    expect(connectTargets(doc, 'payments')).toEqual([
      { id: 'refunds', name: 'refunds', label: 'Topic: refunds' },
    ]);
    // orders feeds Billing and Audit already.
    expect(connectTargets(doc, 'orders')).toEqual([]);
    expect(connectTargets(doc, 'refunds')).toEqual([
      { id: 'billing', name: 'Billing', label: 'Sink: Billing' },
    ]);
    expect(connectTargets(doc, 'billing')).toEqual([]);
    const withProcessor = edits.addNode(doc, 'processor', { x: 500, y: 400 });
    expect(connectTargets(withProcessor.doc, withProcessor.id).map((t) => t.label)).toEqual([
      'Topic: orders',
      'Topic: refunds',
    ]);
  });

  it('says why a node has nothing to connect to', () => {
    expect(noTargetsReason('sink')).toBe('A sink only reads: connect a topic to it instead.');
    expect(noTargetsReason('topic')).toBe(
      'A topic is read by sinks and processors, and there is none it is not already connected to: add one from the palette first.',
    );
  });

  it('connects as one undo step, and refuses what the rules refuse, leaving the design as it was', () => {
    const store = storeWithOrders();
    expect(connectNodes(store, 'refunds', 'billing')).toBeNull();
    expect(store.getState().doc.edges).toContainEqual({ from: 'refunds', to: 'billing' });
    expect(store.getState().past).toHaveLength(1);
    const before = store.getState().doc;
    expect(connectNodes(store, 'billing', 'orders')).toBe('A sink only reads: connect a topic to it instead');
    expect(connectNodes(store, 'refunds', 'billing')).toBe('refunds is already connected to Billing');
    expect(store.getState().doc).toBe(before);
    expect(store.getState().past).toHaveLength(1);
    store.getState().undo();
    expect(store.getState().doc.edges).toHaveLength(4);
  });
});
