// KIP-848's consumer rebalance protocol against the classic one, with Kafka's timings: heartbeats every 5 s
// (group.consumer.heartbeat.interval.ms), sessions of 45 s (group.consumer.session.timeout.ms), the uniform assignor.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Fetcher } from '../kafka/group/fetcher';
import { TestSim } from './sim.testing';
import { stateOf } from './stateOf';
import type { SimulationState } from './simulationState';

type Sink = Parameters<TestSim['sink']>[1];

/** 12 partitions of `orders` at 100 records/s each, read by 4 consumers of `billing`. */
function billing(sink: Sink) {
  return new TestSim()
    .topic('orders', { partitions: 12 })
    .source('shop', { rate: 1200, keys: { type: 'uniform', count: 1000 } }, ['orders'])
    .sink('billing', { consumers: 4, ...sink }, ['orders'])
    .start();
}

/** Every partition a consumer gave up (revoked or lost), as "time: orders-p", from the Fetcher's own calls. */
function watchRevocations(state: () => SimulationState): string[] {
  const revoked: string[] = [];
  const held = (f: Fetcher) => f.assignedPartitions.map((p, i) => `${f.assignedTopics[i]!.name}-${p}`);
  const record = (before: string[], f: Fetcher) => {
    const after = held(f);
    for (const tp of before) if (!after.includes(tp)) revoked.push(`${state().nowMs}: ${tp}`);
  };
  const retainOnly = Fetcher.prototype.retainOnly;
  const clearAssignment = Fetcher.prototype.clearAssignment;
  vi.spyOn(Fetcher.prototype, 'retainOnly').mockImplementation(function (this: Fetcher, a) {
    const before = held(this);
    const out = retainOnly.call(this, a);
    record(before, this);
    return out;
  });
  vi.spyOn(Fetcher.prototype, 'clearAssignment').mockImplementation(function (this: Fetcher) {
    const before = held(this);
    clearAssignment.call(this);
    record(before, this);
  });
  return revoked;
}

/** Each member's consumed count every 250 ms over `ms`; a member absent from the report counts -1. */
function consumedEvery250(sim: TestSim, ids: string[], ms: number): number[][] {
  const rows: number[][] = [];
  for (let t = 0; t < ms; t += 250) {
    sim.advance(250);
    const members = sim.group('billing').members;
    rows.push(ids.map((id) => members.find((m) => m.memberId === id)?.recordsConsumed ?? -1));
  }
  return rows;
}

const ids = [1, 2, 3, 4].map((n) => `billing-consumer-${n}-000${n}`);

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the consumer rebalance protocol (KIP-848)', () => {
  it('forms the group on the coordinator: a group epoch per join, stable once every member reconciled', () => {
    const sim = billing({ groupProtocol: 'consumer' });
    sim.advance(30_000);
    const g = sim.group('billing');
    expect(g).toMatchObject({
      protocol: 'consumer',
      state: 'Stable',
      generation: 4,
      groupEpoch: 4,
      assignmentEpoch: 4,
      rebalances: 4,
      assignor: 'uniform',
    });
    expect(g.members.map((m) => [m.memberEpoch, m.memberState, m.reconciling])).toEqual([
      [4, 'STABLE', false],
      [4, 'STABLE', false],
      [4, 'STABLE', false],
      [4, 'STABLE', false],
    ]);
    // Each join bumped the group epoch; the last revocations were acknowledged on the 5 s heartbeats.
    expect(sim.transitions('billing')).toEqual([
      'Empty -> Stable',
      'Stable -> Reconciling',
      'Reconciling -> Stable',
    ]);
    expect(sim.eventLines('group-state').at(-1)).toBe('5001: Reconciling -> Stable: group epoch 4');
    expect(sim.assignment('billing')).toEqual({
      'billing-consumer-1-0001': ['orders-0', 'orders-1', 'orders-2'],
      'billing-consumer-2-0002': ['orders-6', 'orders-7', 'orders-8'],
      'billing-consumer-3-0003': ['orders-4', 'orders-5', 'orders-10'],
      'billing-consumer-4-0004': ['orders-3', 'orders-9', 'orders-11'],
    });
  });

  it('a 5th member: two partitions move, nobody else stops, the newcomer takes them on its next heartbeat', () => {
    const sim = billing({ groupProtocol: 'consumer' });
    const revoked = watchRevocations(() => stateOf(sim.sim));
    sim.advance(30_000);
    sim.sim.addConsumer('billing');
    const rows = consumedEvery250(sim, ids, 10_000);
    // Only the partitions uniform moves are revoked, each by its owner on its own heartbeat.
    expect(revoked.filter((r) => +r.split(':')[0]! >= 30_000)).toEqual([
      '30002: orders-8',
      '30003: orders-2',
    ]);
    expect(
      sim.eventLines('assignment').filter((l) => +l.split(':')[0]! >= 30_000 && / at member epoch /.test(l)),
    ).toEqual([
      '30002: billing-consumer-2-0002 at member epoch 4: revoked [orders-8], assigned []',
      '30003: billing-consumer-1-0001 at member epoch 4: revoked [orders-2], assigned []',
      // UNRELEASED_PARTITIONS until then: its next heartbeat, 4998 ms after the last revocation.
      '35001: billing-consumer-5-0005 at member epoch 5: revoked [], assigned [orders-2, orders-8]',
    ]);
    // Every old member consumes in every 250 ms through the change, those that gave up a partition too.
    for (let r = 1; r < rows.length; r++)
      for (let k = 0; k < 4; k++) expect(rows[r]![k]).toBeGreaterThan(rows[r - 1]![k]!);
    const g = sim.group('billing');
    expect(g).toMatchObject({ state: 'Stable', generation: 5, groupEpoch: 5, rebalances: 5 });
    expect(sim.assignment('billing')).toEqual({
      'billing-consumer-1-0001': ['orders-0', 'orders-1'],
      'billing-consumer-2-0002': ['orders-6', 'orders-7'],
      'billing-consumer-3-0003': ['orders-4', 'orders-5', 'orders-10'],
      'billing-consumer-4-0004': ['orders-3', 'orders-9', 'orders-11'],
      'billing-consumer-5-0005': ['orders-2', 'orders-8'],
    });
    expect(g.duplicates).toBe(0);
  });

  it('classic eager revokes all 12 partitions for the same join; cooperative-sticky only the 2 it moves', () => {
    const eager = billing({});
    const eagerRevoked = watchRevocations(() => stateOf(eager.sim));
    eager.advance(30_000);
    eager.sim.addConsumer('billing');
    eager.advance(10_000);
    expect(eagerRevoked).toHaveLength(12);
    expect(new Set(eagerRevoked.map((r) => r.split(': ')[0]))).toEqual(new Set(['33001']));
    expect(eager.group('billing')).toMatchObject({ generation: 2, rebalances: 2 });
    vi.restoreAllMocks();

    const coop = billing({ assignor: 'cooperative-sticky' });
    const coopRevoked = watchRevocations(() => stateOf(coop.sim));
    coop.advance(30_000);
    coop.sim.addConsumer('billing');
    coop.advance(10_000);
    // KIP-429: the first round revokes, the second (a whole join round later) assigns.
    expect(coopRevoked).toEqual(['33001: orders-8', '33001: orders-9']);
    expect(coop.group('billing')).toMatchObject({ generation: 3, rebalances: 3 });
    expect(coop.eventLines('group-state').at(-1)).toBe(
      '36001: CompletingRebalance -> Stable: generation 3 assigned by cooperative-sticky',
    );
  });

  it('a crashed member is fenced when its 45 s session expires; the others take its partitions on their heartbeats', () => {
    const sim = billing({ groupProtocol: 'consumer' });
    sim.advance(20_000);
    sim.sim.crashConsumer('billing', 'billing-consumer-3');
    // Its last heartbeat was at 15002 ms: it stays in the group until 60002 ms.
    sim.advance(40_001);
    const crashed = sim.group('billing').members.find((m) => m.memberId === 'billing-consumer-3-0003');
    expect(crashed).toMatchObject({ status: 'crashed', evictionInMs: 1, memberEpoch: 4 });
    sim.advance(10_000);
    expect(
      sim
        .eventLines('member-removed', 'group-state', 'assignment')
        .filter((l) => +l.split(':')[0]! >= 60_000),
    ).toEqual([
      '60002: billing-consumer-3-0003 removed: the member session expired (45000 ms)',
      '60002: group epoch 5: billing-consumer-3-0003 removed: the member session expired (45000 ms)',
      '60002: Stable -> Assigning: group epoch 5',
      '60003: target assignment for group epoch 5 by the uniform assignor',
      '60003: Assigning -> Reconciling: group epoch 5',
      '60003: billing-consumer-1-0001 at member epoch 5: revoked [], assigned [orders-5]',
      '65002: billing-consumer-2-0002 at member epoch 5: revoked [], assigned [orders-10]',
      '65002: Reconciling -> Stable: group epoch 5',
      '65002: billing-consumer-4-0004 at member epoch 5: revoked [], assigned [orders-4]',
    ]);
    expect(sim.assignment('billing')).toEqual({
      'billing-consumer-1-0001': ['orders-0', 'orders-1', 'orders-2', 'orders-5'],
      'billing-consumer-2-0002': ['orders-6', 'orders-7', 'orders-8', 'orders-10'],
      'billing-consumer-4-0004': ['orders-3', 'orders-4', 'orders-9', 'orders-11'],
    });
  });

  it('uses the range assignor when group.remote.assignor says so: ranges by member id', () => {
    const sim = billing({ groupProtocol: 'consumer', groupRemoteAssignor: 'range' });
    sim.advance(30_000);
    expect(sim.group('billing')).toMatchObject({ state: 'Stable', assignor: 'range' });
    expect(sim.assignment('billing')).toEqual({
      'billing-consumer-1-0001': ['orders-0', 'orders-1', 'orders-2'],
      'billing-consumer-2-0002': ['orders-3', 'orders-4', 'orders-5'],
      'billing-consumer-3-0003': ['orders-6', 'orders-7', 'orders-8'],
      'billing-consumer-4-0004': ['orders-9', 'orders-10', 'orders-11'],
    });
  });

  it('runs in the fluid mode too: a 5th member gets two partitions and the group settles', () => {
    const sim = new TestSim({ mode: 'fluid' })
      .topic('orders', { partitions: 12 })
      .source('shop', { rate: 1200, keys: { type: 'uniform', count: 1000 } }, ['orders'])
      .sink('billing', { consumers: 4, groupProtocol: 'consumer' }, ['orders'])
      .start();
    sim.advance(30_000);
    sim.sim.addConsumer('billing');
    sim.advance(15_000);
    const g = sim.group('billing');
    expect(g).toMatchObject({ state: 'Stable', groupEpoch: 5, assignmentEpoch: 5 });
    expect(g.members.map((m) => Object.values(m.assignment).flat().length).sort()).toEqual([2, 2, 2, 3, 3]);
    expect(g.recordsConsumed).toBeGreaterThan(40_000);
  });
});
