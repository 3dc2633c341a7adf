import { describe, expect, it } from 'vitest';
import { partition, report, topic } from '../reports.testing';
import { replicasByBroker, trimChips, type ReplicaChip, type TopicReplicas } from './replicaChips';

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

describe('replica chips at size', () => {
  const chip = (partition: number, role: ReplicaChip['role'], offline = false): ReplicaChip => ({
    topic: 'clicks',
    partition,
    role,
    offline,
  });

  it('draws every chip of a short row', () => {
    const chips = [chip(0, 'leader'), chip(1, 'in-sync')];
    expect(trimChips(chips)).toEqual({ shown: chips, more: null });
  });

  it('draws the problems first, then the rest in partition order, and counts what is left out by role', () => {
    // 100 partitions: even ones led here, odd ones followed; 71 and 97 dropped out of the ISR.
    const chips = Array.from({ length: 100 }, (_, p) =>
      chip(p, p === 71 || p === 97 ? 'out-of-sync' : p % 2 === 0 ? 'leader' : 'in-sync'),
    );
    const { shown, more } = trimChips(chips, 10);
    expect(shown.map((c) => c.partition)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 71, 97]);
    expect(more).toEqual({ count: 90, leaders: 46, inSync: 44, outOfSync: 0 });
  });
});
