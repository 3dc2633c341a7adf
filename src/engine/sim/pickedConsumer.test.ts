// Faults on the consumer a person picked: crash or slow exactly that one, and a crashed one stays down when the
// design changes elsewhere (the design's consumer count is what runs, less what faults crashed).
import { describe, expect, it } from 'vitest';
import { TestSim } from './sim.testing';

/** `orders` with 6 partitions, a source at 600 records/s, a sink of 3 consumers with a 10 s session timeout. */
function threeConsumers() {
  const t = new TestSim()
    .topic('orders', { partitions: 6 })
    .source('shop', { rate: 600, keys: { type: 'uniform', count: 100 } }, ['orders'])
    .sink('billing', { consumers: 3, sessionTimeoutMs: 10_000, heartbeatIntervalMs: 3000 }, ['orders'])
    .start();
  // The group forms after the initial delay (3 s), once more for the late joiners (3 s): Stable at 6001 ms.
  t.advance(8000);
  return t;
}

const clients = (t: TestSim) =>
  t.state.groups.get('billing')!.members.map((m) => `${m.clientId} ${m.status}`);

describe('a consumer the person picked', () => {
  it('crashes the second consumer, not the newest, and it stays crashed across an unrelated edit', () => {
    const t = threeConsumers();
    expect(t.group('billing').members).toHaveLength(3);
    t.sim.crashConsumer('billing', 'billing-consumer-2');
    expect(clients(t)).toEqual([
      'billing-consumer-1 active',
      'billing-consumer-2 crashed',
      'billing-consumer-3 active',
    ]);
    // The coordinator still counts it until session.timeout.ms (10 s) after its last heartbeat.
    const crashed = t.group('billing').members.find((m) => m.clientId === 'billing-consumer-2')!;
    expect(crashed.status).toBe('crashed');
    // Its last heartbeat was when the group became Stable at 6,001 ms (the next was due 3 s later): it is evicted
    // 10 s after that, 8,001 ms after the crash at 8,000 ms.
    expect(crashed.evictionInMs).toBe(10_000 - (8000 - 6001));

    // An unrelated edit: the source's rate. Reconcile used to start a consumer in its place here.
    const doc = structuredClone(t.sim.document);
    const shop = doc.nodes.find((n) => n.id === 'shop')!;
    if (shop.kind !== 'source') throw new Error('shop is a source');
    shop.config.rate = 900;
    expect(t.sim.update(doc)).toEqual([]);
    t.advance(1000);
    expect(clients(t)).toEqual([
      'billing-consumer-1 active',
      'billing-consumer-2 crashed',
      'billing-consumer-3 active',
    ]);

    // Evicted within session.timeout.ms, the group rebalances to the two live members.
    t.advance(10_000);
    const g = t.group('billing');
    expect(g.members.map((m) => m.clientId)).toEqual(['billing-consumer-1', 'billing-consumer-3']);
    expect(g.pendingMembers).toEqual([]);
    expect(g.state).toBe('Stable');
    expect(t.sim.recentEvents().map((e) => e.message)).toContain(
      'billing-consumer-2-0002 removed: no heartbeat within session.timeout.ms (10000 ms)',
    );
    // Another unrelated edit after the eviction still starts no one.
    t.sim.update(structuredClone(t.sim.document));
    t.advance(1000);
    expect(t.group('billing').members).toHaveLength(2);
  });

  it('a consumer-start brings a crashed consumer back; lowering the count drops the crashed one first', () => {
    const t = threeConsumers();
    t.sim.crashConsumer('billing', 'billing-consumer-2');
    t.sim.applyFault({ type: 'consumer-start', node: 'billing' });
    t.advance(15_000);
    expect(t.group('billing').members.map((m) => m.clientId)).toEqual([
      'billing-consumer-1',
      'billing-consumer-3',
      'billing-consumer-4',
    ]);
    // Three configured, three running: a crash then consumers 3 -> 2 removes the crashed one, nobody else.
    t.sim.crashConsumer('billing', 'billing-consumer-1');
    const doc = structuredClone(t.sim.document);
    const sink = doc.nodes.find((n) => n.id === 'billing')!;
    if (sink.kind !== 'sink') throw new Error('billing is a sink');
    sink.config.consumers = 2;
    t.sim.update(doc);
    t.advance(15_000);
    expect(t.group('billing').members.map((m) => m.clientId)).toEqual([
      'billing-consumer-3',
      'billing-consumer-4',
    ]);
  });

  it('slows exactly the picked consumer, and restores it', () => {
    const t = threeConsumers();
    t.sim.applyFault({
      type: 'consumer-slow',
      node: 'billing',
      clientId: 'billing-consumer-3',
      processingRate: 5,
    });
    const slowed = t.group('billing').members.map((m) => [m.clientId, m.slowedTo]);
    expect(slowed).toEqual([
      ['billing-consumer-1', null],
      ['billing-consumer-2', null],
      ['billing-consumer-3', 5],
    ]);
    t.sim.applyFault({
      type: 'consumer-slow',
      node: 'billing',
      clientId: 'billing-consumer-3',
      processingRate: null,
    });
    expect(t.group('billing').members.every((m) => m.slowedTo === null)).toBe(true);
  });

  it('refuses to crash or slow a consumer the group does not run', () => {
    const t = threeConsumers();
    expect(() => t.sim.crashConsumer('billing', 'billing-consumer-9')).toThrow(
      'billing has no running consumer "billing-consumer-9"',
    );
    expect(() =>
      t.sim.applyFault({ type: 'consumer-slow', node: 'billing', clientId: 'nobody', processingRate: 1 }),
    ).toThrow('billing has no running consumer "nobody"');
  });
});
