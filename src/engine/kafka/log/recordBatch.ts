// Follows Kafka's DefaultRecordBatch: the batch header's size and the per-record facts the log keeps in its flags column (Kafka 4.0).

/** DefaultRecordBatch.RECORD_BATCH_OVERHEAD: the bytes of a v2 RecordBatch header. */
export const RECORD_BATCH_OVERHEAD = 61;

/** The record is the first of its batch (its batch's base offset): batch headers are counted from these. */
export const FLAG_BATCH_START = 1;
/** The record is a tombstone: its value is null (Record.hasValue() is false). */
export const FLAG_TOMBSTONE = 2;
/** The log cleaner removed the record; its offset stays as a gap (Cleaner.cleanInto never re-offsets). */
export const FLAG_REMOVED = 4;
/**
 * Set on a batch's first record when the cleaner dropped the whole batch, header included
 * (BatchRetention.DELETE_EMPTY with nothing retained). A batch whose records all went but that the cleaner
 * kept as an empty batch (BatchRetention.RETAIN_EMPTY) keeps its header and does not get this flag.
 */
export const FLAG_BATCH_DELETED = 8;
