// KIP-345 static membership with the classic protocol's timings: session.timeout.ms 45 s, heartbeats every 3 s,
// group.initial.rebalance.delay.ms 3 s. A static member that restarts within its session keeps its partitions and the
// group's generation; a dynamic one leaves and joins again (two rebalances); a static one away longer is evicted.
import { describe, expect, it } from 'vitest';
import { RESTART_DELAY_MS } from './consumerRestarts';
import { TestSim } from './sim.testing';

function billing(staticMembership: boolean) {
  return new TestSim()
    .topic('orders', { partitions: 4 })
    .source('shop', { rate: 1000, keys: { type: 'uniform', count: 100 } }, ['orders'])
    .sink('billing', { consumers: 2, staticMembership }, ['orders'])
    .start();
}

/** Instance id (or client id when dynamic) -> the partitions its member owns. */
function owners(sim: TestSim): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const m of sim.group('billing').members)
    out[m.groupInstanceId ?? m.clientId] = Object.entries(m.assignment).flatMap(([t, ps]) =>
      ps.map((p) => `${t}-${p}`),
    );
  return out;
}

describe('static membership (KIP-345, classic protocol)', () => {
  it('gives each member a group.instance.id; dynamic members carry none', () => {
    const s = billing(true).advance(7000);
    expect(s.group('billing').members.map((m) => [m.clientId, m.groupInstanceId])).toEqual([
      ['billing-consumer-1', 'billing-1'],
      ['billing-consumer-2', 'billing-2'],
    ]);
    expect(billing(false).advance(7000).group('billing').members[0]).not.toHaveProperty('groupInstanceId');
  });

  it('a static member restarted and back 10 s later gets its partitions again with no rebalance', () => {
    const s = billing(true).advance(20_000);
    expect(s.group('billing')).toMatchObject({ state: 'Stable', generation: 1, rebalances: 1 });
    const before = owners(s);
    expect(before).toEqual({ 'billing-1': ['orders-0', 'orders-1'], 'billing-2': ['orders-2', 'orders-3'] });
    s.sim.restartConsumer('billing', 'billing-consumer-2');
    expect(RESTART_DELAY_MS).toBe(10_000);
    // close() commits what it processed (enable.auto.commit), then sends no LeaveGroup.
    const [, , a2, a3] = s.committed('billing', 'orders');
    const committedAtClose = a2! + a3!;
    // Down: no LeaveGroup, so the group stays Stable and the member keeps its place until its session would expire.
    s.advance(5000);
    expect(s.group('billing')).toMatchObject({ state: 'Stable', generation: 1, rebalances: 1 });
    // Back at 30 s: still the offsets committed as it closed, none lost or read again.
    s.advance(5000);
    const [, , c2, c3] = s.committed('billing', 'orders');
    expect(c2! + c3!).toBe(committedAtClose);
    const ends = s.logEndOffsets('orders');
    s.advance(5000);
    const g = s.group('billing');
    expect(g).toMatchObject({ state: 'Stable', generation: 1, rebalances: 1 });
    expect(owners(s)).toEqual(before);
    // The same client.id and instance id under a new member id, consuming again.
    const back = g.members.find((m) => m.groupInstanceId === 'billing-2')!;
    expect(back).toMatchObject({
      clientId: 'billing-consumer-2',
      memberId: 'billing-consumer-2-0003',
      status: 'active',
    });
    expect(s.eventLines('member-joined').at(-1)).toBe(
      '30000: billing-consumer-2-0003 replaced billing-consumer-2-0002 (static member)',
    );
    // It read on from there: every record its partitions took while it was down, and what came since.
    expect(back.recordsConsumed).toBeGreaterThan(ends[2]! + ends[3]! - committedAtClose);
    expect(ends[2]! + ends[3]! - committedAtClose).toBe(4421);
  });

  it('a dynamic member doing the same leaves at once and joins again: two rebalances', () => {
    const s = billing(false).advance(20_000);
    expect(s.group('billing')).toMatchObject({ generation: 1, rebalances: 1 });
    s.sim.restartConsumer('billing', 'billing-consumer-2');
    s.advance(5000);
    expect(s.group('billing')).toMatchObject({ state: 'Stable', generation: 2, rebalances: 2 });
    expect(owners(s)).toEqual({ 'billing-consumer-1': ['orders-0', 'orders-1', 'orders-2', 'orders-3'] });
    s.advance(10_000);
    expect(s.group('billing')).toMatchObject({ state: 'Stable', generation: 3, rebalances: 3 });
    expect(owners(s)).toEqual({
      'billing-consumer-1': ['orders-0', 'orders-1'],
      'billing-consumer-2': ['orders-2', 'orders-3'],
    });
  });

  it('a static member away 50 s is evicted at session expiry, and the group rebalances', () => {
    const s = billing(true).advance(20_000);
    s.sim.crashConsumer('billing', 'billing-consumer-2');
    s.advance(42_000);
    expect(s.group('billing')).toMatchObject({ generation: 1, rebalances: 1 });
    s.advance(8000);
    // Stable at 6001 ms, heartbeats every 3 s from there: the last one before the crash at 18,001 ms, + 45,000 ms.
    expect(s.eventLines('member-removed')).toEqual([
      '63001: billing-consumer-2-0002 removed: no heartbeat within session.timeout.ms (45000 ms)',
    ]);
    expect(s.group('billing')).toMatchObject({ state: 'Stable', generation: 2, rebalances: 2 });
    expect(owners(s)).toEqual({ 'billing-1': ['orders-0', 'orders-1', 'orders-2', 'orders-3'] });
    // Back at 70 s with the same instance id: a new member, so a rebalance.
    s.sim.applyFault({ type: 'consumer-start', node: 'billing' });
    s.advance(5000);
    expect(s.group('billing')).toMatchObject({ state: 'Stable', generation: 3, rebalances: 3 });
    expect(owners(s)).toEqual({
      'billing-1': ['orders-0', 'orders-1'],
      'billing-2': ['orders-2', 'orders-3'],
    });
  });

  it('a static member that crashes and is started again within the session takes its place back', () => {
    const s = billing(true).advance(20_000);
    s.sim.crashConsumer('billing', 'billing-consumer-2');
    s.advance(30_000);
    s.sim.applyFault({ type: 'consumer-start', node: 'billing' });
    s.advance(5000);
    expect(s.group('billing')).toMatchObject({ state: 'Stable', generation: 1, rebalances: 1 });
    expect(owners(s)).toEqual({
      'billing-1': ['orders-0', 'orders-1'],
      'billing-2': ['orders-2', 'orders-3'],
    });
    expect(s.eventLines('member-removed')).toEqual([]);
  });
});
