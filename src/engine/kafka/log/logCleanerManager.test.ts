import { describe, expect, it } from 'vitest';
import { cleanableRatio, logToClean, needsCleaning } from './logCleanerManager';
import {
  BATCH_BYTES,
  BATCH_MAX_TIMESTAMP,
  BATCH_NOW,
  BATCH_RECORD_BYTES,
  BATCH_RECORDS,
  LogSegments,
} from './segments';

// Segments of 1000 bytes at offsets 0, 10, 20 with largest timestamps 100, 200, 300, and the active segment at 30
// (also 1000 bytes, timestamp 400); log end offset 40.
function fourSegments(): LogSegments {
  const s = new LogSegments(0, 0);
  for (let i = 0; i < 4; i++) {
    if (i > 0) s.roll(i * 10, 0);
    const b = s.batch;
    b[BATCH_BYTES] = 1000;
    b[BATCH_RECORDS] = 10;
    b[BATCH_RECORD_BYTES] = 939;
    b[BATCH_MAX_TIMESTAMP] = (i + 1) * 100;
    b[BATCH_NOW] = 0;
    s.appendToActive();
  }
  return s;
}

describe('logToClean (LogCleanerManager.cleanableOffsets + calculateCleanableBytes)', () => {
  it('cleans from the checkpoint up to the active segment', () => {
    const s = fourSegments();
    expect(logToClean(s, 0, 0, 40, 40, 0, 0)).toEqual({
      firstDirtyOffset: 0,
      firstUncleanableOffset: 30,
      cleanBytes: 0,
      cleanableBytes: 3000,
    });
    const later = logToClean(s, 10, 0, 40, 40, 0, 0);
    expect([later.cleanBytes, later.cleanableBytes, cleanableRatio(later)]).toEqual([
      1000,
      2000,
      2000 / 3000,
    ]);
  });

  it('stops below the segment that holds the high watermark (the last stable offset)', () => {
    const s = fourSegments();
    const t = logToClean(s, 0, 0, 40, 25, 0, 0);
    expect([t.firstUncleanableOffset, t.cleanableBytes]).toEqual([20, 2000]);
  });

  it('stops at the first dirty segment whose largest timestamp is newer than now - min.compaction.lag.ms', () => {
    const s = fourSegments();
    expect(logToClean(s, 0, 0, 40, 40, 1250, 1000).firstUncleanableOffset).toBe(20); // 300 > 250
    expect(logToClean(s, 0, 0, 40, 40, 1300, 1000).firstUncleanableOffset).toBe(30); // 300 is not > 300
    expect(logToClean(s, 0, 0, 40, 40, 1000, 1000).firstUncleanableOffset).toBe(0); // nothing cleanable
  });

  it('resets an invalid checkpoint to the log start offset, whose segment counts as clean and dirty', () => {
    const s = fourSegments();
    const below = logToClean(s, 5, 15, 40, 40, 0, 0);
    expect(below.firstDirtyOffset).toBe(15);
    // logSegments(-1, 15) and logSegments(15, 30) both include the segment at 10, as in Kafka.
    expect([below.cleanBytes, below.cleanableBytes]).toEqual([2000, 2000]);
    expect(logToClean(s, 41, 0, 40, 40, 0, 0).firstDirtyOffset).toBe(0);
  });

  it('needs cleaning only when the ratio is strictly above min.cleanable.dirty.ratio', () => {
    const s = fourSegments();
    const half = logToClean(s, 20, 0, 40, 40, 0, 0); // clean 2000, cleanable 1000
    expect(cleanableRatio(half)).toBeCloseTo(1 / 3);
    expect(needsCleaning(half, 0.33)).toBe(true);
    expect(needsCleaning(half, 0.5)).toBe(false);
    const none = logToClean(s, 30, 0, 40, 40, 0, 0);
    expect([none.cleanableBytes, needsCleaning(none, 0)]).toEqual([0, false]);
  });
});
