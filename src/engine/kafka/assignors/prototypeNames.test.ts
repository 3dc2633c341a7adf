// The four assignors with topics and members named like JavaScript object properties, all legal in Kafka
// (Topic.validate allows [a-zA-Z0-9._-]+; a member id is any string): each name is an ordinary key.
import { describe, expect, it } from 'vitest';
import { assign, type AssignorName } from './index';
import type { OwnedPartition } from './types';

const TOPICS = ['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty'];
// As a design's JSON gives it: JSON.parse makes "__proto__" an own key of a plain object.
const partitionsPerTopic = JSON.parse(
  '{"__proto__":3,"constructor":3,"toString":3,"valueOf":3,"hasOwnProperty":3}',
) as Record<string, number>;
const owned = (assignment: Record<string, number[]>): OwnedPartition[] =>
  Object.entries(assignment).flatMap(([topic, ps]) => ps.map((partition) => ({ topic, partition })));
const each = (partitions: number[]) => Object.fromEntries(TOPICS.map((t) => [t, partitions]));

function twoMembers(strategy: AssignorName) {
  return assign(strategy, {
    members: [
      { memberId: '__proto__', topics: TOPICS },
      { memberId: 'constructor', topics: TOPICS },
    ],
    partitionsPerTopic,
  });
}

/** Two members, then a third ("toString") joins with the first two reporting what they own. */
function thirdJoins(strategy: AssignorName) {
  const first = twoMembers(strategy);
  return assign(strategy, {
    members: [
      { memberId: '__proto__', topics: TOPICS, owned: owned(first['__proto__']!) },
      { memberId: 'constructor', topics: TOPICS, owned: owned(first['constructor']!) },
      { memberId: 'toString', topics: TOPICS, owned: [] },
    ],
    partitionsPerTopic,
  });
}

// Java orders strings by UTF-16 code unit: "__proto__" ('_' 0x5F) < "constructor" < "hasOwnProperty" <
// "toString" < "valueOf"; round-robin and the sticky assignors walk the topics in that order.
// An object literal's `__proto__: x` sets the prototype; a computed key ['__proto__'] makes a property.
const ROUND_ROBIN_FIRST = {
  ['__proto__']: [0, 2],
  constructor: [1],
  hasOwnProperty: [0, 2],
  toString: [1],
  valueOf: [0, 2],
};
const ROUND_ROBIN_SECOND = {
  ['__proto__']: [1],
  constructor: [0, 2],
  hasOwnProperty: [1],
  toString: [0, 2],
  valueOf: [1],
};

describe('assignors with names JavaScript objects also have', () => {
  it('range: per topic "__proto__" (first in memberId order) takes partitions 0-1, "constructor" 2', () => {
    const result = twoMembers('range');
    expect(Object.keys(result)).toEqual(['__proto__', 'constructor']);
    expect(result['__proto__']).toEqual(each([0, 1]));
    expect(result['constructor']).toEqual(each([2]));
    // With a third member each of the three takes one partition of every topic.
    const three = thirdJoins('range');
    expect(three['__proto__']).toEqual(each([0]));
    expect(three['constructor']).toEqual(each([1]));
    expect(three['toString']).toEqual(each([2]));
  });

  it('roundrobin: the 15 partitions, topics in name order, alternate between the two members', () => {
    const result = twoMembers('roundrobin');
    expect(result['__proto__']).toEqual(ROUND_ROBIN_FIRST);
    expect(result['constructor']).toEqual(ROUND_ROBIN_SECOND);
    expect(Object.hasOwn(result['__proto__']!, '__proto__')).toBe(true);
  });

  it('sticky: the same round-robin at first; a third member takes the partitions above minQuota (5)', () => {
    expect(twoMembers('sticky')).toEqual({
      ['__proto__']: ROUND_ROBIN_FIRST,
      constructor: ROUND_ROBIN_SECOND,
    });
    // ConstrainedAssignmentBuilder: each keeps its first 5 owned partitions by (partition, topic); the 5 others
    // (__proto__-2, hasOwnProperty-2, valueOf-2 and constructor-2, toString-2) go to the newcomer.
    const three = thirdJoins('sticky');
    expect(three['__proto__']).toEqual({
      ['__proto__']: [0],
      constructor: [1],
      hasOwnProperty: [0],
      toString: [1],
      valueOf: [0],
    });
    expect(three['constructor']).toEqual({
      ['__proto__']: [1],
      constructor: [0],
      hasOwnProperty: [1],
      toString: [0],
      valueOf: [1],
    });
    expect(three['toString']).toEqual(each([2]));
  });

  it('cooperative-sticky: the newcomer gets nothing until the owners have revoked (KIP-429), and reads as empty', () => {
    expect(twoMembers('cooperative-sticky')).toEqual({
      ['__proto__']: ROUND_ROBIN_FIRST,
      constructor: ROUND_ROBIN_SECOND,
    });
    const three = thirdJoins('cooperative-sticky');
    expect(three['__proto__']).toEqual({
      ['__proto__']: [0],
      constructor: [1],
      hasOwnProperty: [0],
      toString: [1],
      valueOf: [0],
    });
    expect(Object.keys(three['toString']!)).toEqual([]);
    // No topic of the empty assignment reads as one of Object's functions.
    for (const topic of TOPICS) expect(three['toString']![topic]).toBeUndefined();
  });
});
