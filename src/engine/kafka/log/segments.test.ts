import { describe, expect, it } from 'vitest';
import {
  BATCH_BASE_OFFSET,
  BATCH_BYTES,
  BATCH_MAX_TIMESTAMP,
  BATCH_NOW,
  BATCH_RECORD_BYTES,
  BATCH_RECORDS,
  BATCH_SEGMENT_BYTES,
  BATCH_SEGMENT_MS,
  LogSegments,
} from './segments';

const SEG_BYTES = 1000;
const SEG_MS = 1000;

/** Describes the next batch in `s.batch`; segment.bytes and segment.ms are 1000. */
function batch(
  s: LogSegments,
  bytes: number,
  maxTimestamp: number,
  nowMs: number,
  baseOffset = 0,
  records = 1,
): LogSegments {
  const b = s.batch;
  b[BATCH_BYTES] = bytes;
  b[BATCH_RECORDS] = records;
  b[BATCH_RECORD_BYTES] = bytes - 61;
  b[BATCH_MAX_TIMESTAMP] = maxTimestamp;
  b[BATCH_BASE_OFFSET] = baseOffset;
  b[BATCH_NOW] = nowMs;
  b[BATCH_SEGMENT_BYTES] = SEG_BYTES;
  b[BATCH_SEGMENT_MS] = SEG_MS;
  return s;
}

/** Appends a batch to the active segment without the roll check. */
function put(s: LogSegments, records: number, bytes: number, maxTimestamp: number, nowMs: number): void {
  batch(s, bytes, maxTimestamp, nowMs, 0, records).appendToActive();
}

describe('LogSegments.shouldRoll (LogSegment.shouldRoll)', () => {
  it('rolls on bytes only when size > segment.bytes - batchBytes', () => {
    const s = new LogSegments(0, 0);
    // An empty segment does not roll for a batch that fits.
    expect(batch(s, 1000, 0, 0, 0).shouldRoll()).toBe(false);
    put(s, 1, 500, 0, 0);
    expect(batch(s, 500, 0, 0, 1).shouldRoll()).toBe(false); // 500 > 500 is false: fills exactly
    expect(batch(s, 501, 0, 0, 1).shouldRoll()).toBe(true);
  });

  it("rolls on time from the first batch's max timestamp to the incoming batch's max timestamp", () => {
    const s = new LogSegments(0, 0);
    put(s, 1, 100, 5000, 0);
    expect(s.firstBatchTimestamp(0)).toBe(5000);
    expect(batch(s, 100, 6000, 999_999, 1).shouldRoll()).toBe(false); // 1000 > 1000 is false; now is not used
    expect(batch(s, 100, 6001, 0, 1).shouldRoll()).toBe(true);
  });

  it('falls back to now - created when the first batch has no timestamp, and never rolls an empty segment on time', () => {
    const s = new LogSegments(0, 100);
    expect(batch(s, 100, -1, 5000, 0).shouldRoll()).toBe(false); // empty: size > 0 is required
    put(s, 1, 100, -1, 100);
    expect(batch(s, 100, -1, 1100, 1).shouldRoll()).toBe(false);
    expect(batch(s, 100, -1, 1101, 1).shouldRoll()).toBe(true);
  });

  it('rolls when the last offset would not fit the offset index (offset - base > Integer.MAX_VALUE)', () => {
    const s = new LogSegments(0, 0);
    put(s, 1, 100, 0, 0);
    expect(batch(s, 100, 0, 0, 2147483647).shouldRoll()).toBe(false);
    expect(batch(s, 100, 0, 0, 2147483648).shouldRoll()).toBe(true);
  });
});

describe('LogSegments.append (UnifiedLog.maybeRoll + LogSegment.append)', () => {
  it('rolls at the batch base offset before a batch that would pass segment.bytes', () => {
    const s = new LogSegments(0, 0);
    for (let o = 0; o < 13; o++) batch(s, 161, o, o, o).append();
    expect([s.count(), s.baseOffset(1), s.baseOffset(2)]).toEqual([3, 6, 12]);
    expect([s.bytes(0), s.bytes(1), s.bytes(2), s.sizeInBytes()]).toEqual([966, 966, 161, 2093]);
    expect([s.recordCount(1), s.firstBatchTimestamp(1), s.maxTimestamp(1), s.createdMs(1)]).toEqual([
      6, 6, 11, 6,
    ]);
  });
});

describe('LogSegments bookkeeping', () => {
  it('keeps sizes, counts and timestamps per segment and finds the segment of an offset', () => {
    const s = new LogSegments(0, 0);
    put(s, 3, 361, 30, 1);
    put(s, 2, 261, 20, 2);
    s.roll(5, 3);
    put(s, 1, 161, 50, 4);
    expect(s.count()).toBe(2);
    expect([s.baseOffset(0), s.recordCount(0), s.bytes(0), s.recordBytes(0)]).toEqual([0, 5, 622, 500]);
    expect([s.maxTimestamp(0), s.firstBatchTimestamp(0), s.createdMs(0), s.lastModifiedMs(0)]).toEqual([
      30, 30, 0, 2,
    ]);
    expect([s.baseOffset(1), s.recordCount(1), s.bytes(1), s.createdMs(1)]).toEqual([5, 1, 161, 3]);
    expect(s.sizeInBytes()).toBe(783);
    expect([s.indexOf(-1), s.indexOf(0), s.indexOf(4), s.indexOf(5), s.indexOf(99)]).toEqual([
      -1, 0, 0, 1, 1,
    ]);
  });

  it('recreates an empty active segment in place when rolled to its own base offset (LocalLog.roll, KAFKA-6388)', () => {
    const s = new LogSegments(7, 0);
    s.roll(7, 50);
    expect(s.count()).toBe(1);
    expect(s.createdMs(0)).toBe(50);
    put(s, 1, 100, 1, 60);
    expect(() => s.roll(7, 70)).toThrow();
    expect(() => s.roll(6, 70)).toThrow();
  });

  it('largestTimestamp falls back to the last append time when no batch had a timestamp', () => {
    const s = new LogSegments(0, 0);
    put(s, 1, 100, -1, 1234);
    expect(s.maxTimestamp(0)).toBe(-1);
    expect(s.largestTimestamp(0)).toBe(1234);
  });

  it('grows its ring past the initial capacity and keeps order after removing old segments', () => {
    const s = new LogSegments(0, 0, 4);
    for (let i = 0; i < 10; i++) {
      put(s, 10, 1000, i, i);
      s.roll((i + 1) * 10, i);
    }
    expect(s.count()).toBe(11);
    s.removeOldest(3);
    for (let i = 0; i < 30; i++) {
      put(s, 10, 1000, i, i);
      s.roll((i + 11) * 10, i);
    }
    expect(s.count()).toBe(38);
    for (let i = 0; i < s.count(); i++) expect(s.baseOffset(i)).toBe((i + 3) * 10);
    expect(s.sizeInBytes()).toBe(37 * 1000);
    expect(() => s.removeOldest(38)).toThrow(RangeError);
  });
});

describe('LogSegments after cleaning (Cleaner.cleanSegments, LocalLog.replaceSegments)', () => {
  it('takes removed records and headers off a segment and the total', () => {
    const s = new LogSegments(0, 0);
    put(s, 5, 805, 40, 40);
    s.roll(5, 50);
    put(s, 1, 161, 50, 50);
    s.removeCleaned(0, 2, 200, 322);
    expect([s.recordCount(0), s.recordBytes(0), s.bytes(0), s.sizeInBytes()]).toEqual([3, 544, 483, 644]); // the helper counts one header per put;
    s.setCleanedTimestamps(0, 30, 10);
    expect([s.maxTimestamp(0), s.firstBatchTimestamp(0), s.largestTimestamp(0)]).toEqual([30, 10, 30]);
  });

  it('merges a group of segments into one at the first base offset, keeping the ones after in order', () => {
    const s = new LogSegments(0, 0, 4);
    const specs = [
      [0, 2, 322, 10, 100],
      [10, 0, 0, -1, 200],
      [20, 3, 483, 25, 300],
      [30, 1, 161, 35, 400],
    ] as const;
    for (const [base, records, bytes, ts, now] of specs) {
      if (base > 0) s.roll(base, now);
      if (records > 0) put(s, records, bytes, ts, now);
    }
    s.roll(40, 500); // active
    s.merge(0, 3);
    expect(s.count()).toBe(3);
    expect([s.baseOffset(0), s.recordCount(0), s.bytes(0), s.recordBytes(0)]).toEqual([0, 5, 805, 683]);
    expect([s.maxTimestamp(0), s.firstBatchTimestamp(0), s.lastModifiedMs(0)]).toEqual([25, 10, 300]);
    expect([s.baseOffset(1), s.baseOffset(2), s.recordCount(1)]).toEqual([30, 40, 1]);
    expect(s.sizeInBytes()).toBe(966);
    expect(s.indexOf(25)).toBe(0);
    expect(() => s.merge(1, 2)).toThrow(RangeError); // never into the active segment
  });
});
