import { describe, expect, it } from 'vitest';
import {
  APPEND_REJECTED_BATCH_TOO_LARGE,
  PartitionLog,
  RECORD_BATCH_OVERHEAD,
  RETAINED_BYTES_PER_RECORD,
} from './partitionLog';
import { DEFAULT_LOG_CONFIG, DEFAULT_LOG_RETENTION_CHECK_INTERVAL_MS, logConfig } from './logConfig';

function bases(log: PartitionLog): number[] {
  const out: number[] = [];
  for (let i = 0; i < log.segmentCount(); i++) out.push(log.segmentBaseOffset(i));
  return out;
}

function segmentSizes(log: PartitionLog): number[] {
  const out: number[] = [];
  for (let i = 0; i < log.segmentCount(); i++) out.push(log.segmentBytes(i));
  return out;
}

/** `n` one-record batches of 100-byte records (161 bytes on disk), timestamp = now = offset * 1000. */
function fill(log: PartitionLog, n: number): void {
  for (let i = 0; i < n; i++) {
    const o = log.logEndOffset;
    log.append(o * 1000, o, 100, o * 1000);
  }
}

describe('LogConfig', () => {
  it("has Kafka's defaults", () => {
    expect(DEFAULT_LOG_CONFIG).toEqual({
      segmentBytes: 1073741824,
      segmentMs: 604800000,
      retentionMs: 604800000,
      retentionBytes: -1,
      cleanupPolicy: 'delete',
      deleteRetentionMs: 86400000,
      minCleanableDirtyRatio: 0.5,
      minCompactionLagMs: 0,
      logRetentionCheckIntervalMs: 300000,
      // max.message.bytes: 1 MiB plus the 12-byte log overhead (TopicConfig, LogConfig.DEFAULT_MAX_MESSAGE_BYTES).
      maxMessageBytes: 1048588,
    });
    expect(DEFAULT_LOG_RETENTION_CHECK_INTERVAL_MS).toBe(300000);
    expect(RECORD_BATCH_OVERHEAD).toBe(61);
  });

  it("rejects values outside Kafka's bounds", () => {
    expect(() => logConfig({ segmentBytes: 13 })).toThrow(RangeError);
    expect(() => logConfig({ segmentMs: 0 })).toThrow(RangeError);
    expect(() => logConfig({ retentionMs: -2 })).toThrow(RangeError);
    expect(logConfig({ retentionBytes: -5 }).retentionBytes).toBe(-5);
    expect(() => logConfig({ deleteRetentionMs: -1 })).toThrow(RangeError);
    expect(() => logConfig({ minCleanableDirtyRatio: 1.01 })).toThrow(RangeError);
    expect(() => logConfig({ minCompactionLagMs: -1 })).toThrow(RangeError);
    expect(logConfig({ minCleanableDirtyRatio: 0 }).minCleanableDirtyRatio).toBe(0);
  });
});

describe('PartitionLog offsets', () => {
  it('gives offsets 0..n-1 to n appends and batch base offsets to batches', () => {
    const log = new PartitionLog(16);
    for (let i = 0; i < 10; i++) expect(log.append(i, -1, 10, i)).toBe(i);
    expect(log.logEndOffset).toBe(10);
    expect(log.logStartOffset).toBe(0);
    const ts = new Float64Array([100, 101, 102, 103, 104]);
    const keys = new Int32Array([1, 2, 3, 4, 5]);
    const sizes = new Int32Array([10, 20, 30, 40, 50]);
    expect(log.appendBatch(ts, keys, sizes, 1, 3, 20 + 30 + 40 + RECORD_BATCH_OVERHEAD, 200)).toBe(10);
    expect(log.logEndOffset).toBe(13);
    expect([log.keyAt(10), log.keyAt(11), log.keyAt(12)]).toEqual([2, 3, 4]);
    expect([log.sizeAt(10), log.sizeAt(12), log.timestampAt(12)]).toEqual([20, 40, 103]);
    expect(log.sizeInBytes()).toBe(10 * 71 + 151);
  });

  it('never reuses offsets after segments are deleted', () => {
    const log = new PartitionLog(64, { segmentBytes: 1000, retentionBytes: 0 });
    fill(log, 20);
    log.applyRetention(20_000);
    expect(log.logStartOffset).toBe(20);
    expect(log.append(0, -1, 100, 20_000)).toBe(20);
    expect(log.logEndOffset).toBe(21);
    expect(log.sizeAt(19)).toBe(0);
    expect(log.keyAt(19)).toBe(-1);
  });
});

describe('PartitionLog segment rolls (LogSegment.shouldRoll)', () => {
  it('segment.bytes 1000 with 161-byte batches: 6 batches per segment', () => {
    const log = new PartitionLog(64, { segmentBytes: 1000 });
    fill(log, 20);
    expect(bases(log)).toEqual([0, 6, 12, 18]);
    expect(segmentSizes(log)).toEqual([966, 966, 966, 322]);
    expect(log.segmentRecordCount(0)).toBe(6);
    expect(log.segmentRecordCount(3)).toBe(2);
    expect(log.sizeInBytes()).toBe(3220);
  });

  it('a batch that fills the segment exactly does not roll; one byte more does', () => {
    const exact = new PartitionLog(64, { segmentBytes: 966 });
    fill(exact, 13);
    expect(bases(exact)).toEqual([0, 6, 12]);
    const short = new PartitionLog(64, { segmentBytes: 965 });
    fill(short, 13);
    expect(bases(short)).toEqual([0, 5, 10]);
  });

  it('multi-record batches roll before the batch, so a batch never spans segments', () => {
    const log = new PartitionLog(64, { segmentBytes: 1000 });
    const ts = new Float64Array(3);
    const keys = new Int32Array(3).fill(-1);
    const sizes = new Int32Array(3).fill(100);
    const got: number[] = [];
    for (let b = 0; b < 5; b++) got.push(log.appendBatch(ts, keys, sizes, 0, 3, 3 * 100 + 61, 0));
    expect(got).toEqual([0, 3, 6, 9, 12]);
    expect(bases(log)).toEqual([0, 6, 12]); // 2 batches = 722 bytes; a third would make 1083
  });

  it('rejects a batch larger than segment.bytes (RecordBatchTooLargeException)', () => {
    const log = new PartitionLog(64, { segmentBytes: 1000 });
    const one = new Float64Array(1);
    expect(log.appendBatch(one, new Int32Array(1), new Int32Array([939]), 0, 1, 1000, 0)).toBe(0);
    expect(log.appendBatch(one, new Int32Array(1), new Int32Array([940]), 0, 1, 1001, 0)).toBe(
      APPEND_REJECTED_BATCH_TOO_LARGE,
    );
    expect(log.logEndOffset).toBe(1);
  });

  it("segment.ms 1000: rolls when the batch's timestamp is more than 1000 ms after the first batch's", () => {
    const log = new PartitionLog(64, { segmentMs: 1000 });
    const tss = [0, 500, 1000, 1001, 2000, 2001, 2002, 3003];
    for (const t of tss) log.append(t, -1, 10, t);
    expect(bases(log)).toEqual([0, 3, 6, 7]);
    // The incoming batch's timestamp counts, not the clock: old timestamps appended late do not roll.
    const late = new PartitionLog(64, { segmentMs: 1000 });
    late.append(0, -1, 10, 0);
    late.append(1000, -1, 10, 50_000);
    expect(late.segmentCount()).toBe(1);
  });
});

describe('PartitionLog retention (UnifiedLog.deleteOldSegments)', () => {
  // 20 records at 1 s intervals, segment.bytes 1000: segments [0..5] [6..11] [12..17] [18..19],
  // largest timestamps 5000, 11000, 17000, 19000; sizes 966, 966, 966, 322.

  it('retention.ms deletes only segments whose largest timestamp is older than retention.ms', () => {
    const log = new PartitionLog(64, { segmentBytes: 1000, retentionMs: 10_000 });
    fill(log, 20);
    expect(log.applyRetention(21_000)).toBe(1); // 21000 - 5000 > 10000; 21000 - 11000 is not > 10000
    expect(log.logStartOffset).toBe(6);
    expect(bases(log)).toEqual([6, 12, 18]);
    expect(log.applyRetention(21_000)).toBe(0);
    expect(log.applyRetention(21_001)).toBe(1);
    expect(log.logStartOffset).toBe(12);
    expect(log.sizeInBytes()).toBe(966 + 322);
    expect(log.logEndOffset).toBe(20);
  });

  it('retention.ms stops at the first segment that is not expired', () => {
    const log = new PartitionLog(64, { segmentBytes: 1000, retentionMs: 10_000 });
    for (let o = 0; o < 20; o++) log.append(o === 3 ? 50_000 : o * 1000, -1, 100, o * 1000);
    // Segment 0 now has largest timestamp 50000: nothing behind it goes either.
    expect(log.applyRetention(40_000)).toBe(0);
    expect(log.logStartOffset).toBe(0);
    expect(log.applyRetention(60_001)).toBe(4); // all expired: roll first, then delete all four
    expect(log.logStartOffset).toBe(20);
  });

  it("retention.bytes follows Kafka's diff rule and may leave the log above the limit", () => {
    const log = new PartitionLog(64, { segmentBytes: 1000, retentionBytes: 2000 });
    fill(log, 20);
    // size 3220, diff 1220: 1220 - 966 >= 0 deletes segment 0; 254 - 966 < 0 stops.
    expect(log.applyRetention(20_000)).toBe(1);
    expect(log.logStartOffset).toBe(6);
    expect(log.sizeInBytes()).toBe(2254);
    expect(log.applyRetention(20_000)).toBe(0); // 2254 - 2000 = 254 < 966

    const exact = new PartitionLog(64, { segmentBytes: 1000, retentionBytes: 1288 });
    fill(exact, 20);
    // diff 1932 = two segments exactly: both go, leaving exactly the limit.
    expect(exact.applyRetention(20_000)).toBe(2);
    expect(exact.logStartOffset).toBe(12);
    expect(exact.sizeInBytes()).toBe(1288);
  });

  it('deleting every segment including the active one rolls a new empty active segment first', () => {
    const log = new PartitionLog(64, { segmentBytes: 1000, retentionBytes: 0 });
    fill(log, 20);
    expect(log.applyRetention(20_000)).toBe(4);
    expect(log.segmentCount()).toBe(1);
    expect(bases(log)).toEqual([20]);
    expect(log.logStartOffset).toBe(20);
    expect(log.logEndOffset).toBe(20);
    expect(log.sizeInBytes()).toBe(0);
    // The empty active segment is never deleted.
    expect(log.applyRetention(20_000)).toBe(0);
    expect(bases(log)).toEqual([20]);
    expect(log.append(0, -1, 100, 20_000)).toBe(20);
    expect(bases(log)).toEqual([20]);
  });

  it('retention.ms breached by the active segment too: roll, then delete all (LEO unchanged)', () => {
    const log = new PartitionLog(64, { segmentBytes: 1000, retentionMs: 1000 });
    fill(log, 8);
    expect(bases(log)).toEqual([0, 6]);
    expect(log.applyRetention(100_000)).toBe(2);
    expect(bases(log)).toEqual([8]);
    expect(log.logStartOffset).toBe(8);
  });

  it('does not delete at or above the high watermark', () => {
    const log = new PartitionLog(64, { segmentBytes: 1000, retentionMs: 0 });
    fill(log, 20);
    expect(log.applyRetention(1_000_000, 11)).toBe(1); // segment [6..11] ends at 12 > HW 11
    expect(log.logStartOffset).toBe(6);
    expect(log.applyRetention(1_000_000, 18)).toBe(2);
    expect(log.logStartOffset).toBe(18);
  });

  it('a raised log start offset deletes segments wholly below it, under any cleanup.policy', () => {
    const log = new PartitionLog(64, { segmentBytes: 1000, cleanupPolicy: 'compact' });
    fill(log, 20);
    expect(log.maybeIncrementLogStartOffset(13)).toBe(true);
    expect(log.maybeIncrementLogStartOffset(5)).toBe(false);
    expect(() => log.maybeIncrementLogStartOffset(21)).toThrow(RangeError);
    expect(log.sizeAt(12)).toBe(0);
    expect(log.applyRetention(0)).toBe(2); // next bases 6 and 12 are <= 13; 18 is not
    expect(bases(log)).toEqual([12, 18]);
    expect(log.logStartOffset).toBe(13);
  });

  it("cleanup.policy 'compact' does not apply retention.ms or retention.bytes", () => {
    const log = new PartitionLog(64, { segmentBytes: 1000, retentionBytes: 0, cleanupPolicy: 'compact' });
    fill(log, 20);
    expect(log.applyRetention(1e12)).toBe(0);
    expect(log.segmentCount()).toBe(4);
  });
});

describe('PartitionLog retained window (ring)', () => {
  // capacity 5 rounds up to 8. Record i: size 100 + i, key 10 * i, timestamp 1000 * i, one per batch.
  // segment.bytes 1000 makes segments [0..5] [6..10] [11..15] [16..19].
  function wrapped(): PartitionLog {
    const log = new PartitionLog(5, { segmentBytes: 1000 });
    for (let i = 0; i < 20; i++) log.append(1000 * i, 10 * i, 100 + i, 1000 * i);
    return log;
  }

  it('keeps the last 8 records exactly', () => {
    const log = wrapped();
    expect(log.capacity).toBe(8);
    expect(bases(log)).toEqual([0, 6, 11, 16]);
    expect(log.windowStartOffset()).toBe(12);
    expect(log.retainedRecordCount()).toBe(8);
    for (let o = 12; o < 20; o++) {
      expect(log.isRetainedInWindow(o)).toBe(true);
      expect([log.sizeAt(o), log.keyAt(o), log.timestampAt(o)]).toEqual([100 + o, 10 * o, 1000 * o]);
    }
    expect(log.isRetainedInWindow(11)).toBe(false);
    expect(log.isRetainedInWindow(20)).toBe(false);
  });

  it("older records read as their segment's average size, key -1 and an interpolated timestamp", () => {
    const log = wrapped();
    expect(log.sizeAt(0)).toBe(102.5); // (100 + ... + 105) / 6
    expect(log.sizeAt(5)).toBe(102.5);
    expect(log.sizeAt(8)).toBe(108); // (106 + ... + 110) / 5
    expect(log.sizeAt(11)).toBe(113); // (111 + ... + 115) / 5
    expect(log.keyAt(0)).toBe(-1);
    expect(log.keyAt(11)).toBe(-1);
    expect(log.timestampAt(8)).toBe(8000);
    expect(log.sizeAt(20)).toBe(0);
    expect(log.timestampAt(20)).toBe(-1);
  });

  it('bytesInRange sums exact sizes in the window and segment averages outside it', () => {
    const log = wrapped();
    expect(log.bytesInRange(12, 20)).toBe(924); // 112 + ... + 119
    expect(log.bytesInRange(0, 20)).toBe(615 + 540 + 113 + 924);
    expect(log.bytesInRange(3, 14)).toBe(3 * 102.5 + 540 + 113 + 112 + 113);
    expect(log.bytesInRange(-5, 100)).toBe(log.bytesInRange(0, 20));
    expect(log.bytesInRange(14, 14)).toBe(0);
  });

  it('readRange copies a run of records into caller columns, clamped to the log', () => {
    const log = wrapped();
    const ts = new Float64Array(8);
    const keys = new Int32Array(8);
    const sizes = new Float64Array(8);
    expect(log.readRange(10, 5, ts, keys, sizes, 1)).toBe(5);
    expect(Array.from(ts.subarray(1, 6))).toEqual([10000, 11000, 12000, 13000, 14000]);
    expect(Array.from(keys.subarray(1, 6))).toEqual([-1, -1, 120, 130, 140]);
    expect(Array.from(sizes.subarray(1, 6))).toEqual([108, 113, 112, 113, 114]);
    expect(log.readRange(18, 10, ts, keys, sizes, 0)).toBe(2);
    expect(log.readRange(20, 10, ts, keys, sizes, 0)).toBe(0);
  });

  it('readRange agrees with sizeAt, keyAt and timestampAt everywhere', () => {
    const log = new PartitionLog(8, { segmentBytes: 1000 });
    for (let i = 0; i < 20; i++) log.append(7 * i * i + 3, i, 100 + ((i * 37) % 11), 7 * i * i);
    const ts = new Float64Array(20);
    const keys = new Int32Array(20);
    const sizes = new Float64Array(20);
    expect(log.readRange(0, 20, ts, keys, sizes, 0)).toBe(20);
    for (let o = 0; o < 20; o++) {
      expect([ts[o], keys[o], sizes[o]]).toEqual([log.timestampAt(o), log.keyAt(o), log.sizeAt(o)]);
    }
    expect(log.timestampAt(3)).toBe(108); // segment [0..5]: first 3, max 178: 3 + (175 / 5) * 3
  });

  it('truncateTo cuts the segment holding the offset, deletes the newer ones and shrinks the window', () => {
    const log = wrapped();
    expect(log.truncateTo(15)).toBe(5);
    expect(log.logEndOffset).toBe(15);
    expect(bases(log)).toEqual([0, 6, 11]);
    expect(segmentSizes(log)).toEqual([981, 845, 870 - 176]); // offset 15 went: 115 + its 61-byte header
    expect(log.segmentRecordCount(2)).toBe(4);
    // Slots of 7..11 held 15..19, which are gone: the window starts at 12, not at 15 - 8.
    expect(log.windowStartOffset()).toBe(12);
    expect(log.bytesInRange(8, 12)).toBe(3 * 108 + 112.5); // segment averages: (106..110) / 5, (111..114) / 4
    expect(log.append(0, 7, 100, 0)).toBe(15);
    expect(log.truncateTo(99)).toBe(0);
  });

  it('holds 29 bytes of typed arrays per retained record', () => {
    // offset 8 + timestamp 8 + key 4 + size 4 + leader epoch 4 + producer 4 + flags 1
    expect(RETAINED_BYTES_PER_RECORD).toBe(29);
    expect(wrapped().memoryBytes()).toBe(8 * 29);
  });

  it('starts with 64 slots and doubles only while the log keeps more records, up to its capacity', () => {
    const big = new PartitionLog(1 << 20);
    expect(big.capacity).toBe(1 << 20);
    // A quiet partition costs 64 * 29 = 1,856 bytes, not 1 Mi * 29 = 29 MiB.
    expect(big.memoryBytes()).toBe(64 * 29);
    for (let i = 0; i < 65; i++) big.append(i, i, 100, i);
    expect(big.memoryBytes()).toBe(128 * 29);
    // Every record is still there with its details after the columns moved.
    for (let o = 0; o < 65; o++)
      expect([big.keyAt(o), big.timestampAt(o), big.sizeAt(o)]).toEqual([o, o, 100]);
    const small = new PartitionLog(100);
    for (let i = 0; i < 1000; i++) small.append(i, i, 100, i);
    // Capacity 100 rounds up to 128: full, the ring holds exactly the newest 128 records.
    expect(small.memoryBytes()).toBe(128 * 29);
    expect(small.windowStartOffset()).toBe(1000 - 128);
    expect(small.keyAt(1000 - 128)).toBe(872);
    expect(small.keyAt(1000 - 129)).toBe(-1);
  });
});
