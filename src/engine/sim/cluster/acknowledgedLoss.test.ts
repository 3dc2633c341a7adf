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

/** The lagging-followers source: 10,000 records/s of 1,000 bytes, 16 to a batch of batch.size 16 KiB. */
const RATE = 10_000;
const RECORDS_PER_BATCH = 16;
/** batch.size 16,384 holds 16 records of 1,000 bytes: 16 × 1,000 + 61 bytes of batch overhead = 16,061 bytes. */
const BATCH_BYTES = RECORDS_PER_BATCH * 1000 + 61;
/** What a follower had at the kill: the 100,000 records of the first 10 s, then 10 s of its 1 MB/s link in whole
 *  batches (10,000,000 / 16,061 = 622 batches, 9,952 records). */
const FOLLOWER_END_AT_KILL = RATE * 10 + Math.floor((10 * 1_000_000) / BATCH_BYTES) * RECORDS_PER_BATCH;

describe('acknowledged records lost, or not', () => {
  it('acks=1: records the leader acknowledged but the followers never fetched are gone after the election', () => {
    const t = laggingFollowers('1').advance(19_999);
    const before = t.partition('orders', 0);
    expect(before.isr).toEqual([1, 2, 3]);
    // The leader has every whole batch of the 199,990 records produced by 19,999 ms (10 per ms); the 6 records
    // after the last whole batch are still in the open batch (a batch fills in 1.6 ms, long before linger.ms 5).
    const leaderEnd = Math.floor((RATE * 19_999) / 1000 / RECORDS_PER_BATCH) * RECORDS_PER_BATCH;
    const followerEnd = FOLLOWER_END_AT_KILL;
    expect([leaderEnd, followerEnd]).toEqual([199_984, 109_952]);
    expect(before.replicaLogEndOffsets).toEqual([leaderEnd, followerEnd, followerEnd]);
    t.advance(20_001);
    const after = t.partition('orders', 0);
    // Broker 2 is the first ISR member in assignment order: it leads with its shorter log.
    expect(after.leader).toBe(2);
    expect(t.delivery('shop').recordsLost).toBe(leaderEnd - followerEnd);
    expect(t.eventLines('truncation')).toContain(
      "29000: the new leader's log ends at 109952; records 109952..199983 are gone (90032 of them were acknowledged: lost)",
    );
  });

  it('acks=all: the same failure loses nothing acknowledged; the unacknowledged tail is retried', () => {
    const t = laggingFollowers('all').advance(40_000);
    const shop = t.delivery('shop');
    expect(shop.recordsLost).toBe(0);
    // The requests in flight to broker 1 when it died: max.in.flight.requests.per.connection (5), one 16-record
    // batch each (one partition), retried to the new leader.
    expect(shop.recordsRetried).toBe(5 * RECORDS_PER_BATCH);
    // The high watermark moved only as fast as the throttled followers fetched: the producer was held back. By the
    // kill the followers had 109,952 records (as with acks=1 above); after broker 2 leads (broker.session.timeout.ms
    // 9 s after the kill) its 1 MB/s links carried 679 batches more by 40 s. That count is the simulator's own: it
    // follows from the throttled links' per-tick refills and when the retried requests land, no closed form.
    expect(shop.recordsAcked).toBe(FOLLOWER_END_AT_KILL + 679 * RECORDS_PER_BATCH);
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
    // The returning records keep their own timestamps: offset 29000 was produced at 29 s, before the cuts (constant
    // arrivals 1 ms apart, the first at 1 ms: offset n was produced at n + 1 ms).
    expect(log.timestampAt(29_000)).toBe(29_000 + 1);
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
    // After delivery.timeout.ms (120 s) the producer gives up on what it could not write: by 150 s, every record
    // produced up to 30 s (1,000 a second, one each ms from 1 ms) but the 9,995 acknowledged before the kill (those
    // of the last linger.ms, 5 ms, were still in the open batch at 10 s).
    const acked = 10 * 1000 - 5;
    expect(shop.recordsAcked).toBe(acked);
    expect(shop.recordsFailed).toBe(((150_000 - 120_000) / 1000) * 1000 - acked);
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
    // The simulator's own count: which 5-record batches were in flight to each dead leader depends on the race
    // between the kill and the requests' round trips across three partitions, no closed form. (A retry sent while
    // its partition is below min.insync.replicas is refused with NOT_ENOUGH_REPLICAS before the leader looks for the
    // duplicate, as Partition.appendRecordsToLeader orders it, and backs off: 158 retried records, not 301.)
    expect(shop.recordsRetried).toBe(158);
  });
});
