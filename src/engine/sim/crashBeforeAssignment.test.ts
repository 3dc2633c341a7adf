// A consumer that crashes while its group is still forming (inside group.initial.rebalance.delay.ms) never
// reads the SyncGroup response: the coordinator hands it partitions anyway, and they wait for its session
// timeout (ClassicGroup: a member is removed only when its heartbeats stop for session.timeout.ms).
import { describe, expect, it } from 'vitest';
import { TestSim } from './sim.testing';

function run(): TestSim {
  return new TestSim()
    .topic('orders', { partitions: 4 })
    .source('shop', { rate: 400 }, ['orders'])
    .sink('billing', { consumers: 2, autoOffsetReset: 'earliest' }, ['orders'])
    .faults([{ atMs: 1_000, type: 'consumer-kill', node: 'billing', clientId: 'billing-consumer-2' }])
    .start();
}

describe('a consumer killed before its first assignment', () => {
  it('stays down: its partitions are not read until the coordinator evicts it', () => {
    const sim = run().advance(20_000);
    const group = sim.group('billing');
    expect(group.state).toBe('Stable');
    expect(group.members).toHaveLength(2);
    // RangeAssignor: consumer-1 takes orders-0 and orders-1, the crashed consumer-2 orders-2 and orders-3.
    const committed = sim.committed('billing', 'orders');
    // Null keys: the built-in partitioner sticks to a partition per batch chosen by seed 1's draws (KIP-794), so
    // how the 400 records/s split between orders-0 and orders-1 is the simulator's own.
    expect(committed[0]).toBe(1888);
    expect(committed[1]).toBe(1324);
    expect(committed.slice(2)).toEqual([-1, -1]);

    // session.timeout.ms 45 s after its last heartbeat (before 1 s): evicted, and consumer-1 takes all four.
    sim.advance(40_000);
    const after = sim.group('billing');
    expect(after.members).toHaveLength(1);
    expect(Object.values(after.members[0]!.assignment)).toEqual([[0, 1, 2, 3]]);
    const end = sim.committed('billing', 'orders');
    expect(end.every((c) => c > 0)).toBe(true);
  });
});

describe('a consumer that crashes after rejoining, while the round waits for a silent member', () => {
  it('is removed session.timeout.ms after the round completes', () => {
    const t = new TestSim()
      .topic('events', { partitions: 2 })
      .source('app', { rate: 10 }, ['events'])
      .sink('group', { consumers: 4, sessionTimeoutMs: 10_000, autoOffsetReset: 'earliest' }, ['events'])
      .start();
    t.advance(1_000);
    t.sim.crashConsumer('group'); // consumer-4: joined at 1 ms, never heartbeats again
    t.advance(6_000);
    t.sim.removeConsumer('group'); // consumer-3 leaves at 7 s: a new round, consumer-4 will not rejoin
    t.advance(3_000);
    t.sim.crashConsumer('group'); // consumer-2, already rejoined, crashes at 10 s
    t.advance(30_000);
    // consumer-4's session ends at 16,001 ms, and with it the round; generation 2 gives consumer-2 a deadline of
    // 26,001 ms, and with no heartbeat it is removed then.
    expect(t.eventLines('member-removed')).toEqual([
      '16001: group-consumer-4-0004 removed: no heartbeat within session.timeout.ms (10000 ms)',
      '26001: group-consumer-2-0002 removed: no heartbeat within session.timeout.ms (10000 ms)',
    ]);
    expect(t.assignment('group')).toEqual({ 'group-consumer-1-0001': ['events-0', 'events-1'] });
  });
});
