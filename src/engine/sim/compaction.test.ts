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
    // Where the cleaner's last pass stopped (the base of the segment it could not clean yet, of the about 20,000
    // records produced): the simulator's own.
    expect(cleanedTo).toBe(19_019);
    // 20 keys, every one drawn hundreds of times: one live record per key in the cleaned part, the newest.
    expect(log.liveRecordsIn(0, cleanedTo)).toBe(20);
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
    // One record per key where the cleaner has been, every record where it has not: 1,005 live of the 15,000
    // offsets (where the last pass stopped is the simulator's own).
    expect(log.logEndOffset).toBe(150 * 100 - 1);
    expect(live).toBe(1005);
  });

  it('shrinks the stored bytes', () => {
    const plain = new TestSim()
      .topic('customers', { partitions: 1, segmentMs: 10_000 })
      .source('crm', { rate: 100, keys: { type: 'uniform', count: 20 } }, ['customers'])
      .start()
      .advance(200_000);
    const compacted = customers().advance(200_000);
    const size = (t: TestSim) => t.partition('customers', 0).sizeInBytes;
    // Less than a tenth: the plain log keeps all 19,999 records (one each 10 ms before 200 s, each its own batch of
    // about 175 bytes; key lengths follow seed 1's draws), the compacted one 20 per cleaned part and the segments
    // the cleaner has not reached. Both byte counts are the simulator's own.
    expect(size(plain)).toBe(3_509_783);
    expect(size(compacted)).toBe(346_483);
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
