// org.apache.kafka.common.utils.Utils.murmur2 / toPositive and BuiltInPartitioner.partitionForKey (Kafka 4.x).
//
// A keyed record's partition is a compatibility contract between clients (librdkafka, Sarama and
// kafka-python reimplement the same function), so this must give the Java client's exact int.
// Java ints wrap at 32 bits: Math.imul and the bitwise operators reproduce that, `*` and `+` would not.

const SEED = 0x9747b28c;
const M = 0x5bd1e995;
const R = 24;

/** Utils.murmur2: MurmurHash2 with Kafka's seed, as Java's signed 32-bit int. */
export function murmur2(data: Uint8Array): number {
  const length = data.length;
  let h = SEED ^ length;
  const length4 = length >>> 2;

  for (let i = 0; i < length4; i++) {
    const i4 = i * 4;
    // The four bytes occupy disjoint bits, so `|` equals Java's `+` here and stays a 32-bit int.
    let k = data[i4]! | (data[i4 + 1]! << 8) | (data[i4 + 2]! << 16) | (data[i4 + 3]! << 24);
    k = Math.imul(k, M);
    k ^= k >>> R;
    k = Math.imul(k, M);
    h = Math.imul(h, M);
    h ^= k;
  }

  // Java's switch falls through 3 -> 2 -> 1; the engine's tsconfig forbids fall-through, hence the ifs.
  const tail = length & 3;
  const base = length & ~3;
  if (tail === 3) h ^= data[base + 2]! << 16;
  if (tail >= 2) h ^= data[base + 1]! << 8;
  if (tail >= 1) {
    h ^= data[base]!;
    h = Math.imul(h, M);
  }

  h ^= h >>> 13;
  h = Math.imul(h, M);
  h ^= h >>> 15;
  return h | 0;
}

/**
 * Utils.toPositive: clears the sign bit rather than taking Math.abs, so that Integer.MIN_VALUE maps to 0
 * instead of staying negative.
 */
export function toPositive(n: number): number {
  return n & 0x7fffffff;
}

/**
 * BuiltInPartitioner.partitionForKey: the partition of a keyed record. It counts all partitions of the
 * topic, available or not, so a key keeps its partition while that partition's leader is down.
 */
export function partitionForKey(key: Uint8Array, numPartitions: number): number {
  return toPositive(murmur2(key)) % numPartitions;
}

/**
 * StringSerializer's encoding (String.getBytes(UTF_8)). Written out because the engine's lib (ES2022, no
 * DOM) has no TextEncoder, and because Java differs from TextEncoder on a lone surrogate: Java's UTF-8
 * encoder substitutes '?' (0x3F), TextEncoder U+FFFD.
 */
export function utf8(s: string): Uint8Array {
  let size = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) size += 1;
    else if (c < 0x800) size += 2;
    else if (isHighSurrogate(c) && i + 1 < s.length && isLowSurrogate(s.charCodeAt(i + 1))) {
      size += 4;
      i++;
    } else if (isSurrogate(c)) size += 1;
    else size += 3;
  }

  const out = new Uint8Array(size);
  let o = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      out[o++] = c;
    } else if (c < 0x800) {
      out[o++] = 0xc0 | (c >>> 6);
      out[o++] = 0x80 | (c & 0x3f);
    } else if (isHighSurrogate(c) && i + 1 < s.length && isLowSurrogate(s.charCodeAt(i + 1))) {
      const cp = 0x10000 + ((c - 0xd800) << 10) + (s.charCodeAt(i + 1) - 0xdc00);
      i++;
      out[o++] = 0xf0 | (cp >>> 18);
      out[o++] = 0x80 | ((cp >>> 12) & 0x3f);
      out[o++] = 0x80 | ((cp >>> 6) & 0x3f);
      out[o++] = 0x80 | (cp & 0x3f);
    } else if (isSurrogate(c)) {
      out[o++] = 0x3f;
    } else {
      out[o++] = 0xe0 | (c >>> 12);
      out[o++] = 0x80 | ((c >>> 6) & 0x3f);
      out[o++] = 0x80 | (c & 0x3f);
    }
  }
  return out;
}

function isSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdfff;
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
