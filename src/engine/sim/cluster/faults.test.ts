// Faults from the document's schedule: a throttled broker, a killed processor, a paused source, a slowed consumer.
import { describe, expect, it } from 'vitest';
import { TestSim } from '../sim.testing';

describe('a throttled broker', () => {
  const throttled = (acks: 'all' | '1') =>
    new TestSim()
      .topic('orders', { partitions: 1, replicationFactor: 3, minInsyncReplicas: 2 })
      .source('shop', { rate: 5000, recordSize: { type: 'fixed', bytes: 1000 }, acks }, ['orders'])
      .faults([
        { atMs: 10_000, type: 'broker-throttle', broker: 3, networkMBps: 1 },
        { atMs: 60_000, type: 'broker-throttle', broker: 3, networkMBps: null },
      ])
      .start();

  it('falls behind and leaves the ISR after replica.lag.time.max.ms, then rejoins once the throttle lifts', () => {
    const t = throttled('1').advance(120_000);
    // Broker 3 last caught up at about 10 s; the leader checks every 15 s (replica.lag.time.max.ms / 2): at
    // 45 s it has lagged more than 30 s.
    expect(t.eventLines('isr')[0]).toBe('45000: ISR is now [1, 2]');
    expect(t.eventLines('isr')[1]).toMatch(/^6\d{4}: ISR is now \[1, 2, 3\]$/);
    expect(t.partition('orders', 0).isr).toEqual([1, 2, 3]);
  });

  it('with acks=all holds the producer back instead: the slow follower stays in sync', () => {
    const t = throttled('all').advance(59_000);
    expect(t.eventLines('isr')).toEqual([]);
    const shop = t.delivery('shop');
    // 5 MB/s offered for 49 s of throttle, the follower takes 1 MB/s: once buffer.memory is full, send() blocks
    // (BufferPool) and the application produces at the follower's pace; nothing fails. About 50,000 records in the
    // first 10 s, then 49 s at the follower's 1,000,000 / 16,061 batches a second (16 records of 1,000 bytes and
    // 61 bytes of overhead each) = 48,814 records, plus buffer.memory's 2,048 batches (32 MiB / 16 KiB) = 32,768
    // held in the accumulator: about 131,582. The exact count, 17 fewer, is the simulator's own: when blocked sends
    // wake as the throttled link frees a batch.
    expect(shop.recordsProduced).toBe(131_565);
    expect(shop.recordsFailed).toBe(0);
    // send() waited on BufferPool for 33.2 of the 49 s of throttle; the simulator's own figure, the sum of every
    // blocked send's wait.
    expect(shop.blockedMs).toBe(33_195);
    expect(shop.recordsLost).toBe(0);
  });
});

describe('application faults', () => {
  function pipeline() {
    return new TestSim()
      .topic('in', { partitions: 2 })
      .topic('out', { partitions: 2 })
      .source('app', { rate: 100 }, ['in'])
      .processor('enrich', { consumers: 2 }, ['in'], ['out'])
      .sink('store', { autoOffsetReset: 'earliest' }, ['out'])
      .faults([
        { atMs: 10_000, type: 'processor-kill', node: 'enrich' },
        { atMs: 30_000, type: 'processor-restart', node: 'enrich' },
        { atMs: 40_000, type: 'source-pause', node: 'app' },
        { atMs: 50_000, type: 'source-resume', node: 'app' },
        { atMs: 55_000, type: 'consumer-slow', node: 'store', processingRate: 10 },
      ])
      .start();
  }

  it('a killed processor stops: its consumers crash and its output stops until it restarts', () => {
    const t = pipeline().advance(10_500);
    expect(t.sim.report().processors[0]!.killed).toBe(true);
    expect(t.eventLines('member-crashed')).toEqual([
      '10000: enrich-consumer-1-0001 crashed',
      '10000: enrich-consumer-2-0002 crashed',
    ]);
    const produced = t.sim.report().processors[0]!.recordsProduced;
    t.advance(19_000);
    expect(t.sim.report().processors[0]!.recordsProduced).toBe(produced);
    // The new consumers join at 30 s, but the group waits for the crashed members until their sessions expire
    // (session.timeout.ms, 45 s after their last heartbeat): the processor's output resumes after that.
    t.advance(40_000);
    const enrich = t.sim.report().processors[0]!;
    expect(enrich.killed).toBe(false);
    // What the processor forwarded before the kill and since its consumers rejoined: the simulator's own counts
    // (when the first rebalance ended and where the new consumers start after the session timeouts).
    expect(produced).toBe(400);
    expect(enrich.recordsProduced).toBe(1950);
    expect(t.group('enrich').members).toHaveLength(2);
  });

  it('a paused source sends nothing while paused', () => {
    const t = pipeline().advance(40_000);
    const before = t.delivery('app').recordsProduced;
    t.advance(10_000);
    expect(t.delivery('app')).toMatchObject({ recordsProduced: before, paused: true });
    t.advance(1000);
    expect(t.delivery('app').recordsProduced - before).toBe(100);
  });

  it('a slowed consumer processes at its own rate and the lag grows', () => {
    const t = pipeline().advance(56_000);
    const lag = t.group('store').lag;
    t.advance(10_000);
    // The lag is the committed lag (high watermark − committed offset). The slowed consumer works through the poll
    // it holds at 10 records/s and commits nothing meanwhile, so the lag grows at the source's full 100 records/s:
    // 1,000 in 10 s. (The 200 at 56 s is the simulator's own: where the last auto-commit left the offsets.)
    expect(lag).toBe(200);
    expect(t.group('store').lag).toBe(lag + 100 * 10);
    expect(t.eventLines('fault')).toContain('55000: store-consumer-1 slowed to 10 records/s');
  });

  it('replays the same way: the same design and seed give the same report', () => {
    const a = pipeline().advance(70_000).sim.report();
    const b = pipeline().advance(70_000).sim.report();
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });
});
