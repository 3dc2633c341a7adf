// Follows Kafka's LocalLog.read over a compacted log: a fetch passes over the offsets the cleaner removed, as Cleaner.cleanInto never re-offsets the records it keeps.

import type { LatencyHistogram } from '../../common/latencyHistogram';
import type { LogBounds, OutsideWindow } from './outsideWindow';
import { FLAG_BATCH_DELETED, FLAG_BATCH_START, FLAG_REMOVED } from './recordBatch';
import type { RecordRing } from './recordRing';
import type { LogSegments } from './segments';

/**
 * The records of a log that the cleaner has not removed, counted and walked over the gaps it left. Inside the
 * window the gaps are known record by record (FLAG_REMOVED); before it, OutsideWindow's even-spread estimate
 * stands in. Every range is clamped to the log first.
 *
 * Most of a log never had a record removed, so the offset below which a cleaning pass may have removed records is
 * kept, and above it no flag is read at all.
 */
export class LiveRecords {
  /** No record at or above this offset has been removed by the cleaner: readers skip the flag checks there. */
  private removedEnd = 0;

  constructor(
    private readonly log: LogBounds,
    private readonly ring: RecordRing,
    private readonly segments: LogSegments,
    private readonly outside: OutsideWindow,
  ) {}

  /** A cleaning pass that removed `removed` records has cleaned up to `cleanedTo` (the new cleaner checkpoint). */
  cleaned(removed: number, cleanedTo: number): void {
    this.outside.reset();
    if (removed > 0 && cleanedTo > this.removedEnd) this.removedEnd = cleanedTo;
  }

  /**
   * Each record of [fromOffset, toOffset) whose details the ring holds counts its age at `nowMs` (now - timestamp)
   * into `ages` (PartitionLog.recordAges).
   */
  recordAges(fromOffset: number, toOffset: number, nowMs: number, ages: LatencyHistogram): void {
    const end = this.log.logEndOffset;
    const start = this.ring.windowStart(this.log.logStartOffset, end);
    const from = fromOffset > start ? fromOffset : start;
    const to = toOffset < end ? toOffset : end;
    const ts = this.ring.timestamps;
    const mask = this.ring.mask;
    for (let o = from; o < to; o++) ages.record(nowMs - ts[o & mask]!);
  }

  /** The log was truncated to `offset`. */
  truncateTo(offset: number): void {
    if (this.removedEnd > offset) this.removedEnd = offset;
    this.outside.reset();
  }

  /** True when the cleaner removed the record at `offset`; false for a record still in the log or outside it. */
  isRemoved(offset: number): boolean {
    const log = this.log;
    if (offset < log.logStartOffset || offset >= log.logEndOffset || offset >= this.removedEnd) return false;
    if (offset < log.windowStartOffset()) return this.outside.isRemoved(offset);
    return (this.ring.flags[offset & this.ring.mask]! & FLAG_REMOVED) !== 0;
  }

  /** How many records in [fromOffset, toOffsetExclusive) the cleaner has not removed. */
  liveRecordsIn(fromOffset: number, toOffsetExclusive: number): number {
    const lso = this.log.logStartOffset;
    const leo = this.log.logEndOffset;
    const from = fromOffset > lso ? fromOffset : lso;
    const to = toOffsetExclusive < leo ? toOffsetExclusive : leo;
    if (from >= to) return 0;
    if (from >= this.removedEnd) return to - from;
    const windowStart = this.log.windowStartOffset();
    let live = 0;
    if (from < windowStart) live += this.outside.liveRecordsIn(from, to < windowStart ? to : windowStart);
    let o = from > windowStart ? from : windowStart;
    const { flags, mask } = this.ring;
    const gapsEnd = this.removedEnd < to ? this.removedEnd : to;
    for (; o < gapsEnd; o++) if ((flags[o & mask]! & FLAG_REMOVED) === 0) live++;
    return o < to ? live + to - o : live;
  }

  /**
   * The offset of the first record not removed after skipping `count` such records from `fromOffset`, or
   * `toOffset` when [fromOffset, toOffset) holds no more than `count` of them; the clamped `fromOffset` when it is
   * at or beyond `toOffset`.
   */
  offsetAfterLiveRecords(fromOffset: number, count: number, toOffset: number): number {
    const lso = this.log.logStartOffset;
    const leo = this.log.logEndOffset;
    const end = toOffset < leo ? toOffset : leo;
    let o = fromOffset > lso ? fromOffset : lso;
    if (o >= end) return o;
    let left = count;
    const windowStart = this.log.windowStartOffset();
    if (o < windowStart && o < this.removedEnd) {
      // Before the window, segment by segment (the even-spread estimate).
      const outside = this.outside;
      const limit = windowStart < end ? windowStart : end;
      let i = this.segments.indexOf(o);
      while (o < limit) {
        const segEnd = outside.segmentEnd(i);
        const partEnd = segEnd < limit ? segEnd : limit;
        const before = outside.liveBelow(i, o);
        const live = outside.liveBelow(i, partEnd) - before;
        if (live > left) return outside.liveRecordOffset(i, before + left + 1);
        left -= live;
        o = partEnd;
        i++;
      }
    }
    const { flags, mask } = this.ring;
    const gapsEnd = this.removedEnd < end ? this.removedEnd : end;
    for (; o < gapsEnd; o++) {
      if ((flags[o & mask]! & FLAG_REMOVED) !== 0) continue;
      if (left === 0) return o;
      left--;
    }
    return o + left < end ? o + left : end;
  }

  /**
   * The sum of the sizes of the records not removed in [fromOffset, toOffsetExclusive); records before the window
   * count at their segment's average record size.
   */
  bytesInRange(fromOffset: number, toOffsetExclusive: number): number {
    const lso = this.log.logStartOffset;
    const leo = this.log.logEndOffset;
    const from = fromOffset > lso ? fromOffset : lso;
    const to = toOffsetExclusive < leo ? toOffsetExclusive : leo;
    if (from >= to) return 0;
    const windowStart = this.log.windowStartOffset();
    let total = 0;
    if (from < windowStart) total += this.outside.bytesInRange(from, to < windowStart ? to : windowStart);
    const { sizes, flags, mask } = this.ring;
    let o = from > windowStart ? from : windowStart;
    const gapsEnd = this.removedEnd < to ? this.removedEnd : to;
    for (; o < gapsEnd; o++) if ((flags[o & mask]! & FLAG_REMOVED) === 0) total += sizes[o & mask]!;
    for (; o < to; o++) total += sizes[o & mask]!;
    return total;
  }

  /** Batch headers in [from, to): counted in the window; a stretch before it counts as one batch. */
  batchHeadersIn(from: number, to: number): number {
    const windowStart = this.log.windowStartOffset();
    const { flags, mask } = this.ring;
    let n = from < windowStart ? 1 : 0;
    for (let o = from > windowStart ? from : windowStart; o < to; o++) {
      if ((flags[o & mask]! & (FLAG_BATCH_START | FLAG_BATCH_DELETED)) === FLAG_BATCH_START) n++;
    }
    return n;
  }

  /** The largest timestamp of the records in [from, to) that are in the window and not removed; -1 when none. */
  maxTimestampIn(from: number, to: number): number {
    const ring = this.ring;
    const { timestamps, flags, mask } = ring;
    const lso = this.log.logStartOffset;
    const leo = this.log.logEndOffset;
    let max = -1;
    for (let o = from; o < to; o++) {
      if (!ring.holds(o, lso, leo) || (flags[o & mask]! & FLAG_REMOVED) !== 0) continue;
      const ts = timestamps[o & mask]!;
      if (ts > max) max = ts;
    }
    return max;
  }
}
