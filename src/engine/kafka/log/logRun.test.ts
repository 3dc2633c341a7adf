import { describe, expect, it } from 'vitest';
import { PartitionLog } from './partitionLog';

/** Segment base offsets and sizes, oldest first. */
function segments(log: PartitionLog): [number, number][] {
  return Array.from({ length: log.segmentCount() }, (_, i) => [
    log.segmentBaseOffset(i),
    log.segmentBytes(i),
  ]);
}

describe('PartitionLog.appendRun: records known only by their count and bytes (the fluid mode)', () => {
  it('rolls at segment.bytes where the same records appended batch by batch roll', () => {
    const config = { segmentBytes: 14_000, segmentMs: 604_800_000 };
    const byBatch = new PartitionLog(64, config, 0);
    // 100 one-record batches of 161 bytes on disk (100 bytes of record, a 61-byte header).
    for (let i = 0; i < 100; i++) byBatch.append(0, 1, 100, 0);
    const byRun = new PartitionLog(64, config, 0);
    byRun.appendRun(100, 100 * 100, 100 * 161, 0);
    expect(byRun.logEndOffset).toBe(100);
    // 86 batches of 161 bytes fit in 14,000 (13,846); the 87th rolls.
    expect(segments(byBatch)).toEqual([
      [0, 13_846],
      [86, 2_254],
    ]);
    expect(segments(byRun)).toEqual(segments(byBatch));
    expect(byRun.sizeInBytes()).toBe(16_100);
  });

  it('keeps no record details: sizes read as the segment average, the ring stays empty', () => {
    const log = new PartitionLog(64, {}, 0);
    log.append(5, 1, 300, 5);
    log.appendRun(1000, 250_000, 311_000, 1000);
    expect(log.logEndOffset).toBe(1001);
    expect(log.windowStartOffset()).toBe(1001);
    // The segment holds 300 + 250,000 record bytes over 1,001 records.
    expect(log.bytesInRange(1, 1001)).toBeCloseTo((1000 * 250_300) / 1001, 6);
    expect(log.memoryBytes()).toBe(64 * 29);
  });

  it('rolls at segment.ms by the time of each run, as LogSegment.shouldRoll does for a batch', () => {
    const log = new PartitionLog(64, { segmentMs: 60_000 }, 0);
    log.appendRun(10, 1000, 1610, 1000);
    log.appendRun(10, 1000, 1610, 61_000);
    log.appendRun(10, 1000, 1610, 62_000);
    // 61,000 - 1,000 is not more than segment.ms; 62,000 - 1,000 is.
    expect(segments(log)).toEqual([
      [0, 3220],
      [20, 1610],
    ]);
  });
});
