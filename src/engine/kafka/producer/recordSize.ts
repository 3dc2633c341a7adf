// DefaultRecord.sizeInBytes (record format v2): what one record adds to a RecordBatch, headers excluded.

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
