// DefaultRecord.sizeInBytes (record format v2): what one record adds to a RecordBatch, headers excluded.
import { RECORD_BATCH_OVERHEAD } from '../log/recordBatch';

/** ByteUtils.sizeOfVarint: zig-zag encoded, 7 bits per byte. */
export function sizeOfVarint(value: number): number {
  let v = ((value << 1) ^ (value >> 31)) >>> 0;
  let bytes = 1;
  while (v >= 0x80) {
    v >>>= 7;
    bytes++;
  }
  return bytes;
}

/** ByteUtils.sizeOfVarlong for the small deltas a batch holds (|delta| < 2^52). */
export function sizeOfVarlong(value: number): number {
  let v = value < 0 ? -2 * value - 1 : 2 * value;
  let bytes = 1;
  while (v >= 128) {
    v = Math.floor(v / 128);
    bytes++;
  }
  return bytes;
}

/**
 * Bytes of one record inside a batch: a length varint, then attributes, timestamp delta, offset delta,
 * key and value (-1 length when null: a null value is a tombstone), and a zero header count.
 */
export function defaultRecordSizeInBytes(
  offsetDelta: number,
  timestampDelta: number,
  keySize: number,
  valueSize: number,
): number {
  const body =
    1 +
    sizeOfVarlong(timestampDelta) +
    sizeOfVarint(offsetDelta) +
    (keySize < 0 ? 1 : sizeOfVarint(keySize) + keySize) +
    (valueSize < 0 ? 1 : sizeOfVarint(valueSize) + valueSize) +
    1;
  return sizeOfVarint(body) + body;
}

/** DefaultRecord.MAX_RECORD_OVERHEAD: the worst-case framing of one record. */
export const MAX_RECORD_OVERHEAD = 21;

/**
 * AbstractRecords.estimateSizeInBytesUpperBound for a v2 record without headers (DefaultRecordBatch
 * .estimateBatchSizeUpperBound): the batch header, the worst-case record framing, key and value with their length
 * varints (-1 for null), and the header count. KafkaProducer.doSend checks it against max.request.size and
 * buffer.memory; RecordAccumulator.append allocates at least this much for a new batch.
 */
export function estimateSizeInBytesUpperBound(keySize: number, valueSize: number): number {
  return (
    RECORD_BATCH_OVERHEAD +
    MAX_RECORD_OVERHEAD +
    (keySize < 0 ? 1 : sizeOfVarint(keySize) + keySize) +
    (valueSize < 0 ? 1 : sizeOfVarint(valueSize) + valueSize) +
    sizeOfVarint(0)
  );
}
