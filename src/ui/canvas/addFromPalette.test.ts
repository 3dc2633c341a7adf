import { describe, expect, it } from 'vitest';
import { createFranzStore } from '../../store/store';
import { addNodeAt, addPartitionTo, selectedTopic } from './addFromPalette';
import { ordersDoc } from './docs.testing';

function storeWithOrders() {
  const store = createFranzStore();
  store.getState().replaceDocument(ordersDoc());
  return store;
}

describe('adding from the palette', () => {
  it('adds a node centred at the drop point, on the grid, as one undo step, and selects it', () => {
    const store = createFranzStore();
    const id = addNodeAt(store, 'sink', { x: 500, y: 300 });
    const { doc, selection, past } = store.getState();
    expect(doc.nodes).toHaveLength(1);
    expect(doc.nodes[0]).toMatchObject({ id, kind: 'sink', position: { x: 384, y: 288 } });
    expect(selection).toEqual([id]);
    expect(past).toHaveLength(1);
  });

  it('steps a second node added at the same point off the first', () => {
    const store = createFranzStore();
    addNodeAt(store, 'topic', { x: 500, y: 300 });
    addNodeAt(store, 'topic', { x: 500, y: 300 });
    expect(store.getState().doc.nodes.map((n) => n.position)).toEqual([
      { x: 384, y: 288 },
      { x: 416, y: 320 },
    ]);
  });

  it('adds a partition to the topic it was dropped on and warns that keys may move', () => {
    const store = storeWithOrders();
    addPartitionTo(store, 'orders');
    const { doc, notice } = store.getState();
    const orders = doc.nodes.find((n) => n.id === 'orders');
    expect(orders?.kind === 'topic' && orders.config.partitions).toBe(4);
    expect(notice).toMatchObject({
      kind: 'warning',
      text: 'Topic orders now has 4 partitions: keyed records map to partitions by murmur2(key) % 4, so existing keys may move (as in Kafka).',
    });
  });

  it('says a partition must be dropped on a topic, and changes nothing, when dropped elsewhere', () => {
    const store = storeWithOrders();
    const before = store.getState().doc;
    addPartitionTo(store, null);
    expect(store.getState().doc).toBe(before);
    expect(store.getState().notice?.text).toMatch(/must be dropped on a topic/);
  });

  it('finds the selected topic for a Partition pressed from the keyboard', () => {
    const store = storeWithOrders();
    store.getState().select(['billing', 'refunds']);
    expect(selectedTopic(store)).toBe('refunds');
    store.getState().select(['billing']);
    expect(selectedTopic(store)).toBeNull();
  });
});
