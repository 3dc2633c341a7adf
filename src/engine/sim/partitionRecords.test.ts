// Pins the record inspector's page of one partition: records with their batches and leader epochs, which are below
// the high watermark, the group's committed offset and position among them, and a replica's truncation.
import { describe, expect, it } from 'vitest';
import { TestSim } from './sim.testing';

function pipeline(rate = 1000) {
  return new TestSim()
    .cluster({ rttMs: 30 })
    .topic('orders', { partitions: 1, replicationFactor: 3 })
    .source('shop', { rate, keys: { type: 'uniform', count: 3 }, acks: '1' }, ['orders'])
    .sink('billing', { consumers: 1 }, ['orders'])
    .start();
}

const line = (r: { offset: number; key: string | null; batchBaseOffset: number; committed: boolean }) =>
  `${r.offset} ${r.key} batch ${r.batchBaseOffset}${r.committed ? '' : ' above HW'}`;

describe('Simulation.records', () => {
  it('reads the newest records with their batches, and says which are not yet below the high watermark', () => {
    const t = pipeline().advance(10_500);
    const page = t.sim.records({ topic: 'orders', partition: 0, fromOffset: null, limit: 12 })!;
    expect([page.fromOffset, page.toOffset, page.logEndOffset, page.highWatermark]).toEqual([
      10471, 10483, 10483, 10441,
    ]);
    expect(page.records.map(line)).toEqual([
      '10471 key-1 batch 10467 above HW',
      '10472 key-2 batch 10472 above HW',
      '10473 key-1 batch 10472 above HW',
      '10474 key-0 batch 10472 above HW',
      '10475 key-0 batch 10472 above HW',
      '10476 key-2 batch 10472 above HW',
      '10477 key-1 batch 10472 above HW',
      '10478 key-2 batch 10472 above HW',
      '10479 key-1 batch 10472 above HW',
      '10480 key-1 batch 10472 above HW',
      '10481 key-1 batch 10472 above HW',
      '10482 key-2 batch 10472 above HW',
    ]);
    expect(page.records[1]).toMatchObject({
      producer: 'shop-producer',
      producerId: 0,
      sequence: 1690,
      leaderEpoch: 0,
    });
    // From an offset: the records below the high watermark are consumable.
    const below = t.sim.records({ topic: 'orders', partition: 0, fromOffset: 10439, limit: 4 })!;
    expect(below.records.map(line)).toEqual([
      '10439 key-0 batch 10436',
      '10440 key-2 batch 10436',
      '10441 key-1 batch 10441 above HW',
      '10442 key-0 batch 10441 above HW',
    ]);
    // kafka-consumer-groups.sh's CURRENT-OFFSET (auto-commit every 5 s) trails the consumer's position.
    expect(page.groups).toEqual([{ groupId: 'billing', node: 'billing', committed: 7925, position: 10410 }]);
    expect(
      page.replicas.map((r) => [r.brokerId, r.leader, r.inIsr, r.logEndOffset, r.highWatermark]),
    ).toEqual([
      [1, true, true, 10483, 10441],
      [2, false, true, 10441, 10410],
      [3, false, true, 10441, 10410],
    ]);
  });

  it('after a leader change, shows the new epoch and where the old leader truncated its log', () => {
    // 200 records/s: every record of the run stays in the log's kept details (16,384).
    const t = pipeline(200).advance(10_500);
    t.sim.applyFault({ type: 'broker-kill', broker: 1 });
    t.advance(12_000);
    t.sim.applyFault({ type: 'broker-restart', broker: 1 });
    t.advance(5_000);
    const page = t.sim.records({ topic: 'orders', partition: 0, fromOffset: 2087, limit: 4 })!;
    expect([page.leader, page.leaderEpoch]).toEqual([2, 1]);
    // Records 2089..2095 of epoch 0 were cut; the new leader wrote its own at those offsets in epoch 1.
    expect(page.records.map((r) => [r.offset, r.leaderEpoch])).toEqual([
      [2087, 0],
      [2088, 0],
      [2089, 1],
      [2090, 1],
    ]);
    // Broker 1, the old leader, cut its log back to 2089 when it came back and fetched from broker 2.
    expect(page.replicas.map((r) => [r.brokerId, r.truncation])).toEqual([
      [1, { offset: 2089, fromOffset: 2096, epoch: 0 }],
      [2, null],
      [3, null],
    ]);
  });

  it('answers null for a topic or partition that does not exist', () => {
    const t = pipeline().advance(100);
    expect(t.sim.records({ topic: 'payments', partition: 0, fromOffset: null, limit: 10 })).toBeNull();
    expect(t.sim.records({ topic: 'orders', partition: 1, fromOffset: null, limit: 10 })).toBeNull();
  });

  it("the report carries each group's positions only when asked, beside its committed offsets", () => {
    const t = pipeline().advance(10_500);
    expect(t.sim.report().groups[0]!.positions).toBeUndefined();
    const group = t.sim.report({ positions: true }).groups[0]!;
    expect(group.positions).toEqual({ orders: [10410] });
    expect(group.committed).toEqual({ orders: [7925] });
  });
});
