// Follows Kafka's LogSegment metadata (size, record count, largest timestamp) to tell what it can of the records whose details have left the log's ring.

import { FLAG_REMOVED } from './recordBatch';
import type { RecordRing } from './recordRing';
import type { LogSegments } from './segments';

/** What the log's readers need of the log itself. */
export interface LogBounds {
  readonly logStartOffset: number;
  readonly logEndOffset: number;
  /** The first offset whose details are in the ring (= logEndOffset when the log is empty). */
  windowStartOffset(): number;
}

/**
 * The records in the log but older than the window, known only through their segment: a record's size reads as the
 * segment's average record size, its timestamp as an estimate interpolated inside the segment, and where the
 * cleaner left gaps, the segment's remaining records are taken as spread evenly over its offsets (exact for a
 * segment the cleaner never touched).
 *
 * A segment that straddles the window start is split: its part before the window gets the segment's records that
 * are not inside the window, so that the estimate there and the exact count inside add up to its record count.
 * Counting the window's share means a scan of the ring, so it is cached until `reset` (whenever flags or segments
 * change).
 */
export class OutsideWindow {
  // Scratch results of outsidePart, and its cache of the window's share of a segment with gaps that straddles the
  // window start: [segment base, window start, segment end, records].
  private partEnd = 0;
  private partRecords = 0;
  private readonly straddle = new Float64Array([-1, -1, -1, 0]);

  constructor(
    private readonly log: LogBounds,
    private readonly ring: RecordRing,
    private readonly segments: LogSegments,
  ) {}

  /** Forgets the cached share of a straddling segment: the cleaner or a truncation changed flags or segments. */
  reset(): void {
    this.straddle[0] = -1;
  }

  /** The offset after segment `i`: the next segment's base offset, or the log end offset for the active one. */
  segmentEnd(i: number): number {
    const segs = this.segments;
    return i + 1 < segs.count() ? segs.baseOffset(i + 1) : this.log.logEndOffset;
  }

  /** The size of a record in the log, outside the window: its segment's average record size (may be fractional). */
  sizeAt(offset: number): number {
    const i = this.segments.indexOf(offset);
    return i < 0 ? 0 : this.averageRecordSize(i);
  }

  /**
   * The timestamp of a record in the log, outside the window: interpolated by offset between the segment's first
   * batch timestamp and its largest timestamp, rounded to a whole ms.
   */
  timestampAt(offset: number): number {
    const segs = this.segments;
    const i = segs.indexOf(offset);
    if (i < 0) return -1;
    const first = segs.firstBatchTimestamp(i);
    const last = segs.maxTimestamp(i);
    const base = segs.baseOffset(i);
    const span = this.segmentEnd(i) - base;
    if (first < 0 || last < 0 || span <= 1) return last;
    return Math.round(first + ((last - first) / (span - 1)) * (offset - base));
  }

  /** Whether the even-spread estimate puts a gap at `offset` (an offset in the log, older than the window). */
  isRemoved(offset: number): boolean {
    const i = this.segments.indexOf(offset);
    return i >= 0 && this.liveBelow(i, offset + 1) === this.liveBelow(i, offset);
  }

  /** Records in [from, to), which lies before the window start. */
  liveRecordsIn(from: number, to: number): number {
    return this.sum(from, to, false);
  }

  /** The sizes of the records in [from, to), which lies before the window start, at their segment averages. */
  bytesInRange(from: number, to: number): number {
    return this.sum(from, to, true);
  }

  /**
   * Records of segment `i` below `offset`, for an offset in the segment's part outside the window, under the
   * even-spread estimate: floor((offset - base) * records / offsets) over that part. Exact for a segment without gaps.
   */
  liveBelow(i: number, offset: number): number {
    this.outsidePart(i);
    const base = this.segments.baseOffset(i);
    const span = this.partEnd - base;
    const n = this.partRecords;
    return n < span ? Math.floor(((offset - base) * n) / span) : offset - base;
  }

  /** The offset of the `m`-th record (1-based) of segment `i`'s part outside the window: the inverse of liveBelow. */
  liveRecordOffset(i: number, m: number): number {
    this.outsidePart(i);
    const base = this.segments.baseOffset(i);
    const span = this.partEnd - base;
    const n = this.partRecords;
    return n < span ? base + Math.ceil((m * span) / n) - 1 : base + m - 1;
  }

  private averageRecordSize(i: number): number {
    const n = this.segments.recordCount(i);
    return n > 0 ? this.segments.recordBytes(i) / n : 0;
  }

  /**
   * Records (or, with `bytes`, their sizes at segment averages) in [from, to), segment by segment: liveBelow at both
   * ends of each segment's part, with the segment's outside part worked out once for both.
   */
  private sum(from: number, to: number, bytes: boolean): number {
    const segs = this.segments;
    const n = segs.count();
    let i = segs.indexOf(from);
    if (i < 0) i = 0;
    const windowStart = this.log.windowStartOffset();
    let total = 0;
    let o = from;
    let base = i < n ? segs.baseOffset(i) : 0;
    while (o < to && i < n) {
      const segEnd = i + 1 < n ? segs.baseOffset(i + 1) : this.log.logEndOffset;
      const partEnd = segEnd < to ? segEnd : to;
      // outsidePart, in locals: the segment's part outside the window and its records.
      const count = segs.recordCount(i);
      let span: number, records: number;
      if (segEnd <= windowStart) {
        span = segEnd - base;
        records = count;
      } else if (count >= segEnd - base) {
        span = windowStart - base;
        records = windowStart - base;
      } else {
        span = windowStart - base;
        const inWindow = this.liveInWindowPart(base, windowStart, segEnd);
        records = count > inWindow ? count - inWindow : 0;
      }
      const live =
        records < span
          ? Math.floor(((partEnd - base) * records) / span) - Math.floor(((o - base) * records) / span)
          : partEnd - o;
      total += bytes ? live * (count > 0 ? segs.recordBytes(i) / count : 0) : live;
      o = partEnd;
      base = segEnd;
      i++;
    }
    return total;
  }

  /**
   * Sets `partEnd` and `partRecords` to segment `i`'s part outside the window: it ends at the window start (or the
   * segment's end) and holds the segment's records that the window does not hold.
   */
  private outsidePart(i: number): void {
    const segs = this.segments;
    const base = segs.baseOffset(i);
    const end = this.segmentEnd(i);
    const n = segs.recordCount(i);
    const windowStart = this.log.windowStartOffset();
    if (end <= windowStart) {
      this.partEnd = end;
      this.partRecords = n;
    } else if (n >= end - base) {
      this.partEnd = windowStart;
      this.partRecords = windowStart - base;
    } else {
      this.partEnd = windowStart;
      const inWindow = this.liveInWindowPart(base, windowStart, end);
      this.partRecords = n > inWindow ? n - inWindow : 0;
    }
  }

  /** Records not removed in [windowStart, end), the window's share of the segment at `base`; cached. */
  private liveInWindowPart(base: number, windowStart: number, end: number): number {
    const c = this.straddle;
    if (c[0] === base && c[1] === windowStart && c[2] === end) return c[3]!;
    const { flags, mask } = this.ring;
    let live = 0;
    for (let o = windowStart; o < end; o++) if ((flags[o & mask]! & FLAG_REMOVED) === 0) live++;
    c[0] = base;
    c[1] = windowStart;
    c[2] = end;
    c[3] = live;
    return live;
  }
}
