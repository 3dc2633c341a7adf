// Batches wait like Kafka's (RecordAccumulator.ready / drain, Sender.sendProducerData), and no request goes to a
// broker the producer cannot connect to (NetworkClient.ready, ClusterConnectionStates).
import { describe, expect, it } from 'vitest';
import { TestSim } from './sim.testing';

/**
 * Kafka's batch of 100-byte values without a key under batch.size 16,384 (MemoryRecordsBuilder, DefaultRecord): a
 * 61-byte v2 batch header, then records of 109 bytes while the offset and timestamp deltas are below 64 (a 2-byte
 * length varint, attributes, 1-byte deltas, a null key, a 2-byte value length, 100 bytes, no headers) and 111 bytes
 * after: 61 + 64 x 109 + 84 x 111 = 16,361 bytes for 148 records; a 149th would need 16,472.
 */
const RECORDS_PER_FULL_BATCH = 148;
const FULL_BATCH_BYTES = 61 + 64 * 109 + 84 * 111;

describe('batches', () => {
  it('fill up to batch.size while their partition has no leader, instead of one batch per linger.ms', () => {
    // One partition (RF 1) at 1,000 records/s; its only broker dies at 10 s and returns at 40 s.
    const t = new TestSim()
      .topic('logs', { partitions: 1 })
      .source('app', { rate: 1000 }, ['logs'])
      .faults([
        { atMs: 10_000, type: 'broker-kill', broker: 1 },
        { atMs: 40_000, type: 'broker-restart', broker: 1 },
      ])
      .start();
    t.sim.runUntil(39_999);
    const producer = t.state.sources.get('app')!.producer;
    const queued = producer.queuedBatches('logs', 0);
    // 30,003 records wait (the 5 lingering at the kill, then 29,998 more): 202 full batches and the open one.
    // Before, a batch was closed every linger.ms (5 ms): about 6,000 batches of 5 records.
    expect(t.delivery('app').recordsInFlight).toBe(30_003);
    expect(queued).toHaveLength(203);
    expect(queued.slice(0, 202).every((n) => n === RECORDS_PER_FULL_BATCH)).toBe(true);
    expect(queued[202]).toBe(30_003 - 202 * RECORDS_PER_FULL_BATCH);
    // Once the broker is back, max.in.flight.requests.per.connection (5) requests go per millisecond, each one
    // full batch (this topic's only partition): 75 requests of 148 records in 15 ms.
    t.sim.runUntil(40_015);
    expect(t.logEndOffsets('logs')).toEqual([9995 + 75 * RECORDS_PER_FULL_BATCH]);
    const d = t.delivery('app');
    // batch-size-avg and records-per-request-avg over the last 30-60 s: 5-record batches before the kill (one per
    // linger.ms, 5 ms at one record per ms) and the full ones after.
    // Over the two 30 s samples: 2,074 requests, one batch each, carrying 21,095 records and 2,438,469 bytes. How many of
    // each kind they hold is the simulator's own (where its 30 s samples fall), not a closed form.
    expect(d.recordsPerRequestAvg).toBe(21_095 / 2_074);
    expect(d.batchSizeAvg).toBe(2_438_469 / 2_074);
  }, 30_000);

  it('report batch-size-avg and records-per-request-avg as Kafka computes them', () => {
    // 1,000 records/s, linger.ms 5: a batch goes when its first record has waited 5 ms, holding 5 records of 100 B
    // (61 + 5 x 109 = 606 bytes); one partition, so one batch per request.
    const t = new TestSim().topic('logs', { partitions: 1 }).source('app', { rate: 1000 }, ['logs']).start();
    t.advance(20_000);
    expect(t.delivery('app')).toMatchObject({ batchSizeAvg: 606, recordsPerRequestAvg: 5 });
    // Nothing sent for 60 s (two 30 s samples): Kafka's NaN, null in the report.
    t.sim.pauseSource('app', true);
    t.advance(60_100);
    expect(t.delivery('app')).toMatchObject({ batchSizeAvg: null, recordsPerRequestAvg: null });
    expect(FULL_BATCH_BYTES).toBe(16_361);
  }, 30_000);

  it('drain per leader: a slow broker does not hold back the fast one', () => {
    // Two brokers, a partition each, keyed records at 2,000 records/s; broker 2 throttled to 0.01 MB/s.
    const t = new TestSim()
      .cluster({ brokers: [{ id: 1 }, { id: 2 }] })
      .topic('logs', { partitions: 2 })
      .source('app', { rate: 2000, keys: { type: 'uniform', count: 100 } }, ['logs'])
      .faults([{ atMs: 0, type: 'broker-throttle', broker: 2, networkMBps: 0.01 }])
      .start()
      .advance(10_000);
    expect([0, 1].map((p) => t.partition('logs', p).leader)).toEqual([1, 2]);
    const producer = t.state.sources.get('app')!.producer;
    // Partition 0 (broker 1) sends every linger.ms: only its open batch waits.
    expect(producer.queuedBatches('logs', 0)).toEqual([3]);
    // Partition 1 (broker 2) waits for its link: 69 full batches of 140 keyed records (the most batch.size holds)
    // and the open one.
    expect(producer.queuedBatches('logs', 1)).toEqual([...new Array<number>(69).fill(140), 17]);
    expect(t.logEndOffsets('logs')).toEqual([9414, 905]);
  }, 30_000);
});

describe('a dead leader', () => {
  it('gets no requests: retries count only the requests that failed, resent once to the new leader', () => {
    // RF 3, min.insync.replicas 2, 10,000 records/s of 1 KB with acks=all; the followers' brokers are throttled to
    // 1 MB/s, so requests wait for the high watermark; the leader (broker 1) is killed at 20 s and fenced at 29 s.
    const t = new TestSim()
      .topic('orders', { partitions: 1, replicationFactor: 3, minInsyncReplicas: 2 })
      .source('shop', { rate: 10_000, recordSize: { type: 'fixed', bytes: 1000 }, acks: 'all' }, ['orders'])
      .faults([
        { atMs: 10_000, type: 'broker-throttle', broker: 2, networkMBps: 1 },
        { atMs: 10_000, type: 'broker-throttle', broker: 3, networkMBps: 1 },
        { atMs: 20_000, type: 'broker-kill', broker: 1 },
      ])
      .start();
    // The 5 requests in flight (max.in.flight.requests.per.connection) fail with NETWORK_EXCEPTION when the
    // connection drops. Until the fencing nothing is sent: the producer cannot connect to broker 1.
    t.sim.runUntil(28_999);
    expect(t.partition('orders', 0).leader).toBe(1);
    expect(t.delivery('shop').recordsRetried).toBe(0);
    t.sim.runUntil(40_000);
    expect(t.partition('orders', 0).leader).toBe(2);
    // Each of the 5 failed batches (16 records of 1 KB, the most under batch.size) is resent once, to broker 2:
    // 80 records retried. (Before, the idempotent producer "resent" them to the dead broker at every backoff: 848.)
    expect(t.delivery('shop')).toMatchObject({ recordsRetried: 5 * 16, recordsLost: 0 });
    expect(t.eventLines('produce-error')).toContain('20001: orders-0: NETWORK_EXCEPTION, retrying');
  }, 30_000);
});
