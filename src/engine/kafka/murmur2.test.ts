// Tests for the port of Utils.murmur2 / BuiltInPartitioner.partitionForKey, pinned to Kafka's numbers.
import { describe, expect, it } from 'vitest';
import { murmur2, partitionForKey, toPositive, utf8 } from './murmur2';

const ascii = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0));
const hex = (b: Uint8Array): string => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');

describe('murmur2', () => {
  // UtilsTest.testMurmur2 (clients/src/test/java/org/apache/kafka/common/utils/UtilsTest.java), every case.
  it.each([
    ['21', -973932308],
    ['foobar', -790332482],
    ['a-little-bit-long-string', -985981536],
    ['a-little-bit-longer-string', -1486304829],
    ['lkjh234lh9fiuh90y23oiuhsafujhadof229phr9h19h89h8', -58897971],
  ])('UtilsTest: murmur2(%j.getBytes()) = %i', (s, expected) => {
    expect(murmur2(ascii(s))).toBe(expected);
  });

  it("UtilsTest: murmur2(new byte[] {'a', 'b', 'c'}) = 479470107", () => {
    expect(murmur2(new Uint8Array([0x61, 0x62, 0x63]))).toBe(479470107);
  });

  it('covers every tail length and the empty array (values from Utils.murmur2 run on a JVM)', () => {
    expect(murmur2(new Uint8Array(0))).toBe(275646681);
    expect(murmur2(ascii('a'))).toBe(-1563381124);
    expect(murmur2(ascii('key'))).toBe(-1079937367);
    expect(murmur2(ascii('hello'))).toBe(2132663229);
    expect(murmur2(ascii('user-42'))).toBe(1459644460);
  });
});

describe('toPositive', () => {
  it('clears the sign bit instead of negating', () => {
    expect(toPositive(-1)).toBe(0x7fffffff);
    expect(toPositive(-2147483648)).toBe(0);
    expect(toPositive(-973932308)).toBe(-973932308 & 0x7fffffff);
    expect(toPositive(42)).toBe(42);
  });
});

describe('partitionForKey', () => {
  // (murmur2(key) & 0x7fffffff) % n, computed with Kafka's Utils.murmur2 on a JVM (Java 17) for these keys.
  it.each([
    ['key', 1, 1, 1],
    ['key-0', 1, 1, 1],
    ['key-1', 0, 0, 0],
    ['key-2', 2, 2, 2],
    ['user-42', 1, 4, 4],
    ['order-1001', 0, 0, 6],
    ['customer-7', 1, 1, 7],
    ['hello', 0, 3, 9],
    ['', 0, 3, 9],
  ])('%j goes to %i of 3, %i of 6, %i of 12 partitions', (key, p3, p6, p12) => {
    const bytes = utf8(key);
    expect(partitionForKey(bytes, 3)).toBe(p3);
    expect(partitionForKey(bytes, 6)).toBe(p6);
    expect(partitionForKey(bytes, 12)).toBe(p12);
  });

  it('follows Java arithmetic for a key whose hash is negative', () => {
    // murmur2("customer-7") = -1283830537; & 0x7fffffff = 863653111; % 12 = 7 (Math.abs would give 1).
    expect(murmur2(utf8('customer-7'))).toBe(-1283830537);
    expect(toPositive(-1283830537)).toBe(863653111);
    expect(partitionForKey(utf8('customer-7'), 12)).toBe(7);
  });
});

describe('utf8 (StringSerializer)', () => {
  it('encodes like String.getBytes(UTF_8), byte for byte', () => {
    expect(hex(utf8('key'))).toBe('6b6579');
    expect(hex(utf8('ключ'))).toBe('d0bad0bbd18ed187');
    expect(hex(utf8('日本'))).toBe('e697a5e69cac');
    expect(hex(utf8('\u{1F511}'))).toBe('f09f9491');
    expect(hex(utf8('\u00e9'))).toBe('c3a9');
  });

  it("turns a lone surrogate into '?' as Java does (TextEncoder would write U+FFFD)", () => {
    expect(hex(utf8('x\ud800y'))).toBe('783f79');
    expect(hex(utf8('\udc00'))).toBe('3f');
  });

  it('gives the JVM partitions for multi-byte keys', () => {
    // [key, murmur2, of 3, of 6, of 12] from Utils.murmur2 on the JVM.
    const cases: [string, number, number, number, number][] = [
      ['ключ', 2122343024, 2, 2, 8],
      ['日本', -700811021, 0, 3, 3],
      ['\u{1F511}', 2080712807, 2, 5, 11],
      ['x\ud800y', -1843063744, 1, 4, 4],
    ];
    for (const [key, hash, p3, p6, p12] of cases) {
      const bytes = utf8(key);
      expect(murmur2(bytes)).toBe(hash);
      expect([partitionForKey(bytes, 3), partitionForKey(bytes, 6), partitionForKey(bytes, 12)]).toEqual([
        p3,
        p6,
        p12,
      ]);
    }
  });
});
