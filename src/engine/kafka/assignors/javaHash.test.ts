// Pins the java.lang.String / java.util.HashMap behaviour that javaHash.ts reproduces (values printed by a JVM).

import { describe, expect, it } from 'vitest';
import { JavaHashSet, javaHashMapKeyOrder, javaStringHash, topicPartitionHash } from './javaHash';

describe('Java hashing and HashMap iteration order', () => {
  it('String.hashCode over UTF-16 code units, overflowing like a Java int', () => {
    expect(javaStringHash('hello')).toBe(99162322);
    expect(javaStringHash('consumer1')).toBe(-421004549);
    expect(javaStringHash('\u00e9t\u00e9-topic')).toBe(2101226560);
    expect(javaStringHash('a-much-longer-member-id-to-overflow')).toBe(294395301);
  });

  it('TopicPartition.hashCode = 31 * (31 + partition) + topic.hashCode()', () => {
    expect(topicPartitionHash('hello', 3)).toBe((31 * 34 + 99162322) | 0);
  });

  it('iterates buckets in index order, colliding keys in insertion order', () => {
    expect(javaHashMapKeyOrder(['C6', 'C2', 'C3'])).toEqual(['C3', 'C6', 'C2']);
    // "Aa" and "BB" share hash 2112.
    expect(javaHashMapKeyOrder(['BB', 'Aa', 'C#'])).toEqual(['BB', 'Aa', 'C#']);
  });

  it('grows past 3/4 load: 20 keys iterate as in a 32-bucket table', () => {
    const keys = Array.from({ length: 20 }, (_, i) => `m${19 - i}`);
    expect(javaHashMapKeyOrder(keys)).toEqual(
      'm0 m1 m2 m3 m4 m5 m6 m7 m8 m11 m9 m10 m13 m12 m15 m14 m17 m16 m19 m18'.split(' '),
    );
  });

  it('grows when a bin of a small table reaches 9 entries (treeifyBin resizes instead)', () => {
    const colliding = ['k0', 'k70', 'k81', 'k92', 'k120', 'k131', 'k142', 'k153', 'k164'];
    expect(javaHashMapKeyOrder([...colliding, 'k5x'])).toEqual([
      'k0',
      'k70',
      'k81',
      'k92',
      'k5x',
      'k120',
      'k131',
      'k142',
      'k153',
      'k164',
    ]);
  });

  it('keeps insertion order within a bin across removals and re-insertions', () => {
    const set = new JavaHashSet<string>(javaStringHash);
    for (const k of ['BB', 'Aa', 'C#']) set.add(k);
    set.delete('BB');
    set.add('BB');
    expect(set.toArray()).toEqual(['Aa', 'C#', 'BB']);
    expect(set.first()).toBe('Aa');
  });
});
