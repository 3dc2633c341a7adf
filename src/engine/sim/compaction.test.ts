// A compacted topic in the running simulation: the log cleaner keeps the latest record per key, consumers skip the
// gaps, and a compacted topic refuses records without a key.
import { describe, expect, it } from 'vitest';
import { TestSim } from './sim.testing';

function customers(tombstoneRatio = 0) {
  return new TestSim()
    .cluster({ logCleanerBackoffMs: 15_000 })
    .topic('customers', {
      partitions: 1,
      cleanupPolicy: 'compact',
      segmentMs: 10_000,
      deleteRetentionMs: 60_000,
    })
    .source('crm', { rate: 100, keys: { type: 'uniform', count: 20 }, tombstoneRatio }, ['customers'])
    .sink('cache', { autoOffsetReset: 'earliest' }, ['customers'])
    .start();
}

describe('log compaction in the running cluster', () => {
  it('keeps one record per key below the cleaned offset, the latest one', () => {
    const t = customers().advance(200_000);
    const log = t.state.topics.get('customers')!.partitions[0]!;
    const cleanedTo = log.firstDirtyOffset;
    expect(cleanedTo).toBeGreaterThan(15_000);
    // 20 keys: at most 20 live records in the cleaned part, and the newest record of each key is one of them.
    expect(log.liveRecordsIn(0, cleanedTo)).toBeLessThanOrEqual(20);
    const newest = new Map<number, number>();
    for (let o = 0; o < log.logEndOffset; o++) if (log.isRetainedInWindow(o)) newest.set(log.keyAt(o), o);
    for (const offset of newest.values()) expect(log.isRemoved(offset)).toBe(false);
    expect(t.eventLines('compaction')[0]).toBe(
      '15000: log cleaner removed 981 records superseded by a newer one with the same key',
    );
  });

  it('lets a consumer that starts late, from the earliest offset, read only what compaction kept', () => {
    const t = new TestSim()
      .cluster({ logCleanerBackoffMs: 15_000 })
      .topic('customers', { partitions: 1, cleanupPolicy: 'compact', segmentMs: 10_000 })
      .source('crm', { rate: 100, keys: { type: 'uniform', count: 20 } }, ['customers'])
      .sink('cache', { consumers: 0, autoOffsetReset: 'earliest' }, ['customers'])
      .start()
      .advance(150_000);
    const log = t.state.topics.get('customers')!.partitions[0]!;
    t.sim.pauseSource('crm', true);
    const live = log.liveRecordsIn(0, log.logEndOffset);
    t.sim.addConsumer('cache');
    t.advance(10_000);
    const g = t.group('cache');
    // Everything delivered, gaps skipped: the consumer read the live records, not the 15000 offsets.
    expect(g.recordsConsumed).toBe(live);
    expect(live).toBeLessThan(log.logEndOffset / 5);
  });

  it('shrinks the stored bytes', () => {
    const plain = new TestSim()
      .topic('customers', { partitions: 1, segmentMs: 10_000 })
      .source('crm', { rate: 100, keys: { type: 'uniform', count: 20 } }, ['customers'])
      .start()
      .advance(200_000);
    const compacted = customers().advance(200_000);
    const size = (t: TestSim) => t.partition('customers', 0).sizeInBytes;
    expect(size(compacted)).toBeLessThan(size(plain) / 5);
  });

  it('refuses records without a key (INVALID_RECORD): the producer fails them', () => {
    const t = new TestSim()
      .topic('c', { cleanupPolicy: 'compact', partitions: 1 })
      .source('nokeys', { rate: 100 }, ['c'])
      .start()
      .advance(2000);
    expect(t.delivery('nokeys')).toMatchObject({ recordsAcked: 0, recordsFailed: 199 });
    expect(t.partition('c', 0).logEndOffset).toBe(0);
    expect(t.eventLines('produce-error')[0]).toContain(
      'compacted topic cannot accept a record without a key',
    );
  });
});
