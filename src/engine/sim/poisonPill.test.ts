// A poison pill: a record no consumer can deserialize. poll() hands out the records before it, then throws
// RecordDeserializationException at it (KIP-334: the exception carries the partition and offset), so its partition
// stops there and its lag grows while the group's other partitions go on; another group with a dead-letter topic
// produces the record there, seeks past it and goes on.
import { describe, expect, it } from 'vitest';
import { TestSim } from './sim.testing';

/** `orders` (4 partitions) read by `billing` (no dead-letter topic) and `audit` (dead-letters to `orders-dlq`). */
function pipeline(source: Parameters<TestSim['source']>[1] = {}) {
  return new TestSim()
    .topic('orders', { partitions: 4 })
    .topic('orders-dlq', { partitions: 4 })
    .source('shop', { rate: 1000, keys: { type: 'uniform', count: 100 }, ...source }, ['orders'])
    .sink('billing', { consumers: 2 }, ['orders'])
    .sink('audit', { consumers: 1, deadLetterTopic: 'orders-dlq' }, ['orders'])
    .faults([{ atMs: 10_000, type: 'source-poison', node: 'shop', partition: 2 }])
    .start();
}

/** Per partition: high watermark minus the group's committed offset. */
function lags(sim: TestSim, group: string): number[] {
  const ends = sim.sim
    .report()
    .topics.find((t) => t.name === 'orders')!
    .partitions.map((p) => p.highWatermark);
  return sim.committed(group, 'orders').map((c, p) => ends[p]! - c);
}

describe('a poison pill', () => {
  it('is not in the report of a group that has no dead-letter topic and never met one', () => {
    const g = new TestSim()
      .topic('orders', { partitions: 1 })
      .source('shop', { rate: 100 }, ['orders'])
      .sink('billing', {}, ['orders'])
      .start()
      .advance(10_000)
      .group('billing');
    expect(g).not.toHaveProperty('poisonRecords');
    expect(g).not.toHaveProperty('recordsLostToRetention');
  });

  it('stops its partition at the record for a group without a dead-letter topic; the other partitions go on', () => {
    const sim = pipeline().advance(20_000);
    const stuck = sim.group('billing').stoppedAt![0]!;
    expect(stuck).toMatchObject({ topic: 'orders', partition: 2, error: 'RecordDeserializationException' });
    expect(sim.group('billing')).toMatchObject({ poisonRecords: 1, deadLettered: 0 });
    // The committed offset stays at the bad record: its partition's lag is every record since, and grows.
    expect(sim.committed('billing', 'orders')[2]).toBe(stuck.offset);
    const at20 = lags(sim, 'billing');
    sim.advance(10_000);
    const at30 = lags(sim, 'billing');
    expect(at30[2]! - at20[2]!).toBe(sim.logEndOffsets('orders')[2]! - (at20[2]! + stuck.offset));
    expect(at30[2]).toBeGreaterThan(2000);
    // The others are at most an auto-commit interval behind.
    for (const p of [0, 1, 3]) expect(at30[p]).toBeLessThan(5 * 300);
    expect(sim.group('billing').stoppedAt).toEqual([stuck]);
  });

  it('is sent to the dead-letter topic by a group that has one, which goes on; the record is fine on the broker', () => {
    const sim = pipeline().advance(30_000);
    expect(sim.group('audit')).toMatchObject({ poisonRecords: 1, deadLettered: 1, stoppedAt: [] });
    expect(sim.logEndOffsets('orders-dlq')).toEqual([0, 0, 1, 0]);
    for (const lag of lags(sim, 'audit')) expect(lag).toBeLessThan(5 * 300);
    // The other group met the same record and stays stopped at it.
    expect(sim.group('billing')).toMatchObject({ poisonRecords: 1, deadLettered: 0 });
  });

  it('drains once a dead-letter topic is set on the stopped group', () => {
    const sim = pipeline().advance(30_000);
    expect(lags(sim, 'billing')[2]).toBeGreaterThan(4000);
    const doc = sim.document();
    const billing = doc.nodes.find((n) => n.id === 'billing')!;
    if (billing.kind !== 'sink') throw new Error('billing is a sink');
    billing.config.deadLetterTopic = 'orders-dlq';
    sim.sim.update(doc);
    sim.advance(10_000);
    expect(sim.group('billing')).toMatchObject({ poisonRecords: 1, deadLettered: 1, stoppedAt: [] });
    expect(lags(sim, 'billing')[2]).toBeLessThan(5 * 300);
    // Both groups dead-lettered the same record: two copies in the dead-letter topic.
    expect(sim.logEndOffsets('orders-dlq')).toEqual([0, 0, 2, 0]);
  });

  it('poisonShare picks records with the seeded Rng: the same run, the same records', () => {
    const run = () => {
      const sim = new TestSim()
        .topic('orders', { partitions: 4 })
        .topic('orders-dlq', { partitions: 4 })
        .source('shop', { rate: 1000, keys: { type: 'uniform', count: 100 }, poisonShare: 0.01 }, ['orders'])
        .sink('audit', { consumers: 1, deadLetterTopic: 'orders-dlq' }, ['orders'])
        .start()
        .advance(30_000);
      return { group: sim.group('audit'), dlq: sim.logEndOffsets('orders-dlq') };
    };
    const first = run();
    expect(run()).toEqual(first);
    const { poisonRecords, deadLettered } = first.group;
    expect(deadLettered).toBe(poisonRecords);
    expect(first.dlq.reduce((a, b) => a + b, 0)).toBe(deadLettered);
    // About 1% of the 27,000 records produced after the group started reading (at the high watermark, 3 s in).
    expect(poisonRecords).toBe(249);
  });
});
