import { describe, expect, it } from 'vitest';
import { TestSim } from './sim.testing';

/** One topic `orders` with `partitions`, a steady source, and a sink group `billing`. */
function billing(partitions: number, sink: Parameters<TestSim['sink']>[1], rate = 1000) {
  return new TestSim()
    .topic('orders', { partitions })
    .source('shop', { rate, keys: { type: 'uniform', count: 100 } }, ['orders'])
    .sink('billing', sink, ['orders'])
    .start();
}

describe('the group coordinator (classic protocol)', () => {
  it('forms a new group through PreparingRebalance and CompletingRebalance to Stable, after the initial delay', () => {
    const sim = billing(3, { consumers: 1 });
    // The consumer joins on its first poll (t = 1 ms); group.initial.rebalance.delay.ms = 3000.
    sim.advance(3000);
    expect(sim.group('billing').state).toBe('PreparingRebalance');
    sim.advance(1);
    expect(sim.group('billing')).toMatchObject({ state: 'Stable', generation: 1, rebalances: 1 });
    expect(sim.transitions('billing')).toEqual([
      'Empty -> PreparingRebalance',
      'PreparingRebalance -> CompletingRebalance',
      'CompletingRebalance -> Stable',
    ]);
  });

  it('waits one more initial delay when more members join during the first (InitialDelayedJoin)', () => {
    const sim = billing(3, { consumers: 3 });
    sim.advance(3001);
    expect(sim.group('billing').state).toBe('PreparingRebalance');
    sim.advance(3000);
    expect(sim.group('billing')).toMatchObject({ state: 'Stable', generation: 1 });
    expect(sim.group('billing').members).toHaveLength(3);
  });

  it('splits partitions with the range assignor by member id, and a consumer beyond the partition count sits idle', () => {
    const sim = billing(3, { consumers: 4 });
    sim.advance(6001);
    expect(sim.assignment('billing')).toEqual({
      'billing-consumer-1-0001': ['orders-0'],
      'billing-consumer-2-0002': ['orders-1'],
      'billing-consumer-3-0003': ['orders-2'],
      'billing-consumer-4-0004': [],
    });
  });

  it('rebalances when a consumer joins a stable group: eager members stop until the new generation', () => {
    const sim = billing(6, { consumers: 2 });
    sim.advance(7000);
    expect(sim.group('billing').generation).toBe(1);
    sim.sim.addConsumer('billing');
    // The newcomer joins at once; the others hear of it on their next heartbeat (every 3 s) and rejoin.
    sim.advance(1);
    expect(sim.group('billing').state).toBe('PreparingRebalance');
    sim.advance(3000);
    expect(sim.group('billing')).toMatchObject({ state: 'Stable', generation: 2, rebalances: 2 });
    expect(sim.assignment('billing')).toEqual({
      'billing-consumer-1-0001': ['orders-0', 'orders-1'],
      'billing-consumer-2-0002': ['orders-2', 'orders-3'],
      'billing-consumer-3-0003': ['orders-4', 'orders-5'],
    });
  });

  it('removes a crashed consumer after session.timeout.ms and hands its partitions over', () => {
    const sim = billing(4, { consumers: 2, sessionTimeoutMs: 10_000 });
    sim.advance(7000);
    sim.sim.crashConsumer('billing', 'billing-consumer-2');
    sim.advance(9000);
    expect(sim.group('billing')).toMatchObject({ state: 'Stable', generation: 1 });
    sim.advance(7000);
    expect(sim.group('billing').generation).toBe(2);
    expect(sim.assignment('billing')).toEqual({
      'billing-consumer-1-0001': ['orders-0', 'orders-1', 'orders-2', 'orders-3'],
    });
  });

  it('counts as duplicates the records a crashed consumer processed but never committed', () => {
    const sim = billing(2, { consumers: 2, sessionTimeoutMs: 10_000, autoCommitIntervalMs: 5000 });
    // Stable at 6001 ms, first auto-commit at 11001 ms; at 14000 ms about 3 s of records are uncommitted.
    sim.advance(14_000);
    const group = sim.state.groups.get('billing')!;
    const victim = group.members[1]!;
    const [partition] = victim.assignedPartitions;
    // Between two auto-commits the victim has read past its last commit.
    const committed = sim.committed('billing', 'orders')[partition!]!;
    const delivered = group.counters.get('orders')!.deliveredMark[partition!]!;
    // The victim's partition gets seed 1's share of the uniform key draws, so the counts are the simulator's own:
    // 1,584 records delivered past the commit at 11,001 ms.
    expect(committed).toBe(5805);
    expect(delivered).toBe(committed + 1584);
    victim.crash();
    sim.advance(20_000);
    expect(sim.group('billing').duplicates).toBe(delivered - committed);
  });

  it('loses no record and duplicates none when a consumer closes gracefully with auto-commit', () => {
    const sim = billing(4, { consumers: 2 });
    sim.advance(9000);
    sim.sim.removeConsumer('billing');
    sim.advance(10_000);
    const g = sim.group('billing');
    expect(g).toMatchObject({ state: 'Stable', generation: 2, duplicates: 0 });
    expect(g.members).toHaveLength(1);
  });

  it('leaves the group when processing one poll takes longer than max.poll.interval.ms', () => {
    // 500 records at 10 records/s take 50 s, past a 20 s max.poll.interval.ms.
    const sim = billing(1, {
      consumers: 1,
      processingRate: 10,
      maxPollIntervalMs: 20_000,
      autoOffsetReset: 'earliest',
    });
    sim.advance(3001);
    expect(sim.group('billing').members).toHaveLength(1);
    // The first poll after the assignment is at 3002 ms; the heartbeat thread gives up 20 s later.
    sim.advance(20_002);
    const left = sim.sim.recentEvents().filter((e) => e.type === 'member-left');
    expect(left.map((e) => e.message)).toEqual([
      'billing-consumer-1-0001 left the group (max.poll.interval.ms exceeded)',
    ]);
    expect(sim.group('billing').state).toBe('Empty');
  });
});

describe('cooperative-sticky (KIP-429)', () => {
  it('revokes a moving partition in one rebalance and assigns it in the next, while the others keep consuming', () => {
    const sim = billing(4, { consumers: 2, assignor: 'cooperative-sticky' });
    sim.advance(7000);
    expect(sim.assignment('billing')).toEqual({
      'billing-consumer-1-0001': ['orders-0', 'orders-2'],
      'billing-consumer-2-0002': ['orders-1', 'orders-3'],
    });
    sim.sim.addConsumer('billing');
    // Generation 2 (at 9001 ms): orders-3 leaves consumer 2 but is withheld from everyone for now.
    sim.advance(2001);
    expect(sim.group('billing').generation).toBe(2);
    expect(sim.assignment('billing')).toEqual({
      'billing-consumer-1-0001': ['orders-0', 'orders-2'],
      'billing-consumer-2-0002': ['orders-1'],
      'billing-consumer-3-0003': [],
    });
    const consumedBefore = sim.group('billing').members[0]!.recordsConsumed;
    // Consumer 2 revoked a partition, so it rejoins at once; the others hear of it on their next heartbeat.
    sim.advance(4000);
    expect(sim.group('billing')).toMatchObject({ state: 'Stable', generation: 3, rebalances: 3 });
    expect(sim.assignment('billing')).toEqual({
      'billing-consumer-1-0001': ['orders-0', 'orders-2'],
      'billing-consumer-2-0002': ['orders-1'],
      'billing-consumer-3-0003': ['orders-3'],
    });
    // Consumer 1 never stopped: it kept consuming its partitions through both rebalances.
    // 1,894 records in those 4 s: its two partitions' share of seed 1's uniform key draws (about 500 a second).
    expect(sim.group('billing').members[0]!.recordsConsumed).toBe(consumedBefore + 1894);
  });
});

describe('lag', () => {
  it('is the high watermark minus the committed offset, summed over partitions with a commit', () => {
    const sim = billing(3, { consumers: 1, processingRate: 300, autoOffsetReset: 'earliest' }, 600);
    sim.advance(30_000);
    const leo = sim.logEndOffsets('orders');
    const committed = sim.committed('billing', 'orders');
    expect(committed.every((c) => c >= 0)).toBe(true);
    const expected = leo.reduce((sum, end, p) => sum + end - committed[p]!, 0);
    expect(sim.lag('billing')).toBe(expected);
    expect(sim.group('billing').lag).toBe(expected);
  });

  it('grows when consumers are slower than producers and falls when a consumer is added', () => {
    // 1000 records/s in; one consumer processes 600/s: lag grows by about 400 records each second.
    const sim = billing(4, { consumers: 1, processingRate: 600, autoOffsetReset: 'earliest' });
    sim.advance(30_000);
    const before = sim.lag('billing');
    // The committed lag at 30 s, the simulator's own (where the last auto-commit left each partition).
    expect(before).toBe(14_997);
    sim.advance(20_000);
    const grown = sim.lag('billing');
    // 20 s of a 400 records/s deficit.
    expect(grown - before).toBe(20 * (1000 - 600));
    expect(sim.group('billing').lagTrend).toBe('growing');
    // Two more consumers: 1800/s of capacity against 1000/s in.
    sim.sim.addConsumer('billing');
    sim.sim.addConsumer('billing');
    sim.advance(30_000);
    // Down from 22,997 to 14,504: three consumers on four partitions, one of them holding two (about 500 records/s of
    // seed 1's key draws against its 600) and fetching them one broker request at a time (a partition whose records
    // ran out waits for its broker's fetch in flight), and consumption paused while the group rebalanced. The
    // simulator's own.
    expect(sim.lag('billing')).toBe(grown - 8_493);
    expect(grown).toBe(22_997);
    expect(sim.group('billing').lagTrend).toBe('draining');
  });
});
