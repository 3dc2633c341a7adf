// Follows what Kafka's DumpLogSegments (kafka-dump-log.sh --print-data-log) prints of a log: each record's offset,
// timestamp, key, value size and its batch (base offset, producer id, sequence), read from the details the log keeps.

import type { PartitionLog } from './partitionLog';
import { FLAG_BATCH_START, FLAG_TOMBSTONE } from './recordBatch';
import { tagProducer, tagSequence } from './producerTag';

/** One record as the log holds it; its offset is never renumbered, so a compacted log shows gaps between them. */
export interface LogRecord {
  offset: number;
  /** CreateTime in simulated ms. */
  timestampMs: number;
  /** The key's id in the simulation's key space; -1 for a null key. */
  keyId: number;
  /** The record's size in bytes, as the producer sized it. */
  valueBytes: number;
  /** A tombstone: the value is null (a compacted topic's delete marker). */
  tombstone: boolean;
  /** The base offset of the batch the record was written in; -1 when that batch began before the details kept. */
  batchBaseOffset: number;
  /** The producer's number in the simulation; -1 for records of unknown origin. */
  producerId: number;
  /** The producer's batch number on this partition (Kafka numbers records: base sequence + index in the batch). */
  sequence: number;
}

/** A stretch of a log: the records kept in [fromOffset, toOffset), oldest first, removed ones left out. */
export interface LogRecordRead {
  fromOffset: number;
  toOffset: number;
  /** The first offset whose details the log still keeps; older records are known by their segment only. */
  firstKeptOffset: number;
  records: LogRecord[];
  /** Offsets in [fromOffset, toOffset) the log cleaner removed (gaps). */
  removed: number;
}

/**
 * Reads up to `limit` records of `log` from `fromOffset` (clamped to the offsets whose details are kept), or, with
 * `fromOffset` null, the newest `limit` records. Allocates its answer: it runs on request (the record inspector,
 * at most once a second), never on the data path.
 */
export function readLogRecords(log: PartitionLog, fromOffset: number | null, limit: number): LogRecordRead {
  const end = log.logEndOffset;
  const kept = log.windowStartOffset();
  let from: number;
  if (fromOffset === null) {
    // Walk back over the gaps until `limit` records are in view.
    from = end;
    let n = 0;
    while (from > kept && n < limit) {
      from--;
      if (!log.isRemoved(from)) n++;
    }
  } else {
    from = Math.min(Math.max(Math.floor(fromOffset), kept), end);
  }
  const records: LogRecord[] = [];
  let removed = 0;
  let batchBase = batchBaseOf(log, from, kept);
  let o = from;
  for (; o < end && records.length < limit; o++) {
    const flags = log.flagsAt(o);
    if ((flags & FLAG_BATCH_START) !== 0) batchBase = o;
    if (log.isRemoved(o)) {
      removed++;
      continue;
    }
    const tag = log.producerAt(o);
    records.push({
      offset: o,
      timestampMs: log.timestampAt(o),
      keyId: log.keyAt(o),
      valueBytes: log.sizeAt(o),
      tombstone: (flags & FLAG_TOMBSTONE) !== 0,
      batchBaseOffset: batchBase,
      producerId: tagProducer(tag),
      sequence: tag < 0 ? -1 : tagSequence(tag),
    });
  }
  return { fromOffset: from, toOffset: o, firstKeptOffset: kept, records, removed };
}

/** The base offset of the batch holding `offset`: the last batch start at or before it, -1 before the kept ones. */
function batchBaseOf(log: PartitionLog, offset: number, kept: number): number {
  for (let o = offset; o >= kept; o--) if ((log.flagsAt(o) & FLAG_BATCH_START) !== 0) return o;
  return -1;
}
