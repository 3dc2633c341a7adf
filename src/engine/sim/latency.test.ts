// Network round trips (rttMs, crossRackRttMs, client.rack): produce latency, end-to-end latency, the in-flight limit
// on a producer's throughput, and the consumer's fetch settings, on designs whose figures can be worked out by hand.
// Every leg of a trip ends on a tick (1 ms here), so a figure may come out up to a tick or two above the hand's.
import { describe, expect, it } from 'vitest';
import { TestSim } from './sim.testing';

const racks = [
  { id: 1, rack: 'a' },
  { id: 2, rack: 'b' },
  { id: 3, rack: 'c' },
];

describe('produce latency', () => {
  it('acks=1, one broker: send() to acknowledgement is one round trip (rttMs 10)', () => {
    // linger.ms 0: a record goes out in the tick it was sent; the request takes 5 ms to the leader, the answer 5 back.
    const t = new TestSim()
      .cluster({ brokers: [{ id: 1 }], rttMs: 10 })
      .topic('t', { partitions: 1 })
      .source('s', { rate: 100, lingerMs: 0, acks: '1' }, ['t'])
      .start()
      .advance(20_000);
    const s = t.sim.report().sources[0]!;
    expect(s.latencyMs!.p50).toBeGreaterThanOrEqual(10);
    expect(s.latencyMs!.p50).toBeLessThanOrEqual(11 * 1.004);
    expect(s.latencyMs!.p999).toBeLessThanOrEqual(11 * 1.004);
    // request-latency-avg: send to answer, exactly the round trip.
    expect(s.requestLatencyAvgMs).toBe(10);
  });

  it('acks=all, RF 3 across racks: the client round trip plus a follower round trip (10 + 20 ms)', () => {
    // The leader (broker 1, rack a) is in the client's rack: 10 ms. Its followers are in racks b and c: 20 ms each.
    // A follower's fetch waits at the leader (a long poll) and is answered as the batch arrives; the high watermark
    // moves when its next fetch, 20 ms later, reports its log end: 5 + 20 + 5 = 30 ms.
    const t = new TestSim()
      .cluster({ brokers: racks, rttMs: 10, crossRackRttMs: 20 })
      .topic('t', { partitions: 1, replicationFactor: 3 })
      .source('s', { rate: 100, lingerMs: 0, acks: 'all', rack: 'a' }, ['t'])
      .start()
      .advance(20_000);
    const r = t.sim.report();
    expect(r.topics[0]!.partitions[0]!.leader).toBe(1);
    const p = r.sources[0]!.latencyMs!;
    expect(p.p50).toBeGreaterThanOrEqual(30);
    expect(p.p50).toBeLessThanOrEqual(32 * 1.004);
    // A record that reaches the leader while a follower's fetch is on its way back waits for that follower's next
    // fetch: up to a further 10 ms (records come every 10 ms), 40 ms in all.
    expect(p.p999).toBeLessThanOrEqual(42 * 1.004);
  });

  it('a client without a rack in a racked cluster crosses racks', () => {
    const t = new TestSim()
      .cluster({ brokers: racks, rttMs: 10, crossRackRttMs: 20 })
      .topic('t', { partitions: 1 })
      .source('s', { rate: 100, lingerMs: 0, acks: '1' }, ['t'])
      .start()
      .advance(5000);
    expect(t.sim.report().sources[0]!.requestLatencyAvgMs).toBe(20);
  });
});

describe('end-to-end latency', () => {
  it('acks=1: half a round trip to the leader and half back to the waiting consumer (10 ms)', () => {
    // The consumer's fetch waits at the leader (fetch.min.bytes 1) and is answered as the record arrives.
    const t = new TestSim()
      .cluster({ brokers: [{ id: 1 }], rttMs: 10 })
      .topic('t', { partitions: 1 })
      .source('s', { rate: 100, lingerMs: 0, acks: '1' }, ['t'])
      .sink('k', {}, ['t'])
      .start()
      .advance(20_000);
    const p = t.group('k').latencyMs!;
    expect(p.p50).toBeGreaterThanOrEqual(10);
    expect(p.p50).toBeLessThanOrEqual(12 * 1.004);
  });

  it('acks=all across racks: the high watermark at 25 ms, then half the consumer round trip (30 ms)', () => {
    const t = new TestSim()
      .cluster({ brokers: racks, rttMs: 10, crossRackRttMs: 20 })
      .topic('t', { partitions: 1, replicationFactor: 3 })
      .source('s', { rate: 100, lingerMs: 0, acks: 'all', rack: 'a' }, ['t'])
      .sink('k', { rack: 'a' }, ['t'])
      .start()
      .advance(20_000);
    const p = t.group('k').latencyMs!;
    expect(p.p50).toBeGreaterThanOrEqual(30);
    expect(p.p50).toBeLessThanOrEqual(32 * 1.004);
  });
});

describe('max.in.flight.requests.per.connection x batch / round trip', () => {
  it('caps one producer at one 16 KB batch per 100 ms round trip: about 160 KB/s', () => {
    // 1,000 records/s of 1,000 bytes (1 MB/s) into one partition; batch.size 16,384 holds 16 such records; one request
    // in flight and a 100 ms round trip: at most 16 records per 100 ms, 160 records/s.
    const t = new TestSim()
      .cluster({ brokers: [{ id: 1 }], rttMs: 100 })
      .topic('t', { partitions: 1 })
      .source(
        's',
        {
          rate: 1000,
          recordSize: { type: 'fixed', bytes: 1000 },
          acks: '1',
          maxInFlightRequestsPerConnection: 1,
        },
        ['t'],
      )
      .start()
      .advance(10_000);
    const before = t.sim.report().sources[0]!.recordsAcked;
    t.advance(10_000);
    const s = t.sim.report().sources[0]!;
    const perSec = (s.recordsAcked - before) / 10;
    // The next request goes in the tick after the answer: 16 records per 101 ms, 158 a second.
    expect(perSec).toBeGreaterThanOrEqual(158);
    expect(perSec).toBeLessThanOrEqual(160);
    expect(s.recordsPerRequestAvg).toBeCloseTo(16, 0);
    expect(s.requestLatencyAvgMs).toBe(100);
    // The Capacity answer's formula agrees: max.in.flight x records per batch / round trip = 1 x 16 / 0.1 s.
    const topic = t.sim.report({ capacity: true }).capacity!.topics[0]!;
    expect(topic.perPartitionRecordsPerSec).toBe(160);
  });
});

describe('consumer fetch settings', () => {
  it('fetch.min.bytes 10000: a fetch waits for 10,000 bytes, or fetch.max.wait.ms (500 ms) for a slow source', () => {
    const run = (rate: number) =>
      new TestSim()
        .topic('t', { partitions: 1, replicationFactor: 1 })
        .source('s', { rate, lingerMs: 0, acks: '1', recordSize: { type: 'fixed', bytes: 1000 } }, ['t'])
        .sink('k', { fetchMinBytes: 10_000 }, ['t'])
        .start()
        .advance(30_000)
        .group('k').latencyMs!;
    // 1,000 records/s of about 1 KB: 10,000 bytes gather in about 10 ms, so a record waits up to ~10 ms.
    const fast = run(1000);
    expect(fast.p999).toBeLessThanOrEqual(11 * 1.004);
    expect(fast.p50).toBeGreaterThanOrEqual(4);
    // 3 records/s: 10,000 bytes take over 3 s, so every fetch is answered at fetch.max.wait.ms; a record waits for the
    // end of the fetch it arrives in, never more than 500 ms; here a fetch starts when the last one brought a record,
    // so the next record (333 ms later) waits the rest of its 500 ms: records wait hundreds of ms where the fast
    // source's waited a few.
    const slow = run(3);
    expect(slow.p999).toBeLessThanOrEqual(501 * 1.004);
    expect(slow.p999).toBeGreaterThanOrEqual(160);
    expect(slow.p50).toBeGreaterThanOrEqual(100);
  });

  it('max.partition.fetch.bytes caps what one fetch brings from a partition', () => {
    // A 20,000-record backlog of 1,000-byte records; each fetch brings at most 5,000 bytes (4 records: a record is
    // 1,000 bytes and the rest of a 5th does not fit), and a fetch takes the 10 ms round trip: 400 records/s at most.
    const t = new TestSim()
      .cluster({ brokers: [{ id: 1 }], rttMs: 10 })
      .topic('t', { partitions: 1 })
      .source('s', { rate: 2000, acks: '1', recordSize: { type: 'fixed', bytes: 1000 } }, ['t'])
      .sink('k', { autoOffsetReset: 'earliest', maxPartitionFetchBytes: 5000 }, ['t'])
      .start()
      .advance(10_000);
    const before = t.group('k').recordsConsumed;
    t.advance(10_000);
    const perSec = (t.group('k').recordsConsumed - before) / 10;
    expect(perSec).toBeLessThanOrEqual(500);
    expect(perSec).toBeGreaterThan(300);
  });
});
