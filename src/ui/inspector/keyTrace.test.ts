import { describe, expect, it } from 'vitest';
import { keyTrace, otherCounts } from './keyTrace';

describe('where a key goes (the Java client default partitioner)', () => {
  it("hashes with murmur2 as Kafka's Utils.murmur2, clears the sign bit and takes the count's modulo", () => {
    // "21" and "foobar" are Kafka's own murmur2 test vectors (UtilsTest.testMurmur2).
    expect(keyTrace('21', 6)).toEqual({
      hash: -973932308,
      positive: 1173551340,
      partitions: 6,
      partition: 0,
      elsewhere: [
        { partitions: 3, partition: 0 },
        { partitions: 7, partition: 3 },
        { partitions: 12, partition: 0 },
      ],
    });
    expect(keyTrace('foobar', 12).partition).toBe(6);
    expect(keyTrace('order-7', 6)).toMatchObject({ hash: 323129857, positive: 323129857, partition: 1 });
  });

  it('shows half, one more and double the count beside it, never the count itself', () => {
    expect(otherCounts(6)).toEqual([3, 7, 12]);
    expect(otherCounts(1)).toEqual([2]);
    expect(otherCounts(2)).toEqual([1, 3, 4]);
  });
});
