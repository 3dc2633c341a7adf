import { describe, expect, it } from 'vitest';
import {
  COMPRESSION_RATIO,
  compressSizes,
  compressedBatchBytes,
  storedCodec,
  storedRatio,
} from './compressionType';

describe('compression.type', () => {
  it('stores the producer’s codec under `producer`, none under `uncompressed`, else the topic’s', () => {
    expect(storedCodec('producer', 'zstd')).toBe('zstd');
    expect(storedCodec('producer', 'none')).toBe('none');
    expect(storedCodec('uncompressed', 'snappy')).toBe('none');
    expect(storedCodec('gzip', 'snappy')).toBe('gzip');
    expect(storedRatio('lz4', 'none')).toBe(0.407);
    expect(storedRatio('producer', 'none')).toBe(1);
  });

  it('keeps the batch header and shrinks the records, to whole bytes', () => {
    // 61-byte header + 10 records of 1,000 bytes with snappy: 61 + round(10,000 x 0.4324).
    expect(compressedBatchBytes(10_061, 61, COMPRESSION_RATIO.snappy)).toBe(61 + 4324);
    expect(compressedBatchBytes(10_061, 61, 1)).toBe(10_061);
    expect(compressedBatchBytes(61, 61, COMPRESSION_RATIO.zstd)).toBe(61);
  });

  it('shares the compressed batch among its records so they sum to it, each within a byte of its share', () => {
    const sizes = Int32Array.from([100, 100, 100, 7, 0, 250]);
    const out = new Int32Array(6);
    const total = compressSizes(sizes, 6, 0.2358, out);
    // 557 bytes x 0.2358 = 131.3: the running total is rounded, not each record.
    expect(total).toBe(131);
    expect(Array.from(out)).toEqual([24, 23, 24, 1, 0, 59]);
    expect(out.reduce((a, b) => a + b, 0)).toBe(total);
  });
});
