import { describe, expect, it } from 'vitest';
import { createFranzStore } from '../../store/store';
import { deleteEdge, deleteSelection, duplicateSelection, hasSelection, selectAll } from './selectionEdits';
import { ordersDoc } from './docs.testing';

function storeWithOrders() {
  const store = createFranzStore();
  store.getState().replaceDocument(ordersDoc());
  return store;
}

describe('selection commands', () => {
  it('deletes selected nodes with their connections, and selected connections, in one undo step', () => {
    const store = storeWithOrders();
    store.getState().select(['billing', 'refunds->audit']);
    deleteSelection(store);
    const { doc, selection, past } = store.getState();
    expect(doc.nodes.map((n) => n.id)).toEqual(['payments', 'orders', 'refunds', 'audit']);
    expect(doc.edges).toEqual([
      { from: 'payments', to: 'orders' },
      { from: 'orders', to: 'audit' },
    ]);
    expect(selection).toEqual([]);
    expect(past).toHaveLength(1);
    store.getState().undo();
    expect(store.getState().doc.nodes).toHaveLength(5);
  });

  it('deletes one connection by its edge id, as one undo step, and only that one', () => {
    const store = storeWithOrders();
    store.getState().select(['orders->audit', 'billing']);
    expect(deleteEdge(store, 'orders->audit')).toEqual({ from: 'orders', to: 'audit' });
    const { doc, selection, past } = store.getState();
    expect(doc.edges).toHaveLength(3);
    expect(doc.edges).not.toContainEqual({ from: 'orders', to: 'audit' });
    expect(selection).toEqual(['billing']);
    expect(past).toHaveLength(1);
    expect(deleteEdge(store, 'nowhere->audit')).toBeNull();
    expect(store.getState().past).toHaveLength(1);
    store.getState().undo();
    expect(store.getState().doc.edges).toHaveLength(4);
  });

  it('duplicates the selected nodes and the connections among them, and selects the copies', () => {
    const store = storeWithOrders();
    store.getState().select(['orders', 'billing']);
    duplicateSelection(store);
    const { doc, selection } = store.getState();
    expect(doc.nodes).toHaveLength(7);
    expect(selection).toHaveLength(2);
    const [topic, sink] = selection;
    expect(doc.edges).toContainEqual({ from: topic, to: sink });
  });

  it('selects every node', () => {
    const store = storeWithOrders();
    expect(hasSelection(store)).toBe(false);
    selectAll(store);
    expect(store.getState().selection).toEqual(['payments', 'orders', 'refunds', 'billing', 'audit']);
  });
});
