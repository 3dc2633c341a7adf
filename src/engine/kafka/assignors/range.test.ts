// Pins org.apache.kafka.clients.consumer.RangeAssignor: its javadoc example and cases from Kafka's RangeAssignorTest.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assign } from './index';
import { mixedSubscriptionGroup, ownersPerPartition, sameSubscriptionGroup } from './assignors.testing';

const all = ['t1', 't2', 't3'];
const consumers = (...topicLists: string[][]) =>
  topicLists.map((topics, i) => ({ memberId: `consumer${i}`, topics }));

describe('RangeAssignor', () => {
  it('gives the javadoc example: C0 [t0p0, t0p1, t1p0, t1p1], C1 [t0p2, t1p2]', () => {
    const result = assign('range', {
      members: [
        { memberId: 'C0', topics: ['t0', 't1'] },
        { memberId: 'C1', topics: ['t0', 't1'] },
      ],
      partitionsPerTopic: { t0: 3, t1: 3 },
    });
    expect(result).toEqual({ C0: { t0: [0, 1], t1: [0, 1] }, C1: { t0: [2], t1: [2] } });
  });

  it('orders members by memberId, not by their order in the group (javadoc: C3 and C2 after a bounce)', () => {
    const result = assign('range', {
      members: [
        { memberId: 'C3', topics: ['t0', 't1'] },
        { memberId: 'C2', topics: ['t0', 't1'] },
      ],
      partitionsPerTopic: { t0: 3, t1: 3 },
    });
    expect(result).toEqual({ C3: { t0: [2], t1: [2] }, C2: { t0: [0, 1], t1: [0, 1] } });
  });

  it('testOneConsumerNoTopic / testOneConsumerNonexistentTopic: the member is present with nothing', () => {
    expect(
      assign('range', { members: [{ memberId: 'consumer1', topics: [] }], partitionsPerTopic: {} }),
    ).toEqual({
      consumer1: {},
    });
    expect(
      assign('range', { members: [{ memberId: 'consumer1', topics: ['topic1'] }], partitionsPerTopic: {} }),
    ).toEqual({ consumer1: {} });
  });

  it('testOnlyAssignsPartitionsFromSubscribedTopics', () => {
    const result = assign('range', {
      members: [{ memberId: 'consumer1', topics: ['topic1'] }],
      partitionsPerTopic: { topic1: 3, other: 3 },
    });
    expect(result).toEqual({ consumer1: { topic1: [0, 1, 2] } });
  });

  it('testOneConsumerMultipleTopics', () => {
    const result = assign('range', {
      members: [{ memberId: 'consumer1', topics: ['topic1', 'topic2'] }],
      partitionsPerTopic: { topic1: 1, topic2: 2 },
    });
    expect(result).toEqual({ consumer1: { topic1: [0], topic2: [0, 1] } });
  });

  it('testTwoConsumersOneTopicOnePartition / TwoPartitions', () => {
    const members = [
      { memberId: 'consumer1', topics: ['topic1'] },
      { memberId: 'consumer2', topics: ['topic1'] },
    ];
    expect(assign('range', { members, partitionsPerTopic: { topic1: 1 } })).toEqual({
      consumer1: { topic1: [0] },
      consumer2: {},
    });
    expect(assign('range', { members, partitionsPerTopic: { topic1: 2 } })).toEqual({
      consumer1: { topic1: [0] },
      consumer2: { topic1: [1] },
    });
  });

  it('testMultipleConsumersMixedTopics', () => {
    const result = assign('range', {
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

  it('testRackAwareAssignmentWithUniformSubscription (non-rack-aware expectation)', () => {
    const result = assign('range', {
      members: consumers(all, all, all),
      partitionsPerTopic: { t1: 6, t2: 7, t3: 2 },
    });
    expect(result).toEqual({
      consumer0: { t1: [0, 1], t2: [0, 1, 2], t3: [0] },
      consumer1: { t1: [2, 3], t2: [3, 4], t3: [1] },
      consumer2: { t1: [4, 5], t2: [5, 6] },
    });
  });

  it('testRackAwareAssignmentWithNonEqualSubscription (non-rack-aware expectation)', () => {
    const members = consumers(all, all, ['t1', 't3']);
    const result = assign('range', { members, partitionsPerTopic: { t1: 6, t2: 7, t3: 2 } });
    expect(result).toEqual({
      consumer0: { t1: [0, 1], t2: [0, 1, 2, 3], t3: [0] },
      consumer1: { t1: [2, 3], t2: [4, 5, 6], t3: [1] },
      consumer2: { t1: [4, 5] },
    });
  });

  it('testRackAwareAssignmentWithUniformPartitions[NonEqualSubscription] (non-rack-aware expectations)', () => {
    const partitionsPerTopic = { t1: 5, t2: 5, t3: 5 };
    expect(assign('range', { members: consumers(all, all, all), partitionsPerTopic })).toEqual({
      consumer0: { t1: [0, 1], t2: [0, 1], t3: [0, 1] },
      consumer1: { t1: [2, 3], t2: [2, 3], t3: [2, 3] },
      consumer2: { t1: [4], t2: [4], t3: [4] },
    });
    expect(assign('range', { members: consumers(all, all, ['t1', 't3']), partitionsPerTopic })).toEqual({
      consumer0: { t1: [0, 1], t2: [0, 1, 2], t3: [0, 1] },
      consumer1: { t1: [2, 3], t2: [3, 4], t3: [2, 3] },
      consumer2: { t1: [4], t3: [4] },
    });
  });

  it('testRackAwareAssignmentWithCoPartitioning (non-rack-aware expectations)', () => {
    const partitionsPerTopic = { t1: 6, t2: 6, t3: 2, t4: 2 };
    const split = consumers(['t1', 't2'], ['t1', 't2'], ['t3', 't4'], ['t3', 't4']);
    expect(assign('range', { members: split, partitionsPerTopic })).toEqual({
      consumer0: { t1: [0, 1, 2], t2: [0, 1, 2] },
      consumer1: { t1: [3, 4, 5], t2: [3, 4, 5] },
      consumer2: { t3: [0], t4: [0] },
      consumer3: { t3: [1], t4: [1] },
    });
    const four = ['t1', 't2', 't3', 't4'];
    expect(assign('range', { members: consumers(four, four, four, four), partitionsPerTopic })).toEqual({
      consumer0: { t1: [0, 1], t2: [0, 1], t3: [0], t4: [0] },
      consumer1: { t1: [2, 3], t2: [2, 3], t3: [1], t4: [1] },
      consumer2: { t1: [4], t2: [4] },
      consumer3: { t1: [5], t2: [5] },
    });
  });

  it('testCoPartitionedAssignmentWithSameSubscription: topics t7-t9 do not exist and are ignored', () => {
    const topics = ['t1', 't2', 't3', 't4', 't5', 't6', 't7', 't8', 't9'];
    const result = assign('range', {
      members: consumers(topics, topics, topics),
      partitionsPerTopic: { t1: 6, t2: 6, t3: 2, t4: 2, t5: 4, t6: 4 },
    });
    expect(result).toEqual({
      consumer0: { t1: [0, 1], t2: [0, 1], t3: [0], t4: [0], t5: [0, 1], t6: [0, 1] },
      consumer1: { t1: [2, 3], t2: [2, 3], t3: [1], t4: [1], t5: [2], t6: [2] },
      consumer2: { t1: [4, 5], t2: [4, 5], t5: [3], t6: [3] },
    });
  });

  it('property: with equal subscriptions every partition goes to exactly one member', () => {
    fc.assert(
      fc.property(sameSubscriptionGroup(false), (input) => {
        const counts = [...ownersPerPartition(input, assign('range', input)).values()];
        expect(counts.every((c) => c === 1)).toBe(true);
      }),
    );
  });

  it('property: with mixed subscriptions every subscribed partition goes to exactly one subscriber', () => {
    fc.assert(
      fc.property(mixedSubscriptionGroup(), (input) => {
        const result = assign('range', input);
        expect([...ownersPerPartition(input, result).values()].every((c) => c === 1)).toBe(true);
        for (const m of input.members) {
          for (const topic of Object.keys(result[m.memberId] ?? {})) expect(m.topics).toContain(topic);
        }
      }),
    );
  });
});
