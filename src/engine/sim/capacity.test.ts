// The Capacity answer against the simulation: the formulas agree with the measured figures in steady state, N+1 by
// hand, a design that does not cope names its broker and cause, stored bytes with segment granularity.
import { describe, expect, it } from 'vitest';
import { TestSim } from './sim.testing';
import type { CapacityReport } from '../capacity/types';
import { topicLoads } from '../capacity/topicLoad';

const FIGURES = [
  'networkInBytesPerSec',
  'networkOutBytesPerSec',
  'diskWriteBytesPerSec',
  'storedBytes',
] as const;

function capacity(s: TestSim, ms: number): CapacityReport {
  s.advance(ms);
  return s.sim.report({ capacity: true }).capacity!;
}

function expectAgreement(c: CapacityReport): void {
  for (const b of c.brokers)
    for (const f of FIGURES) {
      const ratio = b[f] / b.expected[f];
      expect(Math.abs(ratio - 1), `broker ${b.id} ${f}: ${b[f]} vs ${b.expected[f]}`).toBeLessThan(0.02);
    }
}

const FIXED_500 = { type: 'fixed', bytes: 500 } as const;
const FIXED_1000 = { type: 'fixed', bytes: 1000 } as const;

/** Topic `t`, source `src` writing to it (round robin unless `source` says otherwise), and `groups` sinks reading it. */
function oneTopic(
  topic: Parameters<TestSim['topic']>[1],
  source: Parameters<TestSim['source']>[1],
  groups: number,
  cluster?: Parameters<TestSim['cluster']>[0],
): TestSim {
  const s = new TestSim();
  if (cluster) s.cluster(cluster);
  s.topic('t', topic).source('src', { partitioner: 'roundrobin', ...source }, ['t']);
  for (let g = 0; g < groups; g++) s.sink('abc'[g]!, {}, ['t']);
  return s.start();
}

describe('capacity formulas against the simulation (steady state, within 2%)', () => {
  it('RF 1, one group', () => {
    const s = oneTopic({ partitions: 6, replicationFactor: 1 }, { rate: 2000, recordSize: FIXED_500 }, 1);
    expectAgreement(capacity(s, 90_000));
  });

  it('RF 3, two groups', () => {
    const s = oneTopic({ partitions: 6, replicationFactor: 3 }, { rate: 2000, recordSize: FIXED_500 }, 2);
    expectAgreement(capacity(s, 90_000));
  });

  it('RF 3, three groups, keyed records', () => {
    const s = oneTopic(
      { partitions: 6, replicationFactor: 3 },
      {
        rate: 3000,
        partitioner: 'default',
        keys: { type: 'uniform', count: 100 },
        recordSize: { type: 'fixed', bytes: 300 },
      },
      3,
    );
    const c = capacity(s, 90_000);
    expectAgreement(c);
    expect(c.verdict).toBe('copes');
    expect(c.formulas.map((f) => f.figure)).toContain('cluster network in');
    expect(c.formulas[0]!.formula).toMatch(/^cluster in = T x RF = [\d.]+ MB\/s x 3 = [\d.]+ MB\/s$/);
  });

  it('RF 3, two groups, zstd on the producer: T is the compressed bytes', () => {
    const s = oneTopic(
      { partitions: 6, replicationFactor: 3 },
      {
        rate: 2400,
        recordSize: FIXED_1000,
        compressionType: 'zstd',
        // Batches of ~40 records: the formulas' batch count (1 + rate x linger.ms) is off by a record where batches
        // hold 2 or 3, and the uncompressed 61-byte headers weigh more once the records shrink.
        lingerMs: 100,
      },
      2,
    );
    const c = capacity(s, 90_000);
    expectAgreement(c);
    // By hand: 2,400 records/s of ~1,010 framed bytes at 0.2358, plus a 61-byte header per batch, x RF 3.
    const inSum = c.brokers.reduce((a, b) => a + b.expected.networkInBytesPerSec, 0);
    expect(inSum / 3).toBeGreaterThan(2400 * 1000 * 0.2358);
    expect(inSum / 3).toBeLessThan(2400 * 1015 * 0.2358 + 2400 * 61);
    const produced = c.formulas.find((f) => f.figure === 'produced bytes T of t')!;
    expect(produced.formula).toMatch(
      /^T = 2,400 rec\/s x 1,0\d\d B x 0\.2358 \(zstd\) \+ [\d,]+ batches\/s x 61 B = [\d.]+ MB\/s$/,
    );
    expect(c.formulas[0]!.formula).toMatch(
      /^cluster in = T x RF = [\d.]+ MB\/s \(zstd x 0\.2358\) x 3 = [\d.]+ MB\/s$/,
    );
  });

  it('a topic recompressing: network in at the producer’s snappy, disk and stored at the topic’s zstd', () => {
    const s = oneTopic(
      { partitions: 6, replicationFactor: 3, compressionType: 'zstd' },
      { rate: 2000, recordSize: FIXED_1000, compressionType: 'snappy', lingerMs: 100 },
      1,
    );
    const c = capacity(s, 90_000);
    expectAgreement(c);
    const disk = c.formulas.find((f) => f.figure === 'cluster disk write')!;
    expect(disk.formula).toContain('(zstd x 0.2358) x 3');
    expect(c.formulas.find((f) => f.figure === 'produced bytes T of t')!.formula).toContain(
      'the leader recompresses to zstd (x 0.2358)',
    );
  });

  it('stored bytes follow whole segments: retention deletes a segment only once its newest record is old enough', () => {
    // 1000 records/s of 1000 bytes on one partition, RF 1; segments of 4 MB; retention 20 s, checked every 10 s.
    const s = new TestSim()
      .cluster({ brokers: [{ id: 1 }], logRetentionCheckIntervalMs: 10_000 })
      .topic('t', { partitions: 1, retentionMs: 20_000, segmentBytes: 4_000_000 })
      .source('src', { rate: 1000, recordSize: { type: 'fixed', bytes: 1000 } }, ['t'])
      .start();
    const c = capacity(s, 95_000);
    const b = c.brokers[0]!;
    // By hand: T = 1000 x (1000 + framing) + batch headers, about 1.008 MB/s, so a segment spans 4 MB / T = 3.97 s.
    // The last check ran at 90 s (30 s initial delay, then every 10 s): segments whose newest record is older than
    // 90 - 20 = 70 s are gone, floor(70 / 3.97) = 17 whole segments; the log keeps 95 s - 17 x 3.97 s = 27.5 s of data.
    const T = b.expected.diskWriteBytesPerSec;
    const span = 4_000_000 / T;
    const deleted = Math.floor((90 - 20) / span);
    expect(deleted).toBe(17);
    const byHand = T * (95 - deleted * span);
    expect(b.expected.storedBytes).toBeCloseTo(byHand, -3);
    expect(Math.abs(b.storedBytes / byHand - 1)).toBeLessThan(0.02);
    // More than retention alone: retention x T = 20 s of data.
    expect(b.storedBytes).toBeGreaterThan(20 * T);
  });
});

describe('failure headroom (N+1)', () => {
  it('moves the down broker’s leaders to the first live in-sync replica and recomputes the survivors', () => {
    const s = oneTopic({ partitions: 3, replicationFactor: 3 }, { rate: 3000, recordSize: FIXED_1000 }, 1);
    const c = capacity(s, 60_000);
    const parts = s.sim.report().topics[0]!.partitions;
    const [load] = topicLoads(s.sim.document, new Map([['t', 3]]), 1);
    const P = load!.produceBytes[0]!; // produce bytes/s of one partition (framed batches)
    const Q = load!.logBytes[0]!; // what a follower copies of it
    const V = load!.payloadBytes[0]!; // what one group reads of it
    const down = Number(/^broker (\d+) down$/.exec(c.headroom[0]!.scenario)![1]);
    // By hand: a partition the down broker led goes to the first other in-sync replica in its replica order.
    const leaders = parts.map((p) => (p.leader === down ? p.isr.find((r) => r !== down)! : p.leader));
    for (const b of c.headroom[0]!.brokers) {
      expect(b.id).not.toBe(down);
      const leads = leaders.filter((l) => l === b.id).length;
      const follows = 3 - leads; // RF 3 on 3 brokers: every broker holds every partition
      // in: P for each partition it leads, Q for each it follows; out: one live follower (Q) and one group (V) per lead.
      expect(b.expected.leaders).toBe(leads);
      expect(b.expected.networkInBytesPerSec).toBeCloseTo(leads * P + follows * Q, 6);
      expect(b.expected.networkOutBytesPerSec).toBeCloseTo(leads * (Q + V), 6);
    }
    expect(c.headroom[0]!.brokers.reduce((a, b) => a + b.expected.leaders, 0)).toBe(3);
  });
});

describe('verdict', () => {
  it('names the broker whose network out breaks its limit and why', () => {
    // 3 groups read every byte: 3 x 20 MB/s out of the single broker, 60 of its 50 MB/s network out.
    const s = oneTopic(
      { partitions: 3, retentionMs: 3_600_000 },
      { rate: 20_000, recordSize: FIXED_1000 },
      3,
      {
        brokers: [{ id: 1, networkOutMBps: 50 }],
      },
    );
    const c = capacity(s, 30_000);
    expect(c.verdict).toBe('does not cope');
    expect(c.bottleneck.resource).toBe('networkOut');
    expect(c.bottleneck.broker).toBe(1);
    expect(c.bottleneck.cause).toMatch(/^broker 1 network out at \d+%: 3 consumer groups read every byte/);
  });
});

describe('capacity formulas with a load profile', () => {
  it('take the rate the profile asks for now: after a step from 500 to 2,000 records/s they agree again', () => {
    const s = oneTopic(
      { partitions: 6, replicationFactor: 3 },
      { rate: 500, recordSize: FIXED_500, profile: { type: 'step', stepAtMs: 30_000, stepRate: 2000 } },
      1,
    );
    // Network in and out over the last 10 s span; stored bytes are a sum over the run, not a rate, so left out.
    const after = capacity(s, 90_000);
    for (const b of after.brokers)
      for (const f of ['networkInBytesPerSec', 'networkOutBytesPerSec', 'diskWriteBytesPerSec'] as const) {
        const ratio = b[f] / b.expected[f];
        expect(Math.abs(ratio - 1), `broker ${b.id} ${f}: ${b[f]} vs ${b.expected[f]}`).toBeLessThan(0.02);
      }
  });
});
