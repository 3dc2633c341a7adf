// Pins StickyAssignor across rebalances: members joining and leaving keep what they can (AbstractStickyAssignorTest).

import { describe, expect, it } from 'vitest';
import { assign } from './index';
import { nextRound, ownedOf } from './assignors.testing';
import type { AssignmentInput } from './types';

const sticky = (input: AssignmentInput) => assign('sticky', input);

describe('StickyAssignor across rebalances', () => {
  it('javadoc example 1: balanced at first, then keeps every partition in place when C1 leaves', () => {
    const topics = ['t0', 't1', 't2', 't3'];
    const input = {
      members: ['C0', 'C1', 'C2'].map((memberId) => ({ memberId, topics })),
      partitionsPerTopic: { t0: 2, t1: 2, t2: 2, t3: 2 },
    };
    const first = sticky(input);
    expect(first).toEqual({
      C0: { t0: [0], t1: [1], t3: [0] },
      C1: { t0: [1], t2: [0], t3: [1] },
      C2: { t1: [0], t2: [1] },
    });
    expect(sticky(nextRound(input, first))).toEqual(first);
    // The javadoc's "C0 [t0p0, t1p1, t3p0, t2p0], C2 [t1p0, t2p1, t0p1, t3p1]" predates the constrained builder,
    // which hands C1's t0p1, t2p0, t3p1 round-robin to the members in memberId order.
    const withoutC1 = nextRound(input, first);
    withoutC1.members = withoutC1.members.filter((m) => m.memberId !== 'C1');
    expect(sticky(withoutC1)).toEqual({
      C0: { t0: [0, 1], t1: [1], t3: [0] },
      C2: { t1: [0], t2: [0, 1], t3: [1] },
    });
  });

  it('javadoc example 2: unequal subscriptions, then C0 leaves and only t0p0 moves', () => {
    const input = {
      members: [
        { memberId: 'C0', topics: ['t0'] },
        { memberId: 'C1', topics: ['t0', 't1'] },
        { memberId: 'C2', topics: ['t0', 't1', 't2'] },
      ],
      partitionsPerTopic: { t0: 1, t1: 2, t2: 3 },
    };
    const first = sticky(input);
    expect(first).toEqual({ C0: { t0: [0] }, C1: { t1: [0, 1] }, C2: { t2: [0, 1, 2] } });
    const withoutC0 = nextRound(input, first);
    withoutC0.members = withoutC0.members.filter((m) => m.memberId !== 'C0');
    expect(sticky(withoutC0)).toEqual({ C1: { t0: [0], t1: [0, 1] }, C2: { t2: [0, 1, 2] } });
  });

  it('testAddRemoveConsumerOneTopic: a joining member takes one partition, a leaving one hands over all', () => {
    const one = { members: [{ memberId: 'consumer1', topics: ['topic'] }], partitionsPerTopic: { topic: 3 } };
    const first = sticky(one);
    expect(first).toEqual({ consumer1: { topic: [0, 1, 2] } });
    const joined = nextRound(one, first);
    joined.members.push({ memberId: 'consumer2', topics: ['topic'], owned: [] });
    const second = sticky(joined);
    expect(second).toEqual({ consumer1: { topic: [0, 1] }, consumer2: { topic: [2] } });
    const left = nextRound(joined, second);
    left.members = left.members.filter((m) => m.memberId !== 'consumer1');
    expect(sticky(left)).toEqual({ consumer2: { topic: [0, 1, 2] } });
  });

  it('testAddRemoveTwoConsumersTwoTopics: exact assignments as two members join and then the first two leave', () => {
    const topics = ['topic1', 'topic2'];
    const input: AssignmentInput = {
      members: ['consumer1', 'consumer2'].map((memberId) => ({ memberId, topics })),
      partitionsPerTopic: { topic1: 3, topic2: 4 },
    };
    const first = sticky(input);
    expect(first).toEqual({
      consumer1: { topic1: [0, 2], topic2: [1, 3] },
      consumer2: { topic1: [1], topic2: [0, 2] },
    });
    const joined = nextRound(input, first);
    joined.members.push(
      { memberId: 'consumer3', topics, owned: [] },
      { memberId: 'consumer4', topics, owned: [] },
    );
    const second = sticky(joined);
    expect(second).toEqual({
      consumer1: { topic1: [0], topic2: [1] },
      consumer2: { topic1: [1], topic2: [0] },
      consumer3: { topic1: [2], topic2: [3] },
      consumer4: { topic2: [2] },
    });
    const left = nextRound(joined, second);
    left.members = left.members.filter((m) => m.memberId === 'consumer3' || m.memberId === 'consumer4');
    expect(sticky(left)).toEqual({
      consumer3: { topic1: [0, 2], topic2: [1, 3] },
      consumer4: { topic1: [1], topic2: [0, 2] },
    });
  });

  it('testTopicBalanceAfterReassignment: 12+12 partitions split 12/12, 6/6, 3/3 per topic, then back to 6/6', () => {
    const topics = ['topic1', 'topic2'];
    const perTopic = (a: ReturnType<typeof sticky>) =>
      Object.keys(a).map((m) => [a[m]?.topic1?.length, a[m]?.topic2?.length]);
    let input: AssignmentInput = {
      members: [{ memberId: 'consumer1', topics }],
      partitionsPerTopic: { topic1: 12, topic2: 12 },
    };
    let result = sticky(input);
    expect(perTopic(result)).toEqual([[12, 12]]);
    input = nextRound(input, result);
    input.members.push({ memberId: 'consumer2', topics, owned: [] });
    result = sticky(input);
    expect(perTopic(result)).toEqual([
      [6, 6],
      [6, 6],
    ]);
    input = nextRound(input, result);
    input.members.push(
      { memberId: 'consumer3', topics, owned: [] },
      { memberId: 'consumer4', topics, owned: [] },
    );
    result = sticky(input);
    expect(perTopic(result)).toEqual(Array(4).fill([3, 3]));
    input = nextRound(input, result);
    input.members = input.members.slice(2);
    const last = sticky(input);
    expect(perTopic(last)).toEqual([
      [6, 6],
      [6, 6],
    ]);
    for (const m of ['consumer3', 'consumer4']) {
      expect(ownedOf(last, m)).toEqual(expect.arrayContaining(ownedOf(result, m)));
    }
  });

  it('testStickiness: when consumer1 leaves, the others keep theirs and consumer4 takes topic1-0', () => {
    const input: AssignmentInput = {
      members: ['consumer1', 'consumer2', 'consumer3', 'consumer4'].map((memberId) => ({
        memberId,
        topics: ['topic1'],
      })),
      partitionsPerTopic: { topic1: 3 },
    };
    const first = sticky(input);
    expect(first).toEqual({
      consumer1: { topic1: [0] },
      consumer2: { topic1: [1] },
      consumer3: { topic1: [2] },
      consumer4: {},
    });
    const left = nextRound(input, first);
    left.members = left.members.slice(1);
    expect(sticky(left)).toEqual({
      consumer2: { topic1: [1] },
      consumer3: { topic1: [2] },
      consumer4: { topic1: [0] },
    });
  });
});
