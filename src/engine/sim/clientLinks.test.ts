// A client machine's network link (`networkMBps` on a source, sink or processor): a producer sends no more bytes per
// second than its link carries, a consumer's fetches return no more than its link carries, and a processor's link is
// full duplex (its reads and its writes each get networkMBps).
import { describe, expect, it } from 'vitest';
import { TestSim } from './sim.testing';

/** Brokers far faster than the clients, so only a client's own link can limit. */
const FAST_BROKERS = {
  brokers: [1, 2, 3].map((id) => ({ id, networkInMBps: 2000, networkOutMBps: 2000, diskMBps: 2000 })),
};

/** Bytes/s into the brokers (RF 1: the produce requests only) between `fromMs` and `toMs`. */
function producedBytesPerSec(s: TestSim, fromMs: number, toMs: number): number {
  const carried = () => s.state.cluster.brokerList.reduce((a, b) => a + b.networkIn.carried, 0);
  s.advance(fromMs);
  const before = carried();
  s.advance(toMs - fromMs);
  return ((carried() - before) * 1000) / (toMs - fromMs);
}

function fastProducer(networkMBps: number | null): TestSim {
  // 200,000 records/s of 1,000 bytes: 200 MB/s asked for.
  return new TestSim()
    .cluster(FAST_BROKERS)
    .topic('t', { partitions: 6 })
    .source(
      'src',
      { rate: 200_000, partitioner: 'roundrobin', recordSize: { type: 'fixed', bytes: 1000 }, networkMBps },
      ['t'],
    )
    .start();
}

describe('client network links (networkMBps)', () => {
  it('a producer on a 125 MB/s (1 Gbit/s) link asked for 200 MB/s sends at most 125 MB/s', () => {
    const unlimited = producedBytesPerSec(fastProducer(null), 2000, 6000);
    const linked = producedBytesPerSec(fastProducer(125), 2000, 6000);
    // Without a link of its own it sends what it is asked for (records plus framing and headers).
    expect(unlimited).toBeGreaterThan(200e6);
    // On the link: at most 125 MB/s (a request may overdraw the link by itself once, as the brokers' links allow),
    // and the link is what limits it (it stays busy).
    expect(linked).toBeLessThanOrEqual(125e6 * 1.01);
    expect(linked).toBeGreaterThan(125e6 * 0.97);
    expect(fastProducer(125).advance(3000).state.sources.get('src')!.producer.blocked).toBe(true);
  });

  it('a link set on a running source applies from then on, and lifting it frees the producer again', () => {
    const s = fastProducer(null);
    const doc = s.document();
    const limited = structuredClone(doc);
    const src = limited.nodes.find((n) => n.id === 'src')!;
    if (src.kind === 'source') src.config.networkMBps = 50;
    s.sim.update(limited);
    const rate = producedBytesPerSec(s, 2000, 6000);
    expect(rate).toBeLessThanOrEqual(50e6 * 1.01);
    expect(rate).toBeGreaterThan(50e6 * 0.97);
    s.sim.update(doc);
    expect(producedBytesPerSec(s, 2000, 6000)).toBeGreaterThan(200e6);
  });

  it('a sink on a 20 MB/s link fetches at most 20 MB/s and falls behind a 50 MB/s topic', () => {
    const s = new TestSim({})
      .cluster({ ...FAST_BROKERS, groupInitialRebalanceDelayMs: 0 })
      .topic('t', { partitions: 6 })
      .source(
        'src',
        { rate: 50_000, partitioner: 'roundrobin', recordSize: { type: 'fixed', bytes: 1000 } },
        ['t'],
      )
      .sink('a', { consumers: 3, networkMBps: 20 }, ['t'])
      .start()
      .advance(5000);
    const g = s.state.groups.get('a')!;
    const before = g.bytesConsumed;
    const lagBefore = s.lag('a');
    s.advance(5000);
    const rate = (g.bytesConsumed - before) / 5;
    expect(rate).toBeLessThanOrEqual(20e6 * 1.01);
    expect(rate).toBeGreaterThan(20e6 * 0.97);
    // 50,000 records/s in, ~20,000 out: the lag grows by ~30,000 records a second.
    expect(s.lag('a') - lagBefore).toBeGreaterThan(5 * 28_000);
  });

  it('a processor’s link is full duplex: 25 MB/s in and 25 MB/s out on a 30 MB/s link', () => {
    const s = new TestSim()
      .cluster({ ...FAST_BROKERS, groupInitialRebalanceDelayMs: 0 })
      .topic('in', { partitions: 6 })
      .topic('out', { partitions: 6 })
      .source(
        'src',
        { rate: 25_000, partitioner: 'roundrobin', recordSize: { type: 'fixed', bytes: 1000 } },
        ['in'],
      )
      .processor('p', { consumers: 3, networkMBps: 30, partitioner: 'roundrobin' }, ['in'], ['out'])
      .start()
      .advance(5000);
    const out = s.state.topics.get('out')!;
    const payload = () => out.bytesIn.reduce((a, b) => a + b, 0);
    const before = payload();
    const lagBefore = s.lag('p');
    s.advance(5000);
    // Every record passes through: 25,000 records/s of 1,000 bytes in, the same out (a shared 30 MB/s would carry
    // 15 each way).
    expect((payload() - before) / 5).toBeGreaterThan(24e6);
    expect(s.lag('p') - lagBefore).toBeLessThan(5000);
  });
});
