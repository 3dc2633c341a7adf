// Pins AbstractStickyAssignor's handling of owned partitions reported from different generations (Kafka's tests).

import { describe, expect, it } from 'vitest';
import { assignWithGenerations, ownedOf, tps, validityAndBalanceErrors } from './assignors.testing';
import type { GenerationalInput, GenerationalMember } from './types';

const both = ['sticky', 'cooperative-sticky'] as const;
const member = (memberId: string, topics: string[], owned: Record<string, number[]>, generation: number) =>
  ({ memberId, topics, owned: tps(owned), generation }) satisfies GenerationalMember;

describe.each(both)('%s with generations', (strategy) => {
  const run = (input: GenerationalInput) => assignWithGenerations(strategy, input);

  it('testOwnedPartitionsAreInvalidatedForConsumerWithStaleGeneration / ...WithNoGeneration', () => {
    for (const older of [9, -1]) {
      const result = run({
        members: [
          member('consumer1', ['topic', 'topic2'], { topic: [0, 2], topic2: [1] }, 10),
          member('consumer2', ['topic', 'topic2'], { topic: [0, 2], topic2: [1] }, older),
        ],
        partitionsPerTopic: { topic: 3, topic2: 3 },
      });
      expect(result).toEqual({
        consumer1: { topic: [0, 2], topic2: [1] },
        consumer2: { topic: [1], topic2: [0, 2] },
      });
    }
  });

  it('testEnsurePartitionsAssignedToHighestGeneration', () => {
    const topics = ['topic', 'topic2', 'topic3'];
    const result = run({
      members: [
        member('consumer1', topics, { topic: [0], topic2: [0], topic3: [0] }, 10),
        member('consumer2', topics, { topic: [1], topic2: [1], topic3: [1] }, 9),
        member('consumer3', topics, { topic2: [1], topic3: [0, 2] }, 8),
      ],
      partitionsPerTopic: { topic: 3, topic2: 3, topic3: 3 },
    });
    expect(result).toEqual({
      consumer1: { topic: [0], topic2: [0], topic3: [0] },
      consumer2: { topic: [1], topic2: [1], topic3: [1] },
      consumer3: { topic: [2], topic2: [2], topic3: [2] },
    });
  });

  it('testNoReassignmentOnCurrentMembers', () => {
    const topics = ['topic', 'topic2', 'topic3', 'topic1'];
    const result = run({
      members: [
        member('consumer1', topics, {}, -1),
        member('consumer2', topics, { topic: [0], topic2: [0], topic1: [0] }, 9),
        member('consumer3', topics, { topic3: [2], topic2: [2], topic1: [1] }, 8),
        member('consumer4', topics, { topic3: [1], topic: [1, 2] }, 7),
      ],
      partitionsPerTopic: { topic: 3, topic1: 3, topic2: 3, topic3: 3 },
    });
    expect(result).toEqual({
      consumer1: { topic1: [2], topic2: [1], topic3: [0] },
      consumer2: { topic: [0], topic1: [0], topic2: [0] },
      consumer3: { topic1: [1], topic2: [2], topic3: [2] },
      consumer4: { topic: [1, 2], topic3: [1] },
    });
  });

  it('testOwnedPartitionsAreInvalidatedForConsumerWithMultipleGeneration', () => {
    const result = run({
      members: [
        {
          memberId: 'consumer1',
          topics: ['topic', 'topic2'],
          generation: 10,
          owned: tps({ topic: [0, 1], topic2: [1] }),
        },
        {
          memberId: 'consumer2',
          topics: ['topic', 'topic2'],
          generation: 8,
          owned: tps({ topic: [0], topic2: [1, 2] }),
        },
      ],
      partitionsPerTopic: { topic: 3, topic2: 3 },
    });
    expect(result).toEqual({
      consumer1: { topic: [0, 1], topic2: [1] },
      consumer2: { topic: [2], topic2: [0, 2] },
    });
  });

  it('testSubscriptionNotEqualAndAssignSamePartitionWith3Generation: exact results for all six orders', () => {
    // topic-2 is claimed by three members; the newest claim wins, but the general builder may still rebalance.
    const expected: Record<string, Record<string, number[]>> = {
      '1,2,3': { consumer1: [0, 2], consumer2: [1, 3] },
      '1,3,2': { consumer1: strategy === 'sticky' ? [0, 1] : [0], consumer2: [2, 3] },
      '2,1,3': { consumer1: [0, 2], consumer2: [1, 3] },
      '2,3,1': { consumer1: strategy === 'sticky' ? [0, 1] : [0], consumer2: [2, 3] },
      '3,1,2': { consumer1: [0, 2], consumer2: [1, 3] },
      '3,2,1': { consumer1: [0, 2], consumer2: [1, 3] },
    };
    for (const [order, want] of Object.entries(expected)) {
      const [g1, g2, g3] = order.split(',').map(Number) as [number, number, number];
      const result = run({
        members: [
          member('consumer1', ['topic'], { topic: [0, 2] }, g1),
          member('consumer2', ['topic'], { topic: [1, 2, 3] }, g2),
          member('consumer3', ['topic'], { topic: [2, 4, 5] }, g3),
          member('consumer4', ['topic1'], { topic1: [0] }, 2),
        ],
        partitionsPerTopic: { topic: 6, topic1: 1 },
      });
      expect(result).toEqual({
        consumer1: { topic: want.consumer1 },
        consumer2: { topic: want.consumer2 },
        consumer3: { topic: [4, 5] },
        consumer4: { topic1: [0] },
      });
    }
  });
});

describe.each([true, false])('StickyAssignorTest generations, isAllSubscriptionsEqual=%s', (equal) => {
  const run = (input: GenerationalInput) => assignWithGenerations('sticky', input);

  it('testAssignmentWithMultipleGenerations1', () => {
    const all = ['topic', 'topic2'];
    const c2Topics = equal ? all : ['topic'];
    const partitionsPerTopic = { topic: 6, topic2: 6 };
    const r1 = run({
      members: [
        { memberId: 'consumer1', topics: all },
        { memberId: 'consumer2', topics: c2Topics },
        { memberId: 'consumer3', topics: all },
      ],
      partitionsPerTopic,
    });
    for (const m of ['consumer1', 'consumer2', 'consumer3']) expect(ownedOf(r1, m)).toHaveLength(4);

    const r2Input = {
      members: [
        { memberId: 'consumer1', topics: all, owned: ownedOf(r1, 'consumer1'), generation: 1 },
        { memberId: 'consumer2', topics: c2Topics, owned: ownedOf(r1, 'consumer2'), generation: 1 },
      ],
      partitionsPerTopic,
    };
    const r2 = run(r2Input);
    expect(ownedOf(r2, 'consumer1')).toHaveLength(6);
    expect(ownedOf(r2, 'consumer2')).toEqual(expect.arrayContaining(ownedOf(r1, 'consumer2')));
    if (equal) expect(ownedOf(r2, 'consumer1')).toEqual(expect.arrayContaining(ownedOf(r1, 'consumer1')));
    expect(validityAndBalanceErrors(r2Input, r2)).toEqual([]);

    // consumer3 returns with its generation-1 assignment, which consumer2 (generation 2) partly took over.
    const r3Input = {
      members: [
        { memberId: 'consumer2', topics: c2Topics, owned: ownedOf(r2, 'consumer2'), generation: 2 },
        { memberId: 'consumer3', topics: all, owned: ownedOf(r1, 'consumer3'), generation: 1 },
      ],
      partitionsPerTopic,
    };
    const r3 = run(r3Input);
    expect(ownedOf(r3, 'consumer2')).toHaveLength(6);
    expect(ownedOf(r3, 'consumer3')).toHaveLength(6);
    expect(validityAndBalanceErrors(r3Input, r3)).toEqual([]);
  });

  it('testAssignmentWithConflictingPreviousGenerations', () => {
    const all = ['topic', 'topic2', 'topic3'];
    const input: GenerationalInput = {
      members: [
        member(
          'consumer1',
          equal ? all : ['topic'],
          equal ? { topic: [0, 1, 2], topic2: [2, 3], topic3: [0] } : { topic: [0, 1, 2, 3] },
          1,
        ),
        member('consumer2', equal ? all : ['topic', 'topic2'], { topic: [0, 1], topic2: [0, 1, 2, 3] }, 2),
        member('consumer3', all, { topic: [2, 3], topic3: [0, 1, 2, 3] }, 2),
      ],
      partitionsPerTopic: { topic: 4, topic2: 4, topic3: 4 },
    };
    const result = run(input);
    for (const m of ['consumer1', 'consumer2', 'consumer3']) expect(ownedOf(result, m)).toHaveLength(4);
    for (const m of input.members.slice(1)) {
      expect(m.owned).toEqual(expect.arrayContaining(ownedOf(result, m.memberId)));
    }
    expect(validityAndBalanceErrors(input, result)).toEqual([]);
  });
});
