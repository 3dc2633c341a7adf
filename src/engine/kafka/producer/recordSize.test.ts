import { describe, expect, it } from 'vitest';
import { defaultRecordSizeInBytes, sizeOfVarint, sizeOfVarlong } from './recordSize';

describe('DefaultRecord.sizeInBytes', () => {
  it('sizes varints as Kafka zig-zag encodes them', () => {
    expect([0, -1, 63, -64, 64, 8191, 8192].map(sizeOfVarint)).toEqual([1, 1, 1, 1, 2, 2, 3]);
    expect([0, 63, 64, 1000, 1_000_000].map(sizeOfVarlong)).toEqual([1, 1, 2, 2, 3]);
  });

  it('gives 7 bytes of framing for a null key and empty value, first in its batch', () => {
    // length(1) attributes(1) tsDelta(1) offsetDelta(1) keyLen -1 (1) valueLen 0 (1) headers 0 (1)
    expect(defaultRecordSizeInBytes(0, 0, -1, 0)).toBe(7);
  });

  it('counts key and value bytes with their length varints', () => {
    // body = 1 + 1 + 1 + (1 + 5) + (2 + 100) + 1 = 112; its length 112 zig-zags to 224, two varint bytes
    expect(defaultRecordSizeInBytes(3, 2, 5, 100)).toBe(114);
    // body = 1 + 1 + 1 + 1 + (2 + 1000) + 1 = 1007, plus a 2-byte record length
    expect(defaultRecordSizeInBytes(0, 0, -1, 1000)).toBe(1009);
  });
});
