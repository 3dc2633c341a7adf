// Fixtures for the tests of the LogCleaner (Kafka's Cleaner) and of compacted PartitionLogs; used by tests only.

import type { LogConfig } from './logConfig';
import { PartitionLog } from './partitionLog';

// One-record batches of 100-byte records: 161 bytes on disk each. segment.bytes 805 holds five of them.
export const A = 0;
export const B = 1;
export const C = 2;
export const D = 3;
export const E = 4;
export const F = 5;

export function compacted(config: Partial<LogConfig> = {}, capacity = 64): PartitionLog {
  return new PartitionLog(capacity, { cleanupPolicy: 'compact', segmentBytes: 805, ...config });
}

/** Appends one-record batches with the given keys; record o gets timestamp = now = o * 1000. */
export function put(log: PartitionLog, keys: number[], tombstone = false): void {
  for (const key of keys) {
    const o = log.logEndOffset;
    const marks = tombstone ? new Uint8Array([1]) : null;
    log.appendBatch(
      new Float64Array([o * 1000]),
      new Int32Array([key]),
      new Int32Array([100]),
      0,
      1,
      161,
      o * 1000,
      marks,
    );
  }
}

export function liveOffsets(log: PartitionLog): number[] {
  const out: number[] = [];
  for (let o = log.logStartOffset; o < log.logEndOffset; o++) if (!log.isRemoved(o)) out.push(o);
  return out;
}

export function segments(log: PartitionLog): { base: number; records: number; bytes: number }[] {
  const out = [];
  for (let i = 0; i < log.segmentCount(); i++) {
    out.push({
      base: log.segmentBaseOffset(i),
      records: log.segmentRecordCount(i),
      bytes: log.segmentBytes(i),
    });
  }
  return out;
}
