import { describe, expect, it } from 'vitest';
import { partition, report, topic } from '../reports.testing';
import { partitionRows, partitionSummary } from './partitionRows';

describe('partition rows', () => {
  it('lists leader, replicas, ISR and epoch as kafka-topics --describe does, with each row’s health', () => {
    const r = report({
      topics: [
        topic('orders', [
          partition(0, { replicas: [1, 2, 3], leaderEpoch: 4 }),
          partition(1, {
            replicas: [2, 3, 1],
            isr: [3, 1],
            minIsr: 2,
            highWatermark: 480,
            replicaLogEndOffsets: [450, 500, 480],
          }),
          partition(2, { replicas: [3, 1, 2], isr: [1], minIsr: 2 }),
        ]),
        topic('payments', [partition(0, { replicas: [2], isr: [2], leader: -1 })]),
      ],
    });
    expect(partitionRows(r)).toEqual([
      {
        label: 'orders-0',
        leader: '1',
        replicas: '1, 2, 3',
        isr: '1, 2, 3',
        leaderEpoch: 4,
        health: 'ok',
        underMinIsr: false,
        state: 'in sync',
        topic: 'orders',
        partition: 0,
        highWatermark: 0,
        replicaEnds: [
          { brokerId: 1, logEndOffset: 0, leader: true, inIsr: true },
          { brokerId: 2, logEndOffset: 0, leader: false, inIsr: true },
          { brokerId: 3, logEndOffset: 0, leader: false, inIsr: true },
        ],
      },
      {
        label: 'orders-1',
        leader: '3',
        replicas: '2, 3, 1',
        isr: '3, 1',
        leaderEpoch: 0,
        health: 'under-replicated',
        underMinIsr: false,
        state: 'under-replicated',
        topic: 'orders',
        partition: 1,
        // Broker 2 is out of the ISR, 30 records behind the high watermark the leader (3) and 1 reached.
        highWatermark: 480,
        replicaEnds: [
          { brokerId: 2, logEndOffset: 450, leader: false, inIsr: false },
          { brokerId: 3, logEndOffset: 500, leader: true, inIsr: true },
          { brokerId: 1, logEndOffset: 480, leader: false, inIsr: true },
        ],
      },
      expect.objectContaining({ label: 'orders-2', leader: '1', isr: '1', underMinIsr: true }),
      expect.objectContaining({ label: 'payments-0', leader: 'none', health: 'offline', state: 'offline' }),
    ]);
  });

  it('sums up the problems only', () => {
    const r = report({
      topics: [
        topic('orders', [
          partition(0, { replicas: [1, 2] }),
          partition(1, { replicas: [1, 2], isr: [1] }),
          partition(2, { replicas: [1], leader: -1 }),
        ]),
      ],
    });
    expect(partitionSummary(partitionRows(r))).toBe('3 partitions · 1 under-replicated · 1 offline');
    expect(partitionSummary(partitionRows(report({ topics: [topic('a', [partition(0)])] })))).toBe(
      '1 partition',
    );
  });
});
