// UnifiedLog.append for a run of records known only by their count and bytes (the fluid mode's bulk append): the
// run goes into the segments as consecutive batches, rolled exactly where LogSegment.shouldRoll would roll per batch
// (segment.bytes, segment.ms), with no record details kept. The run's records are stamped with the append's time.
import {
  BATCH_BASE_OFFSET,
  BATCH_BYTES,
  BATCH_MAX_TIMESTAMP,
  BATCH_NOW,
  BATCH_RECORD_BYTES,
  BATCH_RECORDS,
  BATCH_SEGMENT_BYTES,
  BATCH_SEGMENT_MS,
  type LogSegments,
} from './segments';
import type { LogConfig } from './logConfig';

/**
 * Appends `count` records of `recordBytes` (the records' own sizes) and `batchBytes` on disk (with their batch
 * headers) at log end offset `base`, their largest timestamp `nowMs`. A run larger than what the active
 * segment can still take is split at the segment boundary, in proportion to its bytes, so segments roll at
 * segment.bytes as the same records appended batch by batch would. Returns the new log end offset.
 */
export function appendRun(
  segments: LogSegments,
  config: LogConfig,
  base: number,
  count: number,
  recordBytes: number,
  batchBytes: number,
  nowMs: number,
): number {
  const b = segments.batch;
  const perRecord = batchBytes / count;
  let left = count;
  let offset = base;
  while (left > 0) {
    const room = config.segmentBytes - segments.bytes(segments.count() - 1);
    // What fits in the active segment; a full (or too small) segment takes at least one record after its roll.
    let n = room >= left * perRecord ? left : Math.floor(room / perRecord);
    if (n <= 0) n = Math.min(left, Math.max(1, Math.floor(config.segmentBytes / perRecord)));
    b[BATCH_NOW] = nowMs;
    b[BATCH_BYTES] = perRecord * n;
    b[BATCH_RECORDS] = n;
    b[BATCH_RECORD_BYTES] = (recordBytes * n) / count;
    b[BATCH_MAX_TIMESTAMP] = nowMs;
    b[BATCH_BASE_OFFSET] = offset;
    b[BATCH_SEGMENT_BYTES] = config.segmentBytes;
    b[BATCH_SEGMENT_MS] = config.segmentMs;
    segments.append();
    offset += n;
    left -= n;
  }
  return offset;
}
