// Pins a compacted PartitionLog around the cleaner's gaps: reads that pass over them, LogValidator's key check, retention and truncation.
import { describe, expect, it } from 'vitest';
import { A, B, C, D, compacted, liveOffsets, put, segments } from './logCleaner.testing';
import { APPEND_REJECTED_NO_KEY, PartitionLog } from './partitionLog';

describe('PartitionLog reads over the gaps the cleaner left', () => {
  it('readers skip the gaps: readRange, liveRecordsIn and offsetAfterLiveRecords', () => {
    const log = compacted();
    put(log, [A, B, A, C, A, D]);
    log.clean(10_000);
    const ts = new Float64Array(8);
    const keys = new Int32Array(8);
    const sizes = new Float64Array(8);
    const offsets = new Float64Array(8);
    expect(log.readRange(0, 3, ts, keys, sizes, 0, offsets)).toBe(3);
    expect(Array.from(offsets.subarray(0, 3))).toEqual([1, 3, 4]);
    expect(Array.from(keys.subarray(0, 3))).toEqual([B, C, A]);
    expect(Array.from(ts.subarray(0, 3))).toEqual([1000, 3000, 4000]);
    expect(log.readRange(0, 10, ts, keys, sizes, 0)).toBe(4);
    // Where a consumer that was handed n records from offset 0 fetches next.
    expect([0, 1, 2, 3, 4].map((n) => log.offsetAfterLiveRecords(0, n))).toEqual([1, 3, 4, 5, 6]);
    expect(log.offsetAfterLiveRecords(0, 2, 4)).toBe(4); // capped by toOffset (a high watermark)
    expect(log.liveRecordsIn(2, 4)).toBe(1);
  });

  it('outside the window a cleaned segment reads as its records spread evenly over its offsets', () => {
    const log = compacted({}, 8);
    put(log, [A, B, A, C, A, D]);
    log.clean(10_000); // [0..4] keeps 1, 3, 4
    put(log, [D, D, D, D, D, D, D, D]); // leo 14: window [6..13]
    expect(log.windowStartOffset()).toBe(6);
    // 3 records over 5 offsets: floor(x * 3 / 5) steps up after offsets 1, 3 and 4, as the real ones.
    expect([0, 1, 2, 3, 4].map((o) => log.isRemoved(o))).toEqual([true, false, true, false, false]);
    expect(log.liveRecordsIn(0, 5)).toBe(3);
    expect(log.bytesInRange(0, 5)).toBe(300);
    expect([0, 1, 2, 3].map((n) => log.offsetAfterLiveRecords(0, n))).toEqual([1, 3, 4, 5]);
    const offsets = new Float64Array(4);
    const sizes = new Float64Array(4);
    expect(log.readRange(0, 4, new Float64Array(4), new Int32Array(4), sizes, 0, offsets)).toBe(4);
    expect(Array.from(offsets)).toEqual([1, 3, 4, 5]);
    expect(Array.from(sizes)).toEqual([100, 100, 100, 100]);
  });
});

describe('PartitionLog.appendBatch on a compacted log (LogValidator)', () => {
  it('refuses a batch holding a record without a key, and appends nothing', () => {
    const log = compacted();
    put(log, [A]);
    const ts = new Float64Array(2);
    const sizes = new Int32Array([100, 100]);
    expect(log.appendBatch(ts, new Int32Array([B, -1]), sizes, 0, 2, 261, 0)).toBe(APPEND_REJECTED_NO_KEY);
    expect(log.append(0, -1, 100, 0)).toBe(APPEND_REJECTED_NO_KEY);
    expect(log.logEndOffset).toBe(1);
    expect(log.sizeInBytes()).toBe(161);
    expect(log.appendBatch(ts, new Int32Array([B, C]), sizes, 0, 2, 261, 0)).toBe(1);
    expect(new PartitionLog(8, { cleanupPolicy: 'compact,delete' }).append(0, -1, 1, 0)).toBe(
      APPEND_REJECTED_NO_KEY,
    );
    expect(new PartitionLog(8).append(0, -1, 1, 0)).toBe(0);
  });
});

describe("cleanup.policy 'compact,delete'", () => {
  it('retention measures cleaned segments by their cleaned size; the checkpoint follows the log start offset', () => {
    const log = compacted({ cleanupPolicy: 'compact,delete', retentionBytes: 161 });
    put(log, [A, B, A, C, A, D]);
    log.clean(10_000); // [0..4] 483 bytes, [5] 161
    expect(log.applyRetention(10_000)).toBe(1); // diff 644 - 161 = 483: exactly the cleaned segment
    expect(log.logStartOffset).toBe(5);
    expect(log.liveRecordsIn(0, 6)).toBe(1);
    put(log, [D, D, D, D, D]); // [5..9] closes
    log.maybeIncrementLogStartOffset(7);
    // The checkpoint (5) is below the log start offset: it restarts at 7. The segment holding 7 counts as clean
    // and as dirty (as in Kafka), so the ratio is 805 / 1610, not above 0.5.
    expect(log.clean(20_000)).toBe(0);
    expect(log.firstDirtyOffset).toBe(7);
    log.config.minCleanableDirtyRatio = 0.4;
    expect(log.clean(20_000)).toBe(2); // d at 7 and 8; 5 and 6 are below the log start offset
    expect(liveOffsets(log)).toEqual([9, 10]);
  });
});

describe('PartitionLog.truncateTo with gaps', () => {
  it('cuts a cleaned segment by its remaining records and headers, and moves the cleaner checkpoint back', () => {
    const log = compacted();
    put(log, [A, B, A, C, A, D]);
    log.clean(10_000); // live 1, 3, 4, 5; [0..4] 3 records, 483 bytes
    expect(log.truncateTo(4)).toBe(2); // 4 and 5
    expect(log.logEndOffset).toBe(4);
    expect(log.firstDirtyOffset).toBe(4);
    expect(segments(log)).toEqual([{ base: 0, records: 2, bytes: 322 }]);
    expect(log.truncateTo(1)).toBe(2); // 1 and 3; 2 was already gone, with its header
    expect(segments(log)).toEqual([{ base: 0, records: 0, bytes: 0 }]);
    expect(log.sizeInBytes()).toBe(0);
    expect(log.append(0, A, 100, 0)).toBe(1);
    expect(log.isRemoved(1)).toBe(false);
  });
});
