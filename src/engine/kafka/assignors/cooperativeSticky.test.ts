// Pins org.apache.kafka.clients.consumer.CooperativeStickyAssignor (KIP-429): moving partitions wait for revocation.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assign } from './index';
import {
  isFullyBalanced,
  nextRound,
  ownersPerPartition,
  ownedOf,
  sameSubscriptionGroup,
  sizeOf,
  tps,
} from './assignors.testing';
import type { AssignmentInput } from './types';

const coop = (input: AssignmentInput) => assign('cooperative-sticky', input);

describe('CooperativeStickyAssignor', () => {
  it('withholds a partition that moves to a joining member, then assigns it in the follow-up rebalance', () => {
    const input: AssignmentInput = {
      members: [
        { memberId: 'consumer1', topics: ['topic'], owned: tps({ topic: [0, 1, 2] }) },
        { memberId: 'consumer2', topics: ['topic'], owned: [] },
      ],
      partitionsPerTopic: { topic: 3 },
    };
    // The eager StickyAssignor would move topic-2 straight away.
    expect(assign('sticky', input)).toEqual({ consumer1: { topic: [0, 1] }, consumer2: { topic: [2] } });
    const first = coop(input);
    expect(first).toEqual({ consumer1: { topic: [0, 1] }, consumer2: {} });
    expect(coop(nextRound(input, first))).toEqual({
      consumer1: { topic: [0, 1] },
      consumer2: { topic: [2] },
    });
  });

  it('testAddRemoveTwoConsumersTwoTopics: the three moving partitions wait one round; a departure frees at once', () => {
    const topics = ['topic1', 'topic2'];
    let input: AssignmentInput = {
      members: ['consumer1', 'consumer2'].map((memberId) => ({ memberId, topics })),
      partitionsPerTopic: { topic1: 3, topic2: 4 },
    };
    let result = coop(input);
    expect(result).toEqual({
      consumer1: { topic1: [0, 2], topic2: [1, 3] },
      consumer2: { topic1: [1], topic2: [0, 2] },
    });

    input = nextRound(input, result);
    input.members.push(
      { memberId: 'consumer3', topics, owned: [] },
      { memberId: 'consumer4', topics, owned: [] },
    );
    result = coop(input);
    // topic1-2 and topic2-3 (to consumer3) and topic2-2 (to consumer4) are being revoked by their owners.
    expect(result).toEqual({
      consumer1: { topic1: [0], topic2: [1] },
      consumer2: { topic1: [1], topic2: [0] },
      consumer3: {},
      consumer4: {},
    });

    input = nextRound(input, result);
    result = coop(input);
    expect(result).toEqual({
      consumer1: { topic1: [0], topic2: [1] },
      consumer2: { topic1: [1], topic2: [0] },
      consumer3: { topic1: [2], topic2: [3] },
      consumer4: { topic2: [2] },
    });

    // Partitions of members that left are not owned by anyone still in the group: no withholding.
    input = nextRound(input, result);
    input.members = input.members.slice(2);
    expect(coop(input)).toEqual({
      consumer3: { topic1: [0, 2], topic2: [1, 3] },
      consumer4: { topic1: [1], topic2: [0, 2] },
    });
  });

  it('testAllConsumersHaveOwnedPartitionInvalidatedWhenClaimedByMultipleConsumersInSameGeneration (both)', () => {
    const members = (n: number) => ({
      members: [
        { memberId: 'consumer1', topics: ['topic'], owned: tps({ topic: [0, 1] }) },
        { memberId: 'consumer2', topics: ['topic'], owned: tps({ topic: [0, 2] }) },
        { memberId: 'consumer3', topics: ['topic'], owned: [] },
      ],
      partitionsPerTopic: { topic: n },
    });
    // topic-0 counts as owned by both, so nobody may take it until both have revoked it.
    expect(coop(members(3))).toEqual({ consumer1: { topic: [1] }, consumer2: { topic: [2] }, consumer3: {} });
    expect(coop(members(4))).toEqual({
      consumer1: { topic: [1, 3] },
      consumer2: { topic: [2] },
      consumer3: {},
    });
    expect(assign('sticky', members(3))).toEqual({
      consumer1: { topic: [1] },
      consumer2: { topic: [2] },
      consumer3: { topic: [0] },
    });
  });

  it('testAssignorWithOldVersionSubscriptions: nothing moves, so nothing is withheld', () => {
    const result = coop({
      members: [
        { memberId: 'consumer1', topics: ['topic1'], owned: tps({ topic1: [0] }) },
        { memberId: 'consumer2', topics: ['topic1'], owned: tps({ topic1: [1] }) },
        { memberId: 'consumer3', topics: ['topic1'], owned: [] },
      ],
      partitionsPerTopic: { topic1: 3 },
    });
    expect(result).toEqual({
      consumer1: { topic1: [0] },
      consumer2: { topic1: [1] },
      consumer3: { topic1: [2] },
    });
  });

  it('with unequal subscriptions, derives the moving partitions from owned vs. assigned (general builder)', () => {
    // consumer1 dropped topic A but still owns; consumer2 owns B. Sticky swaps them; cooperative
    // withholds all four this round, since each is still owned by the other member.
    const swap: AssignmentInput = {
      members: [
        { memberId: 'consumer1', topics: ['B'], owned: tps({ A: [0, 1] }) },
        { memberId: 'consumer2', topics: ['A', 'B'], owned: tps({ B: [0, 1] }) },
      ],
      partitionsPerTopic: { A: 2, B: 2 },
    };
    expect(assign('sticky', swap)).toEqual({ consumer1: { B: [0, 1] }, consumer2: { A: [0, 1] } });
    const first = coop(swap);
    expect(first).toEqual({ consumer1: {}, consumer2: {} });
    expect(coop(nextRound(swap, first))).toEqual({ consumer1: { B: [0, 1] }, consumer2: { A: [0, 1] } });

    const join: AssignmentInput = {
      members: [
        { memberId: 'consumer1', topics: ['A', 'B'], owned: tps({ A: [0, 1, 2, 3], B: [0, 1] }) },
        { memberId: 'consumer2', topics: ['A'], owned: [] },
      ],
      partitionsPerTopic: { A: 4, B: 2 },
    };
    expect(assign('sticky', join)).toEqual({ consumer1: { A: [3], B: [0, 1] }, consumer2: { A: [0, 1, 2] } });
    const round1 = coop(join);
    expect(round1).toEqual({ consumer1: { A: [3], B: [0, 1] }, consumer2: {} });
    expect(coop(nextRound(join, round1))).toEqual({
      consumer1: { A: [3], B: [0, 1] },
      consumer2: { A: [0, 1, 2] },
    });
  });

  it('property: round one is the sticky result minus partitions moving between members; round two completes it', () => {
    fc.assert(
      fc.property(sameSubscriptionGroup(true), (input) => {
        const eager = assign('sticky', input);
        const first = coop(input);
        const ownerBefore = new Map<string, string>();
        for (const m of input.members)
          for (const p of m.owned ?? []) ownerBefore.set(`${p.topic}-${p.partition}`, m.memberId);

        expect([...ownersPerPartition(input, first).values()].every((c) => c <= 1)).toBe(true);
        for (const m of input.members) {
          const expected = ownedOf(eager, m.memberId).filter((p) => {
            const before = ownerBefore.get(`${p.topic}-${p.partition}`);
            return before === undefined || before === m.memberId;
          });
          const key = (p: { topic: string; partition: number }) => `${p.topic}-${p.partition}`;
          expect(ownedOf(first, m.memberId).map(key).sort()).toEqual(expected.map(key).sort());
        }

        const second = coop(nextRound(input, first));
        expect([...ownersPerPartition(input, second).values()].every((c) => c === 1)).toBe(true);
        expect(isFullyBalanced(second)).toBe(true);
        const counts = (a: typeof second) =>
          input.members.map((m) => sizeOf(a, m.memberId)).sort((x, y) => x - y);
        expect(counts(second)).toEqual(counts(eager));
      }),
    );
  });
});
