// Pins readLogRecords: what the record inspector reads of a log (offsets, keys, batches, producers, gaps, truncation).
import { describe, expect, it } from 'vitest';
import { A, B, C, D, compacted, put } from './logCleaner.testing';
import { PartitionLog } from './partitionLog';
import { producerTag } from './producerTag';
import { readLogRecords } from './recordRead';

/** Appends one batch of `count` records keyed 10, 11, ... of 50 bytes at `nowMs`, written by `tag`. */
function batch(log: PartitionLog, count: number, nowMs: number, tag = -1, tombstones: number[] = []): number {
  const ts = new Float64Array(count).fill(nowMs);
  const keys = Int32Array.from({ length: count }, (_, i) => 10 + i);
  const sizes = new Int32Array(count).fill(50);
  const marks =
    tombstones.length > 0
      ? Uint8Array.from({ length: count }, (_, i) => (tombstones.includes(i) ? 1 : 0))
      : null;
  log.appendProducer = tag;
  return log.appendBatch(ts, keys, sizes, 0, count, 50 * count + 61, nowMs, marks);
}

describe('readLogRecords', () => {
  it('reads offsets, keys, sizes, timestamps and each record batch base offset, producer and sequence', () => {
    const log = new PartitionLog(64);
    batch(log, 3, 1000, producerTag(2, 0));
    batch(log, 2, 2000, producerTag(2, 1), [1]);
    batch(log, 1, 3000, producerTag(5, 7));
    const read = readLogRecords(log, 0, 10);
    expect(read.fromOffset).toBe(0);
    expect(read.toOffset).toBe(6);
    expect(read.removed).toBe(0);
    expect(read.records.map((r) => r.offset)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(read.records.map((r) => r.keyId)).toEqual([10, 11, 12, 10, 11, 10]);
    expect(read.records.map((r) => r.timestampMs)).toEqual([1000, 1000, 1000, 2000, 2000, 3000]);
    expect(read.records.map((r) => r.valueBytes)).toEqual([50, 50, 50, 50, 50, 50]);
    expect(read.records.map((r) => r.batchBaseOffset)).toEqual([0, 0, 0, 3, 3, 5]);
    expect(read.records.map((r) => r.producerId)).toEqual([2, 2, 2, 2, 2, 5]);
    expect(read.records.map((r) => r.sequence)).toEqual([0, 0, 0, 1, 1, 7]);
    expect(read.records.map((r) => r.tombstone)).toEqual([false, false, false, false, true, false]);
  });

  it('reads the newest records without a start offset, and a page from inside a batch knows its batch', () => {
    const log = new PartitionLog(64);
    for (let b = 0; b < 10; b++) batch(log, 4, b * 100); // offsets 0..39, batches of 4
    const newest = readLogRecords(log, null, 5);
    expect(newest.records.map((r) => r.offset)).toEqual([35, 36, 37, 38, 39]);
    expect(newest.records.map((r) => r.batchBaseOffset)).toEqual([32, 36, 36, 36, 36]);
    const page = readLogRecords(log, 17, 3);
    expect(page.records.map((r) => r.offset)).toEqual([17, 18, 19]);
    expect(page.records.map((r) => r.batchBaseOffset)).toEqual([16, 16, 16]);
    expect(page.toOffset).toBe(20);
    expect(page.records.map((r) => r.producerId)).toEqual([-1, -1, -1]);
  });

  it('clamps to the records whose details are kept, and says where they begin', () => {
    const log = new PartitionLog(8);
    for (let b = 0; b < 5; b++) batch(log, 4, b * 100); // 20 records, the ring keeps the newest 8
    const read = readLogRecords(log, 0, 100);
    expect(read.firstKeptOffset).toBe(12);
    expect(read.fromOffset).toBe(12);
    expect(read.records.map((r) => r.offset)).toEqual([12, 13, 14, 15, 16, 17, 18, 19]);
    expect(read.records[0]!.batchBaseOffset).toBe(12);
  });

  it('leaves the offsets compaction removed as gaps, never renumbering', () => {
    const log = compacted();
    put(log, [A, B, A, C, A, D]);
    log.clean(10_000); // the cleaner keeps the newest A (4), B (1), C (3); D (5) is in the active segment
    const read = readLogRecords(log, 0, 10);
    expect(read.records.map((r) => r.offset)).toEqual([1, 3, 4, 5]);
    expect(read.records.map((r) => r.keyId)).toEqual([B, C, A, D]);
    expect(read.removed).toBe(2);
    // The newest 2 records, walking back over the gap.
    expect(readLogRecords(log, null, 2).records.map((r) => r.offset)).toEqual([4, 5]);
    expect(readLogRecords(log, null, 3).records.map((r) => r.offset)).toEqual([3, 4, 5]);
  });

  it('after a truncation reads only up to the new log end offset', () => {
    const log = new PartitionLog(64);
    batch(log, 5, 1000, producerTag(1, 0));
    batch(log, 5, 2000, producerTag(1, 1));
    log.truncateTo(7);
    const read = readLogRecords(log, null, 100);
    expect(read.records.map((r) => r.offset)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(read.records.map((r) => r.batchBaseOffset)).toEqual([0, 0, 0, 0, 0, 5, 5]);
    batch(log, 2, 3000, producerTag(3, 0));
    const after = readLogRecords(log, 6, 100);
    expect(after.records.map((r) => [r.offset, r.batchBaseOffset, r.producerId])).toEqual([
      [6, 5, 1],
      [7, 7, 3],
      [8, 7, 3],
    ]);
  });
});
