// Pins UnifiedLog.deletableSegments under each of deleteOldSegments' predicates.
import { describe, expect, it } from 'vitest';
import { deletableCount, RetentionRule } from './logRetention';
import {
  BATCH_BYTES,
  BATCH_MAX_TIMESTAMP,
  BATCH_NOW,
  BATCH_RECORD_BYTES,
  BATCH_RECORDS,
  LogSegments,
} from './segments';

/** Appends a batch to the active segment without the roll check. */
function put(s: LogSegments, records: number, bytes: number, maxTimestamp: number, nowMs: number): void {
  const b = s.batch;
  b[BATCH_BYTES] = bytes;
  b[BATCH_RECORDS] = records;
  b[BATCH_RECORD_BYTES] = bytes - 61;
  b[BATCH_MAX_TIMESTAMP] = maxTimestamp;
  b[BATCH_NOW] = nowMs;
  s.appendToActive();
}

describe('deletableCount (UnifiedLog.deletableSegments)', () => {
  // Four segments of 1000 bytes at offsets 0, 10, 20, 30 with max timestamps 100, 200, 300, 400; LEO 40.
  function fourSegments(): LogSegments {
    const s = new LogSegments(0, 0);
    for (let i = 0; i < 4; i++) {
      if (i > 0) s.roll(i * 10, 0);
      put(s, 10, 1000, (i + 1) * 100, 0);
    }
    return s;
  }

  it('retention.bytes: deletes oldest while diff - segmentSize >= 0, diff = size - retention.bytes', () => {
    const s = fourSegments();
    expect(deletableCount(s, RetentionRule.RetentionSizeBreach, -1, 0, 40, 40)).toBe(0);
    expect(deletableCount(s, RetentionRule.RetentionSizeBreach, 4001, 0, 40, 40)).toBe(0); // size < retention
    expect(deletableCount(s, RetentionRule.RetentionSizeBreach, 3001, 0, 40, 40)).toBe(0); // diff 999 < 1000
    expect(deletableCount(s, RetentionRule.RetentionSizeBreach, 3000, 0, 40, 40)).toBe(1); // diff 1000
    expect(deletableCount(s, RetentionRule.RetentionSizeBreach, 1500, 0, 40, 40)).toBe(2); // diff 2500
    expect(deletableCount(s, RetentionRule.RetentionSizeBreach, 0, 0, 40, 40)).toBe(4); // includes the active
  });

  it('retention.ms: deletes oldest while now - largestTimestamp > retention.ms', () => {
    const s = fourSegments();
    expect(deletableCount(s, RetentionRule.RetentionMsBreach, -1, 10_000, 40, 40)).toBe(0);
    expect(deletableCount(s, RetentionRule.RetentionMsBreach, 1000, 1200, 40, 40)).toBe(1); // 1100 > 1000; 1000 is not
    expect(deletableCount(s, RetentionRule.RetentionMsBreach, 1000, 1301, 40, 40)).toBe(3);
    expect(deletableCount(s, RetentionRule.RetentionMsBreach, 1000, 1401, 40, 40)).toBe(4);
  });

  it('never deletes a segment whose upper bound offset is above the high watermark', () => {
    const s = fourSegments();
    expect(deletableCount(s, RetentionRule.RetentionMsBreach, 0, 10_000, 19, 40)).toBe(1); // next base 20 > HW 19
    expect(deletableCount(s, RetentionRule.RetentionMsBreach, 0, 10_000, 20, 40)).toBe(2);
    expect(deletableCount(s, RetentionRule.RetentionMsBreach, 0, 10_000, 39, 40)).toBe(3); // active: LEO 40 > HW 39
  });

  it('log start offset breach: a segment goes when the next segment starts at or below the log start offset', () => {
    const s = fourSegments();
    expect(deletableCount(s, RetentionRule.LogStartOffsetBreach, 9, 0, 40, 40)).toBe(0);
    expect(deletableCount(s, RetentionRule.LogStartOffsetBreach, 10, 0, 40, 40)).toBe(1);
    expect(deletableCount(s, RetentionRule.LogStartOffsetBreach, 40, 0, 40, 40)).toBe(3); // never the last one
  });

  it('never returns a final segment that is empty', () => {
    const s = new LogSegments(0, 0);
    put(s, 10, 1000, 100, 0);
    s.roll(10, 0);
    expect(deletableCount(s, RetentionRule.RetentionMsBreach, 0, 10_000, 10, 10)).toBe(1);
    expect(deletableCount(s, RetentionRule.RetentionSizeBreach, 0, 0, 10, 10)).toBe(1);
  });
});
