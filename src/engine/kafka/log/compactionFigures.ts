// What a compacted log looks like to someone checking the LogCleaner's work (Kafka's LogCleaner / LogToClean): the
// cleaned part below the cleaner checkpoint (firstDirtyOffset) holds at most one record per key, the dirty part
// (the segments not cleaned yet, the active one included) still holds every update, and the offsets keep the gaps
// the cleaner left. Computed only when a report asks (never per record), from the record ring's keys and flags.
import { FLAG_REMOVED, FLAG_TOMBSTONE } from './recordBatch';
import type { PartitionLog } from './partitionLog';

export interface CompactionFigures {
  /** The cleaner checkpoint: offsets below it have been through a cleaning pass. */
  cleanedToOffset: number;
  /** Records in the log (the cleaner's removals left out): fewer than logEndOffset - logStartOffset means gaps. */
  records: number;
  /** Records the cleaner kept below the checkpoint, and how many distinct keys they hold. */
  cleanedRecords: number;
  cleanedKeys: number;
  /** Records at and above the checkpoint (not cleaned yet), and their distinct keys. */
  dirtyRecords: number;
  dirtyKeys: number;
  /** Tombstones (null values) still in the log, and those of them below the checkpoint (kept by a pass). */
  tombstones: number;
  cleanedTombstones: number;
}

/**
 * The figures over the offsets whose details the ring holds (for a log larger than the ring, the records before
 * its start are left out of the key counts and record counts alike).
 */
export function compactionFigures(log: PartitionLog): CompactionFigures {
  const cleanedTo = log.firstDirtyOffset;
  const cleaned = new Set<number>();
  const dirty = new Set<number>();
  let cleanedRecords = 0;
  let dirtyRecords = 0;
  let tombstones = 0;
  let cleanedTombstones = 0;
  const end = log.logEndOffset;
  for (let o = log.windowStartOffset(); o < end; o++) {
    const flags = log.flagsAt(o);
    if ((flags & FLAG_REMOVED) !== 0) continue;
    const tombstone = (flags & FLAG_TOMBSTONE) !== 0;
    if (tombstone) tombstones++;
    if (o < cleanedTo) {
      if (tombstone) cleanedTombstones++;
      cleanedRecords++;
      cleaned.add(log.keyAt(o));
    } else {
      dirtyRecords++;
      dirty.add(log.keyAt(o));
    }
  }
  return {
    cleanedToOffset: cleanedTo,
    records: log.liveRecordsIn(log.logStartOffset, end),
    cleanedRecords,
    cleanedKeys: cleaned.size,
    dirtyRecords,
    dirtyKeys: dirty.size,
    tombstones,
    cleanedTombstones,
  };
}
