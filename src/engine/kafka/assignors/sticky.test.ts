// Pins org.apache.kafka.clients.consumer.StickyAssignor: javadoc examples and cases from AbstractStickyAssignorTest.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assign } from './index';
import {
  isFullyBalanced,
  nextRound,
  ownersPerPartition,
  sameSubscriptionGroup,
  mixedSubscriptionGroup,
  sizeOf,
  tps,
  validityAndBalanceErrors,
} from './assignors.testing';
import type { AssignmentInput } from './types';

const sticky = (input: AssignmentInput) => assign('sticky', input);

describe('StickyAssignor', () => {
  it('testOneConsumerNoTopic / NonexistentTopic / OneTopic / OneConsumerMultipleTopics', () => {
    expect(sticky({ members: [{ memberId: 'consumer', topics: [] }], partitionsPerTopic: {} })).toEqual({
      consumer: {},
    });
    expect(
      sticky({ members: [{ memberId: 'consumer', topics: ['topic'] }], partitionsPerTopic: { topic: 0 } }),
    ).toEqual({ consumer: {} });
    expect(
      sticky({ members: [{ memberId: 'consumer', topics: ['topic'] }], partitionsPerTopic: { topic: 3 } }),
    ).toEqual({ consumer: { topic: [0, 1, 2] } });
    expect(
      sticky({
        members: [{ memberId: 'consumer', topics: ['topic1', 'topic2'] }],
        partitionsPerTopic: { topic1: 1, topic2: 2 },
      }),
    ).toEqual({ consumer: { topic1: [0], topic2: [0, 1] } });
  });

  it('testOnlyAssignsPartitionsFromSubscribedTopics: owned partitions of other topics are dropped', () => {
    const result = sticky({
      members: [{ memberId: 'consumer', topics: ['topic'], owned: tps({ topic: [0, 1], other: [0, 1] }) }],
      partitionsPerTopic: { topic: 2 },
    });
    expect(result).toEqual({ consumer: { topic: [0, 1] } });
  });

  it('testTwoConsumersTwoTopicsSixPartitions / testMultipleConsumersMixedTopicSubscriptions', () => {
    const both = ['topic1', 'topic2'];
    expect(
      sticky({
        members: [
          { memberId: 'consumer1', topics: both },
          { memberId: 'consumer2', topics: both },
        ],
        partitionsPerTopic: { topic1: 3, topic2: 3 },
      }),
    ).toEqual({ consumer1: { topic1: [0, 2], topic2: [1] }, consumer2: { topic1: [1], topic2: [0, 2] } });
    expect(
      sticky({
        members: [
          { memberId: 'consumer1', topics: ['topic1'] },
          { memberId: 'consumer2', topics: both },
          { memberId: 'consumer3', topics: ['topic1'] },
        ],
        partitionsPerTopic: { topic1: 3, topic2: 2 },
      }),
    ).toEqual({ consumer1: { topic1: [0, 2] }, consumer2: { topic2: [0, 1] }, consumer3: { topic1: [1] } });
  });

  it('testConsumerOwningMinQuotaExpectedMaxQuota / testMaxQuotaConsumerMoreThanNumExpectedMaxCapacityMembers', () => {
    const topics = ['topic1', 'topic2'];
    expect(
      sticky({
        members: [
          { memberId: 'consumer1', topics, owned: tps({ topic1: [0], topic2: [1] }) },
          { memberId: 'consumer2', topics, owned: tps({ topic1: [1], topic2: [2] }) },
        ],
        partitionsPerTopic: { topic1: 2, topic2: 3 },
      }),
    ).toEqual({ consumer1: { topic1: [0], topic2: [0, 1] }, consumer2: { topic1: [1], topic2: [2] } });
    expect(
      sticky({
        members: [
          { memberId: 'consumer1', topics, owned: tps({ topic1: [0], topic2: [0] }) },
          { memberId: 'consumer2', topics, owned: tps({ topic1: [1], topic2: [1] }) },
          { memberId: 'consumer3', topics, owned: [] },
        ],
        partitionsPerTopic: { topic1: 2, topic2: 2 },
      }),
    ).toEqual({
      consumer1: { topic1: [0] },
      consumer2: { topic1: [1], topic2: [1] },
      consumer3: { topic2: [0] },
    });
  });

  it('testAllConsumersAreUnderMinQuota / testAllConsumersReachExpectedQuotaAndAreConsideredFilled', () => {
    const topics = ['topic1', 'topic2'];
    expect(
      sticky({
        members: [
          { memberId: 'consumer1', topics, owned: tps({ topic1: [0] }) },
          { memberId: 'consumer2', topics, owned: tps({ topic1: [1] }) },
          { memberId: 'consumer3', topics, owned: [] },
        ],
        partitionsPerTopic: { topic1: 2, topic2: 3 },
      }),
    ).toEqual({
      consumer1: { topic1: [0], topic2: [1] },
      consumer2: { topic1: [1], topic2: [2] },
      consumer3: { topic2: [0] },
    });
    expect(
      sticky({
        members: [
          { memberId: 'consumer1', topics: ['topic'], owned: tps({ topic: [0, 1] }) },
          { memberId: 'consumer2', topics: ['topic'], owned: tps({ topic: [2] }) },
          { memberId: 'consumer3', topics: ['topic'], owned: [] },
        ],
        partitionsPerTopic: { topic: 4 },
      }),
    ).toEqual({ consumer1: { topic: [0, 1] }, consumer2: { topic: [2] }, consumer3: { topic: [3] } });
  });

  it('lets Java HashMap order pick which over-quota owner keeps maxQuota partitions', () => {
    // 7 partitions over 3 members: one member may keep 3. Java meets the members in HashMap order (C3 in bucket 0,
    // C6 in bucket 3, C2 in bucket 15), not in the order they joined, so C3 keeps 3 and C6 gives up topic-5.
    const result = sticky({
      members: [
        { memberId: 'C6', topics: ['t0'], owned: tps({ t0: [1, 3, 5] }) },
        { memberId: 'C2', topics: ['t0'], owned: [] },
        { memberId: 'C3', topics: ['t0'], owned: tps({ t0: [0, 2, 4, 6] }) },
      ],
      partitionsPerTopic: { t0: 7 },
    });
    expect(result).toEqual({ C6: { t0: [1, 3] }, C2: { t0: [5, 6] }, C3: { t0: [0, 2, 4] } });
  });

  it('testPoorRoundRobinAssignmentScenario: the assignment its comment describes', () => {
    const all = ['topic1', 'topic2', 'topic3', 'topic4', 'topic5'];
    const odd = ['topic1', 'topic3', 'topic5'];
    const result = sticky({
      members: [
        { memberId: 'consumer1', topics: all },
        { memberId: 'consumer2', topics: odd },
        { memberId: 'consumer3', topics: odd },
        { memberId: 'consumer4', topics: all },
      ],
      partitionsPerTopic: { topic1: 2, topic2: 1, topic3: 2, topic4: 1, topic5: 2 },
    });
    expect(result).toEqual({
      consumer1: { topic2: [0], topic3: [0] },
      consumer2: { topic1: [0], topic3: [1] },
      consumer3: { topic1: [1], topic5: [0] },
      consumer4: { topic4: [0], topic5: [1] },
    });
  });

  it('testMoveExistingAssignments / testAssignmentUpdatedForDeletedTopic', () => {
    expect(
      sticky({
        members: [
          { memberId: 'consumer1', topics: ['topic1', 'topic2'], owned: tps({ topic1: [0] }) },
          {
            memberId: 'consumer2',
            topics: ['topic1', 'topic2', 'topic3', 'topic4'],
            owned: tps({ topic2: [0], topic3: [0] }),
          },
          {
            memberId: 'consumer3',
            topics: ['topic2', 'topic3', 'topic4', 'topic5', 'topic6'],
            owned: tps({ topic4: [0], topic5: [0], topic6: [0] }),
          },
        ],
        partitionsPerTopic: { topic1: 1, topic2: 1, topic3: 1, topic4: 1, topic5: 1, topic6: 1 },
      }),
    ).toEqual({
      consumer1: { topic1: [0] },
      consumer2: { topic2: [0], topic3: [0] },
      consumer3: { topic4: [0], topic5: [0], topic6: [0] },
    });
    const deleted = sticky({
      members: [{ memberId: 'consumer', topics: ['topic1', 'topic2', 'topic3'] }],
      partitionsPerTopic: { topic1: 1, topic3: 100 },
    });
    expect(sizeOf(deleted, 'consumer')).toBe(101);
  });

  it('keeps a Kafka quirk: a member with no topics seen first makes all subscriptions count as equal', () => {
    // In Java's 16-bucket HashMap "__" (bucket 0) comes before "." (bucket 14), so allSubscriptionsEqual seeds its
    // reference with an empty set, reseeds it from ".", reports equal subscriptions, and the constrained builder
    // gives "__" a partition of a topic it never subscribed to.
    expect(
      sticky({
        members: [
          { memberId: '__', topics: [] },
          { memberId: '.', topics: ['topic-0'] },
        ],
        partitionsPerTopic: { 'topic-0': 2 },
      }),
    ).toEqual({ __: { 'topic-0': [1] }, '.': { 'topic-0': [0] } });
    // "a" (bucket 1) comes before "b" (bucket 2): the general builder runs and "b" gets nothing.
    expect(
      sticky({
        members: [
          { memberId: 'b', topics: [] },
          { memberId: 'a', topics: ['t'] },
        ],
        partitionsPerTopic: { t: 2 },
      }),
    ).toEqual({ b: {}, a: { t: [0, 1] } });
  });

  it('property: equal subscriptions give every partition to one member, counts within 1', () => {
    fc.assert(
      fc.property(sameSubscriptionGroup(true), (input) => {
        const result = sticky(input);
        expect([...ownersPerPartition(input, result).values()].every((c) => c === 1)).toBe(true);
        expect(isFullyBalanced(result)).toBe(true);
      }),
    );
  });

  it('property: mixed subscriptions stay valid and balanced (verifyValidityAndBalance), round after round', () => {
    fc.assert(
      fc.property(mixedSubscriptionGroup(), (input) => {
        const first = sticky(input);
        expect(validityAndBalanceErrors(input, first)).toEqual([]);
        expect([...ownersPerPartition(input, first).values()].every((c) => c === 1)).toBe(true);
        const again = nextRound(input, first);
        expect(sticky(again)).toEqual(first);
      }),
    );
  });
});
