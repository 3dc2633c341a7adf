// When Kafka loses acknowledged records, and when it does not: acks, min.insync.replicas and unclean elections.
import { describe, expect, it } from 'vitest';
import { TestSim } from '../sim.testing';

/**
 * Followers fall behind (their brokers' network throttled to 1 MB/s against 10 MB/s produced) but stay in the ISR,
 * since replica.lag.time.max.ms (30 s) has not passed; then the leader dies and a follower with a shorter log leads.
 */
function laggingFollowers(acks: 'all' | '1') {
  return new TestSim()
    .topic('orders', { partitions: 1, replicationFactor: 3, minInsyncReplicas: 2 })
    .source('shop', { rate: 10_000, recordSize: { type: 'fixed', bytes: 1000 }, acks }, ['orders'])
    .faults([
      { atMs: 10_000, type: 'broker-throttle', broker: 2, networkMBps: 1 },
      { atMs: 10_000, type: 'broker-throttle', broker: 3, networkMBps: 1 },
      { atMs: 20_000, type: 'broker-kill', broker: 1 },
    ])
    .start();
}

describe('acknowledged records lost, or not', () => {
  it('acks=1: records the leader acknowledged but the followers never fetched are gone after the election', () => {
    const t = laggingFollowers('1').advance(19_999);
    const before = t.partition('orders', 0);
    expect(before.isr).toEqual([1, 2, 3]);
    // Each follower's 1 MB/s carried 10 s × 1,000,000 bytes: 622 whole batches of 16 records (16 × 1,000 bytes +
    // 61 bytes of batch overhead = 16,061 bytes), 9,952 records on top of the 100,000 of the first 10 s.
    expect(before.replicaLogEndOffsets).toEqual([199_984, 109_952, 109_952]);
    t.advance(20_001);
    const after = t.partition('orders', 0);
    // Broker 2 is the first ISR member in assignment order: it leads with its shorter log.
    expect(after.leader).toBe(2);
    expect(t.delivery('shop').recordsLost).toBe(199_984 - 109_952);
    expect(t.eventLines('truncation')).toContain(
      "29000: the new leader's log ends at 109952; records 109952..199983 are gone (90032 of them were acknowledged: lost)",
    );
  });

  it('acks=all: the same failure loses nothing acknowledged; the unacknowledged tail is retried', () => {
    const t = laggingFollowers('all').advance(40_000);
    const shop = t.delivery('shop');
    expect(shop.recordsLost).toBe(0);
    expect(shop.recordsRetried).toBeGreaterThan(0);
    // The high watermark moved only as fast as the throttled followers fetched: the producer was held back.
    expect(shop.recordsAcked).toBeLessThan(200_000);
  });

  it('an unclean election loses what only the dead leader had; a clean-only topic waits offline instead', () => {
    const run = (unclean: boolean) =>
      new TestSim()
        .topic('orders', {
          partitions: 1,
          replicationFactor: 2,
          minInsyncReplicas: 1,
          uncleanLeaderElectionEnable: unclean,
        })
        .source('shop', { rate: 1000, acks: 'all' }, ['orders'])
        .sink('billing', { autoOffsetReset: 'earliest' }, ['orders'])
        .faults([
          // The follower dies first: the ISR shrinks to the leader alone, which keeps acknowledging (min ISR 1).
          { atMs: 10_000, type: 'broker-kill', broker: 2 },
          { atMs: 30_000, type: 'broker-kill', broker: 1 },
          { atMs: 50_000, type: 'broker-restart', broker: 2 },
        ])
        .start()
        .advance(60_000);

    const unclean = run(true);
    // Broker 2 stopped at offset 9995; broker 1 acknowledged 9995..29996 alone before it died. (While broker 2 was
    // down but not yet fenced, the 5 requests max.in.flight allows waited for the high watermark and the records
    // behind them filled batches of batch.size, so the batches that followed lingered on a different phase.)
    expect(unclean.partition('orders', 0)).toMatchObject({ leader: 2, isr: [2], offline: false });
    expect(unclean.delivery('shop').recordsLost).toBe(20_002);
    expect(unclean.sim.report().controller.uncleanElections).toBe(1);
    expect(unclean.eventLines('offset-reset')).toContain(
      '50001: orders-0: truncation detected, the logs agree up to offset 9995; position 29997 reset to 9995',
    );

    const clean = run(false);
    expect(clean.partition('orders', 0)).toMatchObject({ leader: -1, offline: true });
    // The records produced since wait in the accumulator for a leader. A batch that cannot be drained stays open and
    // fills to batch.size (148 records of about 110 bytes in 16 KiB), so 30,002 records hold 203 of the 2048 batches
    // buffer.memory has room for (32 MiB / 16 KiB, BufferPool): send() never blocks.
    expect(clean.delivery('shop')).toMatchObject({
      recordsLost: 0,
      recordsAcked: 29_997,
      recordsInFlight: 30_002,
      recordsFailed: 0,
      recordsProduced: 29_997 + 30_002,
      blocked: false,
    });
  });

  it('a second unclean election brings back what the first one cut, and loses what the dead leader wrote since', () => {
    const t = new TestSim()
      .topic('orders', {
        partitions: 1,
        replicationFactor: 2,
        minInsyncReplicas: 1,
        uncleanLeaderElectionEnable: true,
      })
      .source('shop', { rate: 1000, acks: 'all' }, ['orders'])
      .faults([
        { atMs: 10_000, type: 'broker-kill', broker: 2 },
        { atMs: 30_000, type: 'broker-kill', broker: 1 },
        { atMs: 50_000, type: 'broker-restart', broker: 2 },
        { atMs: 60_000, type: 'broker-kill', broker: 2 },
        { atMs: 80_000, type: 'broker-restart', broker: 1 },
      ])
      .start();
    t.sim.runUntil(50_001);
    // Broker 2 leads with its log of 9995 records: broker 1's 20002 acknowledged records after it are gone. The
    // batches that waited meanwhile go to it at once: 5 requests (max.in.flight) of a full 148-record batch.
    expect(t.partition('orders', 0)).toMatchObject({ leader: 2, replicaLogEndOffsets: [29_997, 10_735] });
    expect(t.delivery('shop').recordsLost).toBe(20_002);
    t.sim.runUntil(80_001);
    // Broker 1 comes back as the only live replica: its 29997 records are the log again, and what broker 2
    // acknowledged after offset 9995 (30000 records: those that waited in the accumulator from 30 s, then the
    // producer at its rate until broker 2 died at 60 s) is gone instead.
    expect(t.partition('orders', 0)).toMatchObject({ leader: 1, replicaLogEndOffsets: [30_737, 39_995] });
    expect(t.eventLines('truncation')).toContain(
      "80000: the new leader's log ends at 9995; records 9995..39994 are gone (30000 of them were acknowledged: lost)",
    );
    expect(t.delivery('shop').recordsLost).toBe(20_002 + 30_000 - 20_002);
    const log = t.state.topics.get('orders')!.partitions[0]!;
    // The returning records keep their own timestamps: offset 29000 was produced at about 29 s, before the cuts.
    expect(log.timestampAt(29_000)).toBeGreaterThanOrEqual(29_000);
    expect(log.timestampAt(29_000)).toBeLessThan(29_100);
  });

  it('acks=all with min.insync.replicas=2 refuses writes while only the leader is in sync', () => {
    const t = new TestSim()
      .topic('orders', { partitions: 1, replicationFactor: 3, minInsyncReplicas: 2 })
      .source('shop', { rate: 1000, acks: 'all' }, ['orders'])
      .faults([
        { atMs: 10_000, type: 'broker-kill', broker: 2 },
        { atMs: 10_000, type: 'broker-kill', broker: 3 },
      ])
      .start()
      .advance(150_000);
    const p = t.partition('orders', 0);
    expect(p).toMatchObject({ leader: 1, isr: [1], underMinIsr: true });
    const shop = t.delivery('shop');
    expect(shop.recordsLost).toBe(0);
    // After delivery.timeout.ms (120 s) the producer gives up on what it could not write.
    expect(shop.recordsFailed).toBeGreaterThan(0);
    expect(t.eventLines('produce-error').some((l) => l.includes('NOT_ENOUGH_REPLICAS'))).toBe(true);
  });
});

describe('retries, duplicates and order', () => {
  const run = (enableIdempotence: boolean) =>
    new TestSim()
      .topic('orders', { partitions: 3, replicationFactor: 3, minInsyncReplicas: 2 })
      // linger.ms 0: a batch of 5 records every millisecond, so one is in flight whenever a leader dies.
      .source('shop', { rate: 5000, acks: 'all', enableIdempotence, lingerMs: 0 }, ['orders'])
      .sink('billing', { autoOffsetReset: 'earliest' }, ['orders'])
      .faults([
        { atMs: 10_000, type: 'broker-kill', broker: 1 },
        { atMs: 20_000, type: 'broker-kill', broker: 2 },
        { atMs: 20_000, type: 'broker-restart', broker: 1 },
      ])
      .start()
      .advance(60_000);

  it('without idempotence, a retried batch the new leader already had is written twice', () => {
    const shop = run(false).delivery('shop');
    // The 5-record batch in flight on broker 2 when it died (NETWORK_EXCEPTION), retried to broker 3 after the
    // election: broker 3 had fetched it already.
    expect(shop.recordsDuplicated).toBe(5);
    expect(shop.recordsLost).toBe(0);
  });

  it('with idempotence, the broker answers the retry from its log: no duplicates', () => {
    const shop = run(true).delivery('shop');
    expect(shop.recordsDuplicated).toBe(0);
    expect(shop.recordsLost).toBe(0);
    expect(shop.recordsRetried).toBeGreaterThan(0);
  });
});
