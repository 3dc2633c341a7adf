import { describe, expect, it } from 'vitest';
import { TestSim } from './sim.testing';
import { partitionForKey, utf8 } from '../kafka/murmur2';

describe('topics that grow', () => {
  it('maps keys to the new partitions once the producer refreshes its metadata', () => {
    const t = new TestSim()
      .topic('orders', { partitions: 3 })
      .source('shop', { rate: 1000, keys: { type: 'uniform', count: 50 }, metadataMaxAgeMs: 10_000 }, [
        'orders',
      ])
      .start();
    t.advance(5000);
    const doc = t.document();
    const topic = doc.nodes.find((n) => n.id === 'orders')!;
    if (topic.kind !== 'topic') throw new Error('orders is a topic');
    topic.config.partitions = 6;
    expect(t.sim.update(doc)).toEqual([]);
    expect(t.logEndOffsets('orders').slice(3)).toEqual([0, 0, 0]);
    // Until the refresh at 10 s the producer still hashes modulo 3.
    t.advance(4900);
    expect(t.logEndOffsets('orders').slice(3)).toEqual([0, 0, 0]);
    t.advance(5100);
    expect(
      t
        .logEndOffsets('orders')
        .slice(3)
        .every((n) => n > 0),
    ).toBe(true);
    // key-3: murmur2 picks partition 2 of 3 and partition 5 of 6; its newest records are in partition 5.
    expect(partitionForKey(utf8('key-3'), 3)).toBe(2);
    expect(partitionForKey(utf8('key-3'), 6)).toBe(5);
    const log = t.state.topics.get('orders')!.partitions[5]!;
    const names = new Set<string | null>();
    for (let o = log.logEndOffset - 200; o < log.logEndOffset; o++)
      names.add(t.state.keys.name(log.keyAt(o)));
    expect(names.has('key-3')).toBe(true);
  });

  it('refuses to shrink a topic, as Kafka cannot remove partitions', () => {
    const t = new TestSim().topic('orders', { partitions: 4 }).start();
    const doc = t.document();
    const topic = doc.nodes[0]!;
    if (topic.kind !== 'topic') throw new Error('orders is a topic');
    topic.config.partitions = 2;
    // ReplicationControlManager.createPartitions refuses it (INVALID_PARTITIONS): the topic keeps 4.
    expect(t.sim.update(doc)).toEqual([
      {
        node: topic.id,
        setting: 'partitions',
        running: 4,
        message:
          'partitions cannot be reduced (Kafka never shrinks a topic): the running topic keeps 4; Reset to start with 2',
      },
    ]);
    expect(t.logEndOffsets('orders')).toHaveLength(4);
  });

  it('keeps a running topic at its replication factor, which Kafka changes only by reassignment', () => {
    const t = new TestSim().topic('orders', { partitions: 2, replicationFactor: 3 }).start();
    const doc = t.document();
    const topic = doc.nodes[0]!;
    if (topic.kind !== 'topic') throw new Error('orders is a topic');
    topic.config.replicationFactor = 2;
    topic.config.minInsyncReplicas = 1;
    // kafka-topics.sh --alter takes no --replication-factor; kafka-reassign-partitions.sh changes it.
    expect(t.sim.update(doc)).toEqual([
      {
        node: topic.id,
        setting: 'replicationFactor',
        running: 3,
        message:
          'the replication factor of a running topic cannot change (Kafka changes it by partition reassignment): the running topic keeps 3; Reset to start with 2',
      },
    ]);
    expect(t.state.topics.get('orders')!.replicas.map((r) => r.rp.replicas.length)).toEqual([3, 3]);
  });
});

describe('pattern subscription', () => {
  it('a sink subscribed by pattern gets the matching topics, and (a+)+b against 40 "a"s answers at once', () => {
    const forty = 'a'.repeat(40);
    const t = new TestSim()
      .topic(forty, { partitions: 1 })
      .topic('aab', { partitions: 1 })
      .topic('orders.eu', { partitions: 2 })
      .topic('payments.us', { partitions: 1 })
      .topic('ordersx', { partitions: 1 })
      .sink('hang', { consumers: 1, subscriptionPattern: '(a+)+b' }, [])
      .sink('money', { consumers: 1, subscriptionPattern: '(orders|payments)\\..*' }, [])
      .start();
    t.advance(4000);
    // A whole-name match, as Pattern.matcher(topic).matches(): the 40 "a"s have no "b".
    expect(t.assignment('hang')).toEqual({ 'hang-consumer-1-0001': ['aab-0'] });
    expect(t.assignment('money')).toEqual({
      'money-consumer-1-0001': ['orders.eu-0', 'orders.eu-1', 'payments.us-0'],
    });
  });

  it('adds a new matching topic to the subscription at the next metadata refresh', () => {
    const t = new TestSim()
      .topic('orders-us', { partitions: 2 })
      .topic('payments', { partitions: 2 })
      .source('us', { rate: 100 }, ['orders-us'])
      .sink('audit', { consumers: 1, subscriptionPattern: 'orders-.*', metadataMaxAgeMs: 5000 }, [])
      .start();
    t.advance(4000);
    expect(t.assignment('audit')).toEqual({ 'audit-consumer-1-0001': ['orders-us-0', 'orders-us-1'] });
    const doc = t.document();
    doc.nodes.push({
      id: 'orders-eu',
      kind: 'topic',
      name: 'orders-eu',
      config: { ...doc.nodes[0]!.config } as never,
    });
    t.sim.update(doc);
    // Not at once: the pattern is the same, and the member looks at the topics again at its metadata refresh.
    t.advance(500);
    expect(t.assignment('audit')).toEqual({ 'audit-consumer-1-0001': ['orders-us-0', 'orders-us-1'] });
    t.advance(5500);
    expect(t.group('audit').generation).toBe(2);
    expect(t.assignment('audit')).toEqual({
      'audit-consumer-1-0001': ['orders-eu-0', 'orders-eu-1', 'orders-us-0', 'orders-us-1'],
    });
  });
});

describe('stream processors', () => {
  it('consume as a group and produce the kept share, fanned out, to their output topic', () => {
    const t = new TestSim()
      .topic('raw', { partitions: 3 })
      .topic('clean', { partitions: 3 })
      .source('sensors', { rate: 1000, keys: { type: 'uniform', count: 20 } }, ['raw'])
      .processor(
        'cleaner',
        { consumers: 2, filterRatio: 0.5, fanOut: 2, autoOffsetReset: 'earliest' },
        ['raw'],
        ['clean'],
      )
      .sink('store', { consumers: 1, autoOffsetReset: 'earliest' }, ['clean'])
      .start();
    t.advance(30_000);
    const consumed = t.state.groups.get('cleaner')!.recordsConsumed;
    const produced = t.logEndOffsets('clean').reduce((a, b) => a + b, 0);
    // The processor has read everything in its input topic: 29,999 records produced (one each ms before 30 s), all
    // but the 3 still lingering in the source's open batches.
    expect(consumed).toBe(t.logEndOffsets('raw').reduce((a, b) => a + b, 0));
    expect(consumed).toBe(29_999 - 3);
    // Half of the records pass, each twice: output about equals input. Which records pass is seed 1's filter draws
    // (it has written 14,917 kept records twice), so the exact count cannot be derived.
    expect(produced % 2).toBe(0);
    expect(produced).toBe(2 * 14_917);
    // Keys survive the processor: a record keeps its key, so it lands on murmur2(key) % 3 again.
    const log = t.state.topics.get('clean')!.partitions[1]!;
    const key = log.keyAt(log.logEndOffset - 1);
    expect(partitionForKey(utf8(t.state.keys.name(key)!), 3)).toBe(1);
    // The sink has caught up with everything the processor wrote.
    expect(t.group('store').recordsConsumed).toBe(produced);
  });
});

describe('retention', () => {
  it('deletes whole segments past retention.ms at each retention check, moving the log start offset', () => {
    const t = new TestSim()
      .cluster({ logRetentionCheckIntervalMs: 30_000 })
      .topic('clicks', { partitions: 1, segmentBytes: 20_000, retentionMs: 60_000 })
      .source('web', { rate: 100, recordSize: { type: 'fixed', bytes: 100 }, lingerMs: 0 }, ['clicks'])
      .start();
    t.advance(89_999);
    const log = t.state.topics.get('clicks')!.partitions[0]!;
    expect(log.logStartOffset).toBe(0);
    t.advance(1);
    // At 90 s, segments whose newest record is older than 30 s are gone. linger.ms 0: one record a batch, 170
    // bytes (61 of batch overhead, the 100-byte value and 9 of record framing), 117 to a 20,000-byte segment.
    // Record n was produced at (n + 1) × 10 ms: the 3,000 records up to 30 s fill 25 whole segments.
    const perSegment = Math.floor(20_000 / (61 + 100 + 9));
    const expired = Math.floor((90_000 - 60_000) / 10 / perSegment) * perSegment;
    const start = log.logStartOffset;
    expect(start).toBe(expired);
    expect(start).toBe(2925);
    expect(log.segmentBaseOffset(0)).toBe(start);
    // The oldest record left was produced just after the newest deleted one (at 29,250 ms).
    expect(log.timestampAt(start)).toBe((start + 1) * 10);
    expect(t.sim.recentEvents().some((e) => e.type === 'retention' && e.subject === 'clicks')).toBe(true);
  });
});

describe('sources', () => {
  it('produce at their configured rate', () => {
    const t = new TestSim().topic('a', { partitions: 2 }).source('s', { rate: 250 }, ['a']).start();
    t.advance(10_000);
    // Constant arrivals every 4 ms, at 4, 8, ... 9996 ms: 2499 records before 10 s.
    const report = t.sim.report().sources[0]!;
    expect(report.recordsProduced).toBe(2499);
    // All but the one at 9,996 ms, whose batch waits out linger.ms (5 ms) past 10 s.
    expect(report.recordsAcked).toBe(2499 - 1);
  });

  it('with null keys stick to one partition per batch (KIP-794), with keys spread by murmur2', () => {
    // Three partitions, each led by its own broker: a drain of one broker takes no other partition's open batch.
    const sticky = new TestSim()
      .topic('a', { partitions: 3 })
      .source('s', { rate: 10_000, recordSize: { type: 'fixed', bytes: 991 }, lingerMs: 100 }, ['a'])
      .start();
    sticky.advance(1000);
    const ends = sticky.logEndOffsets('a');
    // Batches of 16 records (16,061 bytes under batch.size 16,384) on each partition visit.
    for (const end of ends) expect(end % 16).toBe(0);
  });
});

describe('partitioners', () => {
  it('round-robin spreads records one by one, and fixed sends every record to one partition', () => {
    const t = new TestSim()
      .topic('rr', { partitions: 3 })
      .topic('one', { partitions: 3 })
      .source('a', { rate: 300, partitioner: 'roundrobin', keys: { type: 'uniform', count: 5 } }, ['rr'])
      .source('b', { rate: 300, partitioner: 'fixed', partition: 2 }, ['one'])
      .start();
    t.advance(10_050);
    // 3014 records arrive before 10,050 ms (one every 3⅓ ms). Each partition has its own leader, so the last
    // record (10,046⅔ ms) still lingers in its batch: no other broker's drain takes it along.
    expect(t.logEndOffsets('rr')).toEqual([1005, 1004, 1004]);
    expect(t.logEndOffsets('one')).toEqual([0, 0, 3014]);
  });
});

describe('removing a sink', () => {
  it('closes its consumers, empties the group and deletes it: Empty, then Dead', () => {
    const t = new TestSim()
      .topic('orders')
      .sink('billing', { consumers: 1 }, ['orders'])
      .start()
      .advance(4000);
    const doc = t.document();
    doc.nodes = doc.nodes.filter((n) => n.id !== 'billing');
    doc.edges = [];
    t.sim.update(doc);
    expect(t.state.groups.get('billing')).toBeUndefined();
    expect(t.transitions('billing').slice(-3)).toEqual([
      'Stable -> PreparingRebalance',
      'PreparingRebalance -> Empty',
      'Empty -> Dead',
    ]);
  });
});
