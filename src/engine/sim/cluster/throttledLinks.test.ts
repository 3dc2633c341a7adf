// A throttled link carries no more than its rate: over any second at most the rate plus one record batch (a fetch
// returns at least one batch so it makes progress, KIP-74; replica.fetch.max.bytes, 1,048,576, is only an upper
// bound), and a follower fetch counts each batch's RECORD_BATCH_OVERHEAD (61 bytes) as the leader's append does.
import { describe, expect, it } from 'vitest';
import { RECORD_BATCH_OVERHEAD } from '../../kafka/log/partitionLog';
import type { Bandwidth } from './bandwidth';
import { TestSim } from '../sim.testing';

/** broker-throttle's networkMBps for 1 KB/s and 1 MB/s (MB = 1,000,000 bytes). */
const ONE_KB_PER_S = 0.001;
const ONE_MB_PER_S = 1;

/** Steps one tick (1 ms) at a time for `ms` and returns the most bytes `link` carried in any 1,000 consecutive ms. */
function busiestSecond(t: TestSim, link: () => Bandwidth, ms: number): { max: number; total: number } {
  const carried = new Float64Array(ms + 1);
  const start = link().carried;
  for (let i = 1; i <= ms; i++) {
    t.advance(1);
    carried[i] = link().carried - start;
  }
  let max = 0;
  for (let i = 1000; i <= ms; i++) max = Math.max(max, carried[i]! - carried[i - 1000]!);
  return { max, total: carried[ms]! };
}

/** One partition, replication factor 2 on brokers 1 and 2, written with acks=1 so the leader never waits. */
function pair(source: Record<string, unknown>) {
  const t = new TestSim()
    .cluster({ brokers: [{ id: 1 }, { id: 2 }] })
    .topic('orders', { partitions: 1, replicationFactor: 2 })
    .source('shop', { acks: '1', recordSize: { type: 'fixed', bytes: 100 }, ...source }, ['orders'])
    .start();
  const [leader, follower] = t.partition('orders', 0).replicas as [number, number];
  return { t, leader, follower };
}

describe('a throttled follower', () => {
  it('at 1 KB/s takes at most 1,000 bytes + one batch in any second, and 1,000 bytes/s over a minute', () => {
    // 20 records/s of 100 bytes, linger.ms 0: one record per batch, 161 bytes with its overhead; 3,220 bytes/s
    // arrive, three times what the follower's link carries.
    const { t, follower } = pair({ rate: 20, lingerMs: 0 });
    t.sim.applyFault({ type: 'broker-throttle', broker: follower, networkMBps: ONE_KB_PER_S });
    const batch = 100 + RECORD_BATCH_OVERHEAD;
    const { max, total } = busiestSecond(t, () => t.state.cluster.broker(follower).networkIn, 60_000);
    expect(max).toBeLessThanOrEqual(1000 + batch);
    // 60 s at 1,000 bytes/s is 372.7 batches; a fetch takes a whole batch on credit, so the link carried 373.
    expect(total).toBe(Math.ceil(60_000 / batch) * batch);
    // Whole batches only: what the follower holds is a whole number of 161-byte batches.
    expect(total % batch).toBe(0);
  });

  it('at 1 MB/s takes at most 1,000,000 bytes + one batch (batch.size 16,384) in any second', () => {
    // 20,000 records/s of 100 bytes: 2 MB/s for a 1 MB/s link.
    const { t, follower } = pair({ rate: 20_000 });
    t.sim.applyFault({ type: 'broker-throttle', broker: follower, networkMBps: ONE_MB_PER_S });
    const { max, total } = busiestSecond(t, () => t.state.cluster.broker(follower).networkIn, 10_000);
    expect(max).toBeLessThanOrEqual(1_000_000 + 16_384);
    // 10 s at the rate, plus 534 bytes of the last batch fetched on credit: where the 10 s end cuts a batch is the
    // simulator's own (the batches' sizes follow linger.ms and the link's per-tick refills), no closed form.
    expect(total).toBe(10_000_000 + 534);
  });
});

describe('a throttled leader', () => {
  it('at 1 KB/s takes produce and serves its followers at most 1,000 bytes + one batch (batch.size 500) a second', () => {
    const t = new TestSim()
      .topic('orders', { partitions: 1, replicationFactor: 3 })
      .source('shop', { acks: '1', rate: 20, batchSize: 500, recordSize: { type: 'fixed', bytes: 100 } }, [
        'orders',
      ])
      .start();
    const leader = t.partition('orders', 0).leader;
    t.sim.applyFault({ type: 'broker-throttle', broker: leader, networkMBps: ONE_KB_PER_S });
    const broker = t.state.cluster.broker(leader);
    const outStart = broker.networkOut.carried;
    const into = busiestSecond(t, () => broker.networkIn, 30_000);
    expect(into.max).toBeLessThanOrEqual(1000 + 500);
    // 30 s at 1,000 bytes/s, to the byte: the link ran full throughout, and that no request straddled the end is
    // the simulator's own.
    expect(into.total).toBe(30 * 1000);
    // Network out over the same 30 s (two followers fetching what was written): within the rate too.
    expect(broker.networkOut.carried - outStart).toBeLessThanOrEqual(30_000 + 500);
    const out = busiestSecond(t, () => broker.networkOut, 30_000);
    expect(out.max).toBeLessThanOrEqual(1000 + 500);
  });

  it('at 1 MB/s takes produce and serves its followers at most 1,000,000 bytes + one batch (batch.size 16,384) a second', () => {
    // 20,000 records/s of 100 bytes: about 2.4 MB/s offered with record and batch framing.
    const t = new TestSim()
      .topic('orders', { partitions: 1, replicationFactor: 3 })
      .source('shop', { acks: '1', rate: 20_000, recordSize: { type: 'fixed', bytes: 100 } }, ['orders'])
      .start();
    const leader = t.partition('orders', 0).leader;
    t.sim.applyFault({ type: 'broker-throttle', broker: leader, networkMBps: ONE_MB_PER_S });
    const broker = t.state.cluster.broker(leader);
    const into = busiestSecond(t, () => broker.networkIn, 10_000);
    expect(into.max).toBeLessThanOrEqual(1_000_000 + 16_384);
    // 10 s at the rate plus the part of the last produce request taken on credit (the simulator's own: where the
    // 10 s end cuts a request).
    expect(into.total).toBe(10_000_000 + 5_075);
    const out = busiestSecond(t, () => broker.networkOut, 10_000);
    expect(out.max).toBeLessThanOrEqual(1_000_000 + 16_384);
  });

  it('keeps taking produce while its follower fetch catches up after a burst (no minute of refusals)', () => {
    // Two partitions on brokers 1 and 2: the throttled broker leads partition 0 and follows partition 1.
    const t = new TestSim()
      .cluster({ brokers: [{ id: 1 }, { id: 2 }] })
      .topic('orders', { partitions: 2, replicationFactor: 2 })
      .source(
        'steady',
        {
          acks: '1',
          rate: 1,
          lingerMs: 0,
          partitioner: 'fixed',
          partition: 0,
          recordSize: { type: 'fixed', bytes: 100 },
        },
        ['orders'],
      )
      .source(
        'burst',
        {
          acks: '1',
          rate: 1000,
          partitioner: 'fixed',
          partition: 1,
          recordSize: { type: 'fixed', bytes: 100 },
        },
        ['orders'],
      )
      .start();
    const throttled = t.partition('orders', 0).leader;
    expect(t.partition('orders', 1).replicas).toContain(throttled);
    expect(t.partition('orders', 1).leader).not.toBe(throttled);
    t.sim.applyFault({ type: 'broker-throttle', broker: throttled, networkMBps: ONE_KB_PER_S });
    t.advance(1000);
    // About 100 KB went to partition 1 in that second: 100 s of fetching at 1 KB/s for the throttled follower.
    t.sim.pauseSource('burst', true);
    // 999 records in that second, one each ms from 1 ms (the one due at 1,000 ms falls in the next tick, paused),
    // whole 5-record batches of linger.ms 5 appended; the last 4 still wait in the open batch.
    const burstProduced = 999;
    expect(t.partition('orders', 1).logEndOffset).toBe(Math.floor(burstProduced / 5) * 5);
    const p0 = t.state.topics.get('orders')!.partitions[0]!;
    let lastGrowthMs = t.sim.nowMs;
    let longestStall = 0;
    let leo = p0.logEndOffset;
    for (let ms = 1000; ms < 61_000; ms++) {
      t.advance(1);
      if (p0.logEndOffset > leo) {
        leo = p0.logEndOffset;
        lastGrowthMs = t.sim.nowMs;
      }
      longestStall = Math.max(longestStall, t.sim.nowMs - lastGrowthMs);
    }
    // One record a second arrives for partition 0; the throttled broker takes it within about two seconds (the
    // longest wait is the simulator's own: when the link's credit, shared with the follower fetch, lets it in).
    expect(longestStall).toBe(1291);
    // One record a second for 60 s.
    expect(t.partition('orders', 0).logEndOffset).toBe(60);
    // ...while the follower still catches up on partition 1 (it is not yet done after a minute).
    const p1 = t.partition('orders', 1);
    const followerLeo = p1.replicaLogEndOffsets[p1.replicas.indexOf(throttled)]!;
    // About 60 s of the 1 KB/s link, less what partition 0's produce took, in 561-byte batches of 5 records; the
    // exact count is the simulator's own (the link's credit shared between the produce and the fetch).
    expect(followerLeo).toBe(455);
    expect(p1.logEndOffset).toBe(burstProduced);
  });
});
