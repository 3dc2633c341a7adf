// Pins org.apache.kafka.clients.consumer.RoundRobinAssignor: its javadoc examples and Kafka's RoundRobinAssignorTest.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assign } from './index';
import {
  mixedSubscriptionGroup,
  ownersPerPartition,
  sameSubscriptionGroup,
  sizeOf,
} from './assignors.testing';

describe('RoundRobinAssignor', () => {
  it('gives the javadoc example: C0 [t0p0, t0p2, t1p1], C1 [t0p1, t1p0, t1p2]', () => {
    const result = assign('roundrobin', {
      members: [
        { memberId: 'C0', topics: ['t0', 't1'] },
        { memberId: 'C1', topics: ['t0', 't1'] },
      ],
      partitionsPerTopic: { t0: 3, t1: 3 },
    });
    expect(result).toEqual({ C0: { t0: [0, 2], t1: [1] }, C1: { t0: [1], t1: [0, 2] } });
  });

  it('gives the javadoc example with unequal subscriptions: C0 [t0p0], C1 [t1p0], C2 [t1p1, t2p0, t2p1, t2p2]', () => {
    const result = assign('roundrobin', {
      members: [
        { memberId: 'C0', topics: ['t0'] },
        { memberId: 'C1', topics: ['t0', 't1'] },
        { memberId: 'C2', topics: ['t0', 't1', 't2'] },
      ],
      partitionsPerTopic: { t0: 1, t1: 2, t2: 3 },
    });
    expect(result).toEqual({ C0: { t0: [0] }, C1: { t1: [0] }, C2: { t1: [1], t2: [0, 1, 2] } });
  });

  it('gives the javadoc static-membership example, and reshuffles when member ids change order', () => {
    const group = (ids: string[]) => ({
      members: ids.map((memberId) => ({ memberId, topics: ['t0', 't1'] })),
      partitionsPerTopic: { t0: 3, t1: 3 },
    });
    expect(assign('roundrobin', group(['C0', 'C1', 'C2']))).toEqual({
      C0: { t0: [0], t1: [0] },
      C1: { t0: [1], t1: [1] },
      C2: { t0: [2], t1: [2] },
    });
    // After a rolling bounce C0 -> C5, C1 -> C3, C2 -> C4.
    expect(assign('roundrobin', group(['C5', 'C3', 'C4']))).toEqual({
      C3: { t0: [0], t1: [0] },
      C4: { t0: [1], t1: [1] },
      C5: { t0: [2], t1: [2] },
    });
  });

  it('testOneConsumerNoTopic / testOneConsumerNonexistentTopic', () => {
    expect(
      assign('roundrobin', { members: [{ memberId: 'consumer', topics: [] }], partitionsPerTopic: {} }),
    ).toEqual({ consumer: {} });
    expect(
      assign('roundrobin', {
        members: [{ memberId: 'consumer', topics: ['topic'] }],
        partitionsPerTopic: {},
      }),
    ).toEqual({ consumer: {} });
  });

  it('testOnlyAssignsPartitionsFromSubscribedTopics / testOneConsumerMultipleTopics', () => {
    expect(
      assign('roundrobin', {
        members: [{ memberId: 'consumer', topics: ['topic'] }],
        partitionsPerTopic: { topic: 3, other: 3 },
      }),
    ).toEqual({ consumer: { topic: [0, 1, 2] } });
    expect(
      assign('roundrobin', {
        members: [{ memberId: 'consumer', topics: ['topic1', 'topic2'] }],
        partitionsPerTopic: { topic1: 1, topic2: 2 },
      }),
    ).toEqual({ consumer: { topic1: [0], topic2: [0, 1] } });
  });

  it('testTwoConsumersOneTopicOnePartition / TwoPartitions', () => {
    const members = [
      { memberId: 'consumer1', topics: ['topic'] },
      { memberId: 'consumer2', topics: ['topic'] },
    ];
    expect(assign('roundrobin', { members, partitionsPerTopic: { topic: 1 } })).toEqual({
      consumer1: { topic: [0] },
      consumer2: {},
    });
    expect(assign('roundrobin', { members, partitionsPerTopic: { topic: 2 } })).toEqual({
      consumer1: { topic: [0] },
      consumer2: { topic: [1] },
    });
  });

  it('testMultipleConsumersMixedTopics', () => {
    const result = assign('roundrobin', {
      members: [
        { memberId: 'consumer1', topics: ['topic1'] },
        { memberId: 'consumer2', topics: ['topic1', 'topic2'] },
        { memberId: 'consumer3', topics: ['topic1'] },
      ],
      partitionsPerTopic: { topic1: 3, topic2: 2 },
    });
    expect(result).toEqual({
      consumer1: { topic1: [0] },
      consumer2: { topic1: [1], topic2: [0, 1] },
      consumer3: { topic1: [2] },
    });
  });

  it('testTwoDynamicConsumersTwoTopicsSixPartitions', () => {
    const result = assign('roundrobin', {
      members: [
        { memberId: 'consumer1', topics: ['topic1', 'topic2'] },
        { memberId: 'consumer2', topics: ['topic1', 'topic2'] },
      ],
      partitionsPerTopic: { topic1: 3, topic2: 3 },
    });
    expect(result).toEqual({
      consumer1: { topic1: [0, 2], topic2: [1] },
      consumer2: { topic1: [1], topic2: [0, 2] },
    });
  });

  it('property: with equal subscriptions every partition goes to one member and counts differ by at most 1', () => {
    fc.assert(
      fc.property(sameSubscriptionGroup(false), (input) => {
        const result = assign('roundrobin', input);
        expect([...ownersPerPartition(input, result).values()].every((c) => c === 1)).toBe(true);
        const sizes = input.members.map((m) => sizeOf(result, m.memberId));
        expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('property: with mixed subscriptions every subscribed partition goes to exactly one subscriber', () => {
    fc.assert(
      fc.property(mixedSubscriptionGroup(), (input) => {
        const result = assign('roundrobin', input);
        expect([...ownersPerPartition(input, result).values()].every((c) => c === 1)).toBe(true);
        for (const m of input.members) {
          for (const topic of Object.keys(result[m.memberId] ?? {})) expect(m.topics).toContain(topic);
        }
      }),
    );
  });
});
