// Pins the log cleaner's pass (Kafka's Cleaner.doClean and LogCleanerManager's choice of what to clean) on a compacted PartitionLog.
import { describe, expect, it } from 'vitest';
import { A, B, C, D, E, F, compacted, liveOffsets, put, segments } from './logCleaner.testing';
import { PartitionLog } from './partitionLog';

describe('LogCleaner: Cleaner.doClean', () => {
  it('keeps the latest record of each key (a, b, a, c, a) and leaves the removed offsets as gaps', () => {
    const log = compacted();
    put(log, [A, B, A, C, A, D]); // [0..4] closed, [5] active
    expect(segments(log)).toEqual([
      { base: 0, records: 5, bytes: 805 },
      { base: 5, records: 1, bytes: 161 },
    ]);
    expect(log.sizeInBytes()).toBe(966);

    expect(log.clean(10_000)).toBe(2); // offsets 0 and 2: older values of a
    expect(liveOffsets(log)).toEqual([1, 3, 4, 5]);
    expect(log.logEndOffset).toBe(6); // nothing is re-offset
    expect(log.firstDirtyOffset).toBe(5);
    // Two records and their two batch headers went: 805 - 2 * 161.
    expect(segments(log)).toEqual([
      { base: 0, records: 3, bytes: 483 },
      { base: 5, records: 1, bytes: 161 },
    ]);
    expect(log.sizeInBytes()).toBe(644);
    expect(log.liveRecordsIn(0, 6)).toBe(4);
    expect(log.bytesInRange(0, 6)).toBe(400);
    expect(log.sizeAt(0)).toBe(100); // per-offset accessors still describe what was appended
  });

  it('only closed segments are cleaned: the active segment never is', () => {
    const log = new PartitionLog(64, { cleanupPolicy: 'compact' }); // 1 GiB segments: all in the active one
    put(log, [A, A, A, A]);
    expect(log.clean(1e9)).toBe(0);
    expect(liveOffsets(log)).toEqual([0, 1, 2, 3]);
    expect(log.firstDirtyOffset).toBe(0);
  });

  it('cleans nothing at or above the high watermark: the segment holding it stays dirty', () => {
    const log = compacted();
    put(log, [A, A, A, A, A, A, A, A, A, A, B]); // [0..4] [5..9] closed, [10] active
    expect(log.clean(20_000, 7)).toBe(4); // first uncleanable offset 5: only [0..4], mapped on its own
    expect(liveOffsets(log)).toEqual([4, 5, 6, 7, 8, 9, 10]);
    expect(log.firstDirtyOffset).toBe(5);
  });

  it('a delete-only log is never cleaned', () => {
    const log = new PartitionLog(64, { segmentBytes: 805 });
    put(log, [A, A, A, A, A, A]);
    expect(log.clean(1e9)).toBe(0);
    expect(log.liveRecordsIn(0, 6)).toBe(6);
  });
});

describe('LogCleaner: the dirty ratio (LogCleanerManager.grabFilthiestCompactedLog)', () => {
  // After a first pass: [0..4] is clean at 483 bytes; then [5..9] (805 bytes, dirty) closes.
  // Dirty ratio = 805 / (483 + 805) = 0.625.
  function halfClean(minCleanableDirtyRatio: number): PartitionLog {
    const log = compacted({ minCleanableDirtyRatio });
    put(log, [A, B, A, C, A, D]);
    log.config.minCleanableDirtyRatio = 0.5;
    log.clean(10_000);
    log.config.minCleanableDirtyRatio = minCleanableDirtyRatio;
    put(log, [A, E, F, E, F]); // offsets 6..10: [5..9] = d a e f e closes when offset 10 rolls a new segment
    return log;
  }

  it('does nothing while the ratio is below min.cleanable.dirty.ratio, or exactly at it', () => {
    const below = halfClean(0.7);
    expect(below.clean(20_000)).toBe(0);
    expect(below.firstDirtyOffset).toBe(5);
    const at = halfClean(0.625);
    expect(at.clean(20_000)).toBe(0); // Kafka cleans when cleanableRatio > minCleanableRatio, strictly
    expect(at.firstDirtyOffset).toBe(5);
  });

  it('cleans once the ratio is above it: the dirty keys also remove older records from the clean section', () => {
    const log = halfClean(0.624);
    expect(log.clean(20_000)).toBe(2); // a at 4 (superseded by 6) and e at 7 (by 9)
    expect(liveOffsets(log)).toEqual([1, 3, 5, 6, 8, 9, 10]);
    expect(log.firstDirtyOffset).toBe(10);
    expect(segments(log)).toEqual([
      { base: 0, records: 2, bytes: 322 },
      { base: 5, records: 4, bytes: 644 },
      { base: 10, records: 1, bytes: 161 },
    ]);
  });

  it('the first pass finds no clean bytes: any closed dirty segment gives a ratio of 1', () => {
    const log = compacted({ minCleanableDirtyRatio: 0.99 });
    put(log, [A, A, A, A, A, B]);
    expect(log.clean(10_000)).toBe(4);
  });
});

describe('LogCleaner: min.compaction.lag.ms', () => {
  it('holds back segments whose largest timestamp is newer than now - min.compaction.lag.ms', () => {
    const log = compacted({ minCompactionLagMs: 10_000 });
    put(log, [A, A, B, B, C]); // [0..4], largest timestamp 4000
    put(log, [A, A, B, C, C]); // [5..9], largest timestamp 9000
    put(log, [D]); // [10] active

    // now - lag = 4000: [0..4] may be cleaned (4000 is not > 4000), [5..9] may not.
    expect(log.clean(14_000)).toBe(2); // 0 (a) and 2 (b), mapped over [0..4] alone
    expect(liveOffsets(log)).toEqual([1, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(log.firstDirtyOffset).toBe(5);
    expect(log.clean(18_999)).toBe(0); // 9000 > 8999: still too young

    // now - lag = 9000: [5..9] is cleanable; ratio 805 / (483 + 805) > 0.5.
    expect(log.clean(19_000)).toBe(5); // 1, 3, 4 from the clean section; 5 and 8 from the dirty one
    expect(liveOffsets(log)).toEqual([6, 7, 9, 10]);
    // Every batch of [0..4] went with its records, headers included.
    expect(segments(log)).toEqual([
      { base: 0, records: 0, bytes: 0 },
      { base: 5, records: 3, bytes: 483 },
      { base: 10, records: 1, bytes: 161 },
    ]);
  });
});

describe('LogCleaner: tombstones (KIP-534 delete horizon)', () => {
  it('keeps a tombstone until a pass at or after (first retaining pass + delete.retention.ms)', () => {
    const log = compacted({ deleteRetentionMs: 1000, minCleanableDirtyRatio: 0 });
    put(log, [A, B]);
    put(log, [B], true); // offset 2: tombstone for b
    put(log, [C, D, E]); // [0..4] closed, [5] active

    expect(log.clean(10_000)).toBe(1); // b at 1; the tombstone is the latest for b: kept, horizon 11000
    expect(liveOffsets(log)).toEqual([0, 2, 3, 4, 5]);

    put(log, [F, F, F, F, F]); // 6..10: [5..9] = e f f f f closes
    expect(log.clean(10_999)).toBe(3); // f at 6, 7, 8; the tombstone stays: 10999 < 11000
    expect(log.isRemoved(2)).toBe(false);

    put(log, [A, A, A, A, A]); // 11..15: [10..14] = f a a a a closes
    expect(log.clean(11_000)).toBe(6); // a at 0, 11, 12, 13; f at 9; and the tombstone, its horizon reached
    expect(log.isRemoved(2)).toBe(true);
    expect(liveOffsets(log)).toEqual([3, 4, 5, 10, 14, 15]);
    expect(segments(log)).toEqual([
      { base: 0, records: 2, bytes: 322 },
      { base: 5, records: 1, bytes: 161 },
      { base: 10, records: 2, bytes: 322 },
      { base: 15, records: 1, bytes: 161 },
    ]);
  });

  it('the horizon is counted from the cleaning pass, not from the tombstone timestamp', () => {
    const log = compacted({ deleteRetentionMs: 1000, minCleanableDirtyRatio: 0 });
    put(log, [B], true); // timestamp 0
    put(log, [C, D, E, F, A]); // [0..4] closed
    expect(log.clean(50_000)).toBe(0); // first retained at 50000: horizon 51000
    put(log, [A, A, A, A, A]); // [5..9] closes
    expect(log.clean(50_999)).toBe(4);
    expect(log.isRemoved(0)).toBe(false);
    put(log, [A, A, A, A, A]); // [10..14] closes
    expect(log.clean(51_000)).toBe(6); // a at 9..13, and the tombstone
    expect(log.isRemoved(0)).toBe(true);
  });

  it("reads tombstone marks from the batch's start in the columns, as keys and sizes are read", () => {
    const log = compacted({ deleteRetentionMs: 0, minCleanableDirtyRatio: 0, segmentBytes: 483 });
    const keys = new Int32Array([9, A, B, C]);
    const marks = new Uint8Array([1, 0, 1, 0]); // the batch is records 1..3: b is its tombstone
    log.appendBatch(new Float64Array(4), keys, new Int32Array(4).fill(100), 1, 3, 361, 0, marks);
    put(log, [D]); // rolls: [0..2] closed
    expect(log.clean(0)).toBe(0); // the tombstone is first retained: horizon 0 + 0
    expect(log.clean(0)).toBe(0); // nothing dirty: no pass
    put(log, [D, D, E]); // [3..5] closes
    expect(log.clean(0)).toBe(3); // d at 3 and 4, and the tombstone: its horizon is reached
    expect(liveOffsets(log)).toEqual([0, 2, 5, 6]);
  });

  it('a tombstone for a key written again later goes at once, as any older record does', () => {
    const log = compacted({ deleteRetentionMs: 86_400_000 });
    put(log, [A]);
    put(log, [A], true);
    put(log, [A, B, C, D]);
    expect(log.clean(10_000)).toBe(2);
    expect(liveOffsets(log)).toEqual([2, 3, 4, 5]);
  });
});

describe('LogCleaner: batches (MemoryRecords.filterTo batch retention)', () => {
  function batch(log: PartitionLog, keys: number[], nowMs = 0): void {
    const n = keys.length;
    log.appendBatch(
      new Float64Array(n).fill(nowMs),
      new Int32Array(keys),
      new Int32Array(n).fill(100),
      0,
      n,
      100 * n + 61,
      nowMs,
    );
  }

  it('a batch keeps its header while one record is left, and loses it with its last record', () => {
    const log = compacted({ segmentBytes: 683 });
    batch(log, [A, B]); // 0..1: 261 bytes
    batch(log, [C, A]); // 2..3: 261 bytes
    batch(log, [D]); // 4: 161 bytes → 683
    batch(log, [B]); // 5: rolls
    batch(log, [E]);
    batch(log, [A, F]); // 7..8
    batch(log, [E]); // 9: rolls (161 + 161 + 261 + 161 > 683)
    expect(segments(log).map((s) => s.bytes)).toEqual([683, 583, 161]);
    expect(log.clean(10_000)).toBe(3); // a at 0 and 3 (superseded by 7), b at 1 (by 5)
    expect(liveOffsets(log)).toEqual([2, 4, 5, 6, 7, 8, 9]);
    // Batch 0..1 lost both records and its header; batch 2..3 keeps c, and its header.
    expect(segments(log)).toEqual([
      { base: 0, records: 2, bytes: 683 - 300 - 61 },
      { base: 5, records: 4, bytes: 583 },
      { base: 9, records: 1, bytes: 161 },
    ]);
  });

  it('keeps the last batch of a pass as an empty batch (RETAIN_EMPTY), and drops it on a later pass', () => {
    const log = new PartitionLog(64, { segmentBytes: 483, minCleanableDirtyRatio: 0 });
    put(log, [A, B, -1]); // written while the topic was cleanup.policy=delete
    log.config.cleanupPolicy = 'compact';
    put(log, [C]); // rolls: [0..2] closed
    expect(log.clean(10_000)).toBe(1); // the record without a key
    expect(liveOffsets(log)).toEqual([0, 1, 3]);
    expect(segments(log)[0]).toEqual({ base: 0, records: 2, bytes: 483 - 100 }); // its header stays
    put(log, [C, C, D]); // [3..5] closes
    expect(log.clean(11_000)).toBe(2); // c at 3 and 4
    expect(segments(log)[0]).toEqual({ base: 0, records: 2, bytes: 322 }); // the empty batch is gone now
  });
});

describe('LogCleaner: groupSegmentsBySize', () => {
  it('merges adjacent cleaned segments while their sizes before the pass fit in segment.bytes', () => {
    const log = compacted();
    put(log, [A, A, A, A, B]); // [0..4]
    put(log, [C, C, C, C, D]); // [5..9]
    put(log, [E]); // [10] active
    expect(log.clean(20_000)).toBe(6); // 805 + 805 > 805: no merge on this pass
    expect(segments(log)).toEqual([
      { base: 0, records: 2, bytes: 322 },
      { base: 5, records: 2, bytes: 322 },
      { base: 10, records: 1, bytes: 161 },
    ]);
    put(log, [E, E, E, F, A]); // [10..14] = e e e e f closes; ratio 805 / (644 + 805) > 0.5
    expect(log.clean(30_000)).toBe(3);
    // 322 + 322 <= 805: the first two become one segment; 644 + 805 > 805 keeps [10..14] apart.
    expect(segments(log)).toEqual([
      { base: 0, records: 4, bytes: 644 },
      { base: 10, records: 2, bytes: 322 },
      { base: 15, records: 1, bytes: 161 },
    ]);
    expect(liveOffsets(log)).toEqual([3, 4, 8, 9, 13, 14, 15]);
    expect(log.segmentLargestTimestamp(0)).toBe(9000);
  });
});

describe('LogCleaner: segment timestamps', () => {
  it("a cleaned segment's largest timestamp is that of the records it kept", () => {
    const log = compacted();
    put(log, [A, B, C, D, E]); // [0..4], largest timestamp 4000
    put(log, [E, F, F, F, F, F]); // [5..9] closes: e at 4 is superseded by 5
    expect(log.segmentLargestTimestamp(0)).toBe(4000);
    log.clean(10_000);
    expect(log.segmentLargestTimestamp(0)).toBe(3000);
  });
});

describe('LogCleaner: the window', () => {
  it('records outside the window are neither mapped nor removed', () => {
    const log = compacted({}, 4); // window: the last 4 offsets
    put(log, [A, A, A, A, A, A, A, A, A, A, B]); // [0..4] [5..9] closed, [10] active; window [7..10]
    expect(log.windowStartOffset()).toBe(7);
    expect(log.clean(20_000)).toBe(2); // 7 and 8: the map holds a -> 9; 0..6 are not known
    expect(liveOffsets(log)).toEqual([0, 1, 2, 3, 4, 5, 6, 9, 10]);
    expect(segments(log)).toEqual([
      { base: 0, records: 5, bytes: 805 },
      { base: 5, records: 3, bytes: 483 },
      { base: 10, records: 1, bytes: 161 },
    ]);
    expect(log.liveRecordsIn(0, 11)).toBe(9);
  });
});
