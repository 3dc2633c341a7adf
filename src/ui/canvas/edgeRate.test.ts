import { describe, expect, it } from 'vitest';
import { group, report, source } from '../reports.testing';
import { edgeRate } from './edgeRate';
import { ordersDoc } from './docs.testing';

const live = report({
  sources: [source('payments', { name: 'Payments', recordsPerSec: 480 })],
  topics: [
    { name: 'orders', partitions: [], recordsPerSec: 475 },
    { name: 'refunds', partitions: [], recordsPerSec: 20 },
  ],
  groups: [
    group({ node: 'billing', committed: { orders: [0, 0, 0] }, recordsPerSec: 300 }),
    group({ node: 'audit', committed: { orders: [0, 0, 0], refunds: [0] }, recordsPerSec: 490 }),
  ],
});

describe('edge rates', () => {
  const doc = ordersDoc();

  it("labels source -> topic with the source's records/s", () => {
    expect(edgeRate(doc, live, 'payments', 'orders')).toBe(480);
  });

  it("labels topic -> sink with the group's consumption when it reads only that topic", () => {
    expect(edgeRate(doc, live, 'orders', 'billing')).toBe(300);
  });

  it("falls back to the topic's inbound rate when the group reads several topics", () => {
    expect(edgeRate(doc, live, 'orders', 'audit')).toBe(475);
    expect(edgeRate(doc, live, 'refunds', 'audit')).toBe(20);
  });

  it('knows nothing before the first report or for nodes the report lacks', () => {
    expect(edgeRate(doc, null, 'payments', 'orders')).toBeNull();
    expect(edgeRate(doc, report({}), 'payments', 'orders')).toBeNull();
  });
});
