// Follows Kafka's LocalLog.truncateTo and LogSegment.truncateTo: the segments above the truncation offset are deleted and the one holding it is cut.

import type { LiveRecords } from './liveRecords';
import type { OutsideWindow } from './outsideWindow';
import { RECORD_BATCH_OVERHEAD } from './recordBatch';
import type { LogSegments } from './segments';

/**
 * Cuts the segments back to `target`, an offset inside the log: the newer segments go, and the one holding
 * `target` loses its records from there on, with their batch headers. Its remaining largest timestamp is taken
 * from the records the ring still holds (-1 when it holds none, so the segment keeps the one it had).
 */
export function truncateSegments(
  segments: LogSegments,
  live: LiveRecords,
  outside: OutsideWindow,
  target: number,
): void {
  // Measure the cut while every segment is still there: the estimates outside the window use segment spans.
  const i = Math.max(segments.indexOf(target), 0);
  const base = segments.baseOffset(i);
  let records = segments.recordCount(i);
  let recordBytes = segments.recordBytes(i);
  let bytes = segments.bytes(i);
  let maxTimestamp = -1;
  if (base < target) {
    const end = outside.segmentEnd(i);
    records = live.liveRecordsIn(target, end);
    recordBytes = live.bytesInRange(target, end);
    bytes = recordBytes + RECORD_BATCH_OVERHEAD * live.batchHeadersIn(target, end);
    maxTimestamp = live.maxTimestampIn(base, target);
  }
  while (segments.count() - 1 > i) segments.removeNewest();
  segments.truncateActive(records, recordBytes, bytes, maxTimestamp);
}
