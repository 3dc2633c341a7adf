// compression.type: a producer's codec shrinks each batch's records on the wire and on disk by the codec's ratio
// (kafka/log/compressionType.ts), the records, their count and offsets unchanged; a topic of another codec makes the
// leader recompress what it stores; consumers (a processor) work on the records as they were sent; `none` changes
// nothing.
import { describe, expect, it } from 'vitest';
import { COMPRESSION_RATIO } from '../kafka/log/compressionType';
import type { PipelineDocumentInput } from '../model/schema';
import { TestSim } from './sim.testing';

type SourceInput = Extract<PipelineDocumentInput['nodes'][number], { kind: 'source' }>['config'];
type TopicInput = Extract<PipelineDocumentInput['nodes'][number], { kind: 'topic' }>['config'];

/**
 * 1,000 records/s of 10,000 bytes into 3 partitions, lingering 100 ms: batches of ~33 records, so a batch's 61-byte
 * header (never compressed) is 0.02% of it.
 */
const SOURCE: SourceInput = {
  rate: 1000,
  partitioner: 'roundrobin',
  recordSize: { type: 'fixed', bytes: 10_000 },
  batchSize: 400_000,
  lingerMs: 100,
};

interface Figures {
  networkIn: number[];
  disk: number[];
  stored: number;
  payloadIn: number;
  logEnd: number[];
  acked: number;
  batchSizeAvg: number;
}

/** Broker bytes carried and stored after 20 s of `source` into topic t (RF `rf`), read by one group. */
function run(source: SourceInput, topic: TopicInput = {}, rf = 3): Figures {
  const s = new TestSim()
    .topic('t', { partitions: 3, replicationFactor: rf, ...topic })
    .source('src', { ...SOURCE, ...source }, ['t'])
    .sink('a', {}, ['t'])
    .start()
    .advance(20_000);
  const brokers = s.state.cluster.brokerList;
  const t = s.state.topics.get('t')!;
  return {
    networkIn: brokers.map((b) => b.networkIn.carried),
    disk: brokers.map((b) => b.disk.carried),
    stored: t.partitions.reduce((sum, log) => sum + log.sizeInBytes(), 0),
    payloadIn: t.bytesIn.reduce((a, b) => a + b, 0),
    logEnd: s.logEndOffsets('t'),
    acked: s.delivery('src').recordsAcked,
    batchSizeAvg: s.delivery('src').batchSizeAvg!,
  };
}

const total = (a: number[]) => a.reduce((x, y) => x + y, 0);

describe('compression.type', () => {
  const plain = run({});

  it('snappy: broker network in, disk and stored bytes are 0.4324 x the uncompressed ones; records and offsets unchanged', () => {
    const snappy = run({ compressionType: 'snappy' });
    expect(COMPRESSION_RATIO.snappy).toBe(0.4324);
    expect(snappy.logEnd).toEqual(plain.logEnd);
    expect(snappy.acked).toBe(plain.acked);
    expect(plain.acked).toBeGreaterThan(19_000);
    // Payload: each batch's records rounded as a whole, so within a byte per batch of 0.4324 x.
    expect(snappy.payloadIn / plain.payloadIn).toBeCloseTo(0.4324, 4);
    // The brokers: produce requests (leaders) and follower fetches (followers), headers uncompressed (~0.1%).
    for (let i = 0; i < 3; i++) {
      expect(Math.abs(snappy.networkIn[i]! / plain.networkIn[i]! - 0.4324)).toBeLessThan(0.001);
      expect(Math.abs(snappy.disk[i]! / plain.disk[i]! - 0.4324)).toBeLessThan(0.001);
    }
    expect(Math.abs(snappy.stored / plain.stored - 0.4324)).toBeLessThan(0.001);
    // Kafka's batch-size-avg: the batches as sent, compressed.
    expect(Math.abs(snappy.batchSizeAvg / plain.batchSizeAvg - 0.4324)).toBeLessThan(0.001);
    // 20 s x 10 MB/s x RF 3 uncompressed: about 600 MB in, 260 MB with snappy.
    expect(total(plain.networkIn)).toBeGreaterThan(590e6);
    expect(total(snappy.networkIn)).toBeLessThan(0.4344 * total(plain.networkIn));
  });

  it('zstd on the producer: 0.2358 x', () => {
    const zstd = run({ compressionType: 'zstd' });
    expect(Math.abs(total(zstd.networkIn) / total(plain.networkIn) - 0.2358)).toBeLessThan(0.001);
    expect(Math.abs(zstd.stored / plain.stored - 0.2358)).toBeLessThan(0.001);
  });

  it('a topic of another codec recompresses on the leader: snappy on the wire, zstd on disk', () => {
    const plain1 = run({}, {}, 1);
    const mixed = run({ compressionType: 'snappy' }, { compressionType: 'zstd' }, 1);
    expect(mixed.logEnd).toEqual(plain1.logEnd);
    // RF 1: network in is the produce requests only, at the producer's snappy; disk and the log at the topic's zstd.
    expect(Math.abs(total(mixed.networkIn) / total(plain1.networkIn) - 0.4324)).toBeLessThan(0.001);
    expect(Math.abs(total(mixed.disk) / total(plain1.disk) - 0.2358)).toBeLessThan(0.001);
    expect(Math.abs(mixed.stored / plain1.stored - 0.2358)).toBeLessThan(0.001);
    // A topic of `uncompressed` stores snappy batches at full size.
    const inflated = run({ compressionType: 'snappy' }, { compressionType: 'uncompressed' }, 1);
    expect(inflated.stored).toBe(plain1.stored);
    expect(Math.abs(total(inflated.networkIn) / total(plain1.networkIn) - 0.4324)).toBeLessThan(0.001);
  });

  it('a topic of the producer’s own codec stores the batches as they came (no recompression)', () => {
    const same = run({ compressionType: 'lz4' }, { compressionType: 'lz4' });
    const kept = run({ compressionType: 'lz4' });
    expect(same).toEqual(kept);
  });

  it('none, written out, changes nothing', () => {
    expect(run({ compressionType: 'none' }, { compressionType: 'producer' })).toEqual(plain);
    expect(run({ compressionType: 'none' }, { compressionType: 'uncompressed' })).toEqual(plain);
  });

  it('a processor reads compressed records and writes them at their own size', () => {
    const out = (codec: 'none' | 'gzip') => {
      const s = new TestSim()
        .topic('in', { partitions: 3 })
        .topic('out', { partitions: 3 })
        .source('src', { ...SOURCE, rate: 200, compressionType: codec }, ['in'])
        .processor('p', {}, ['in'], ['out'])
        .start()
        .advance(10_000);
      return s.state.topics.get('out')!.bytesIn.reduce((a, b) => a + b, 0);
    };
    const plainOut = out('none');
    // ~1,400 records of 10,000 bytes (after the group's 3 s initial rebalance delay) reached the output, uncompressed
    // again (within a byte of each record's size).
    expect(plainOut).toBeGreaterThan(13e6);
    expect(Math.abs(out('gzip') / plainOut - 1)).toBeLessThan(0.001);
  });
});
