import { describe, expect, it } from 'vitest';
import { partition, report, topic } from '../reports.testing';
import { replicasByBroker, type TopicReplicas } from './replicaChips';

/** "orders-1 leader" for each chip, row by row. */
const roles = (rows: TopicReplicas[] | undefined) =>
  rows?.flatMap((r) => r.chips.map((c) => `${c.topic}-${c.partition} ${c.role}`));

describe('replica chips', () => {
  it('gives each broker its replicas by topic, marking the leader and followers out of the ISR', () => {
    const r = report({
      topics: [
        topic('orders', [
          partition(0, { replicas: [1, 2, 3] }),
          // Broker 2 died: broker 3 leads and the ISR lost broker 2.
          partition(1, { replicas: [2, 3, 1], isr: [3, 1] }),
        ]),
        topic('payments', [partition(0, { replicas: [3] })]),
      ],
    });
    const chips = replicasByBroker(r);
    expect(chips.get(1)!.map((row) => row.topic)).toEqual(['orders']);
    expect(roles(chips.get(1))).toEqual(['orders-0 leader', 'orders-1 in-sync']);
    expect(roles(chips.get(2))).toEqual(['orders-0 in-sync', 'orders-1 out-of-sync']);
    expect(chips.get(3)!.map((row) => row.topic)).toEqual(['orders', 'payments']);
    expect(roles(chips.get(3))).toEqual(['orders-0 in-sync', 'orders-1 leader', 'payments-0 leader']);
  });

  it('marks every replica of a partition without a leader as offline', () => {
    const r = report({
      topics: [topic('orders', [partition(0, { replicas: [1, 2], isr: [2], leader: -1 })])],
    });
    const chips = replicasByBroker(r);
    expect(chips.get(1)![0]!.chips).toEqual([
      { topic: 'orders', partition: 0, role: 'out-of-sync', offline: true },
    ]);
    expect(chips.get(2)![0]!.chips[0]).toMatchObject({ role: 'in-sync', offline: true });
  });
});
