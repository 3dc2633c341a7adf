// Pins the group coordinator's KIP-848 assignors on cases from Kafka's own tests
// (OptimizedUniformAssignmentBuilderTest, RangeAssignorTest in group-coordinator, apache/kafka 1eb7644349cb).
import { describe, expect, it } from 'vitest';
import { groupSpecOrder, serverAssign } from './index';

describe('UniformAssignor (homogeneous)', () => {
  it('testReassignmentWhenOneMemberAddedAfterInitialAssignmentWithTwoMembersTwoTopics', () => {
    const result = serverAssign('uniform', {
      members: [
        { memberId: 'A', topics: ['topic1', 'topic2'], target: { topic1: [0, 2], topic2: [0] } },
        { memberId: 'B', topics: ['topic1', 'topic2'], target: { topic1: [1], topic2: [1, 2] } },
        { memberId: 'C', topics: ['topic1', 'topic2'], target: {} },
      ],
      partitionsPerTopic: { topic1: 3, topic2: 3 },
    });
    expect(result).toEqual({ A: { topic1: [0, 2] }, B: { topic1: [1], topic2: [1] }, C: { topic2: [0, 2] } });
  });

  it('testFirstAssignmentTwoMembersTwoTopicsNoMemberRacks: 3 + 2 partitions, in order', () => {
    const result = serverAssign('uniform', {
      members: [
        { memberId: 'A', topics: ['topic1', 'topic3'], target: {} },
        { memberId: 'B', topics: ['topic1', 'topic3'], target: {} },
      ],
      partitionsPerTopic: { topic1: 3, topic3: 2 },
    });
    expect(result).toEqual({ A: { topic1: [0, 1, 2] }, B: { topic3: [0, 1] } });
  });

  it('testReassignmentWhenOneMemberRemovedAfterInitialAssignmentWithThreeMembersTwoTopics', () => {
    const result = serverAssign('uniform', {
      members: [
        { memberId: 'A', topics: ['topic1', 'topic2'], target: { topic1: [0], topic2: [0] } },
        { memberId: 'B', topics: ['topic1', 'topic2'], target: { topic1: [1], topic2: [1] } },
      ],
      partitionsPerTopic: { topic1: 3, topic2: 3 },
    });
    expect(result).toEqual({ A: { topic1: [0, 2], topic2: [0] }, B: { topic1: [1], topic2: [1, 2] } });
  });

  it('12 partitions, 4 members, a 5th joins: the first two in HashMap order keep 3, two give up their last', () => {
    const ids = ['g-consumer-1-0001', 'g-consumer-2-0002', 'g-consumer-3-0003', 'g-consumer-4-0004'];
    const targets = [
      [0, 1, 2],
      [3, 4, 5],
      [6, 7, 8],
      [9, 10, 11],
    ];
    const members = ids.map((memberId, i) => ({ memberId, topics: ['t'], target: { t: targets[i]! } }));
    members.push({ memberId: 'g-consumer-5-0005', topics: ['t'], target: { t: [] } });
    const ordered = groupSpecOrder(members);
    // java.util.HashMap's keySet() order for these ids, as printed by a JVM.
    expect(ordered.map((m) => m.memberId.slice(-4))).toEqual(['0003', '0002', '0005', '0001', '0004']);
    const result = serverAssign('uniform', { members: ordered, partitionsPerTopic: { t: 12 } });
    expect(result).toEqual({
      'g-consumer-3-0003': { t: [6, 7, 8] },
      'g-consumer-2-0002': { t: [3, 4, 5] },
      'g-consumer-5-0005': { t: [2, 11] },
      'g-consumer-1-0001': { t: [0, 1] },
      'g-consumer-4-0004': { t: [9, 10] },
    });
  });
});

describe('RangeAssignor (group coordinator)', () => {
  it('testFirstAssignmentThreeMembersThreeTopicsDifferentSubscriptions-style ranges: sorted by member id', () => {
    const result = serverAssign('range', {
      members: [
        { memberId: 'B', topics: ['t1', 't2'], target: {} },
        { memberId: 'A', topics: ['t1', 't2'], target: {} },
        { memberId: 'C', topics: ['t1', 't2'], target: {} },
      ],
      partitionsPerTopic: { t1: 3, t2: 4 },
    });
    expect(result).toEqual({ A: { t1: [0], t2: [0, 1] }, B: { t1: [1], t2: [2] }, C: { t1: [2], t2: [3] } });
  });

  it('is not sticky: a 5th member among 12 partitions moves the ranges of members after it', () => {
    const members = ['m1', 'm2', 'm3', 'm4', 'm5'].map((memberId) => ({
      memberId,
      topics: ['t'],
      target: {},
    }));
    const result = serverAssign('range', { members, partitionsPerTopic: { t: 12 } });
    expect(result).toEqual({
      m1: { t: [0, 1, 2] },
      m2: { t: [3, 4, 5] },
      m3: { t: [6, 7] },
      m4: { t: [8, 9] },
      m5: { t: [10, 11] },
    });
  });
});
