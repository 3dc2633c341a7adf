// Test helpers after Kafka's AbstractStickyAssignorTest (verifyValidityAndBalance, isFullyBalanced); used by tests only.

import fc from 'fast-check';
import { cooperativeStickyAssign } from './cooperativeSticky';
import { prepareGroup, toGroupAssignment } from './prepare';
import { stickyAssign } from './sticky';
import type { AssignmentInput, GenerationalInput, GroupAssignment, OwnedPartition } from './types';

/** `{ topic: [0, 2] }` -> owned partitions in that order. */
export function tps(spec: Record<string, number[]>): OwnedPartition[] {
  return Object.entries(spec).flatMap(([topic, ps]) => ps.map((partition) => ({ topic, partition })));
}

export function ownedOf(assignment: GroupAssignment, memberId: string): OwnedPartition[] {
  return tps(assignment[memberId] ?? {});
}

export function sizeOf(assignment: GroupAssignment, memberId: string): number {
  return Object.values(assignment[memberId] ?? {}).reduce((n, ps) => n + ps.length, 0);
}

/** The next rebalance of the same group: every member reports what it was just given. */
export function nextRound(input: AssignmentInput, assignment: GroupAssignment): AssignmentInput {
  return { ...input, members: input.members.map((m) => ({ ...m, owned: ownedOf(assignment, m.memberId) })) };
}

/** The sticky assignors with explicit generations per member, as Kafka's generation tests need. */
export function assignWithGenerations(
  strategy: 'sticky' | 'cooperative-sticky',
  input: GenerationalInput,
): GroupAssignment {
  const group = prepareGroup(input);
  const raw = strategy === 'sticky' ? stickyAssign(group).assignment : cooperativeStickyAssign(group);
  return toGroupAssignment(group, raw);
}

export function isFullyBalanced(assignment: GroupAssignment): boolean {
  const sizes = Object.keys(assignment).map((m) => sizeOf(assignment, m));
  return Math.max(...sizes) - Math.min(...sizes) <= 1;
}

/**
 * AbstractStickyAssignorTest.verifyValidityAndBalance: members only get subscribed topics, no partition goes to two
 * members, and a member with 2+ more partitions than another shares no topic with it. Returns the violations.
 */
export function validityAndBalanceErrors(input: AssignmentInput, assignment: GroupAssignment): string[] {
  const errors: string[] = [];
  const ids = Object.keys(assignment).sort();
  for (const [i, id] of ids.entries()) {
    const subscribed = new Set(input.members.find((m) => m.memberId === id)?.topics ?? []);
    for (const topic of Object.keys(assignment[id] ?? {})) {
      if (!subscribed.has(topic)) errors.push(`${id} got ${topic} without subscribing`);
    }
    for (const other of ids.slice(i + 1)) {
      const mine = new Set(ownedOf(assignment, id).map((p) => `${p.topic}-${p.partition}`));
      const shared = ownedOf(assignment, other).filter((p) => mine.has(`${p.topic}-${p.partition}`));
      if (shared.length > 0) errors.push(`${id} and ${other} share ${shared.length} partitions`);
      if (Math.abs(sizeOf(assignment, id) - sizeOf(assignment, other)) <= 1) continue;
      const topics = Object.keys(assignment[other] ?? {});
      if (Object.keys(assignment[id] ?? {}).some((t) => topics.includes(t))) {
        errors.push(`${id} and ${other} differ by 2+ partitions on a shared topic`);
      }
    }
  }
  return errors;
}

/** How many members each partition of a subscribed topic went to, keyed "topic-partition". */
export function ownersPerPartition(input: AssignmentInput, assignment: GroupAssignment): Map<string, number> {
  const counts = new Map<string, number>();
  const subscribed = new Set(input.members.flatMap((m) => m.topics));
  for (const [topic, n] of Object.entries(input.partitionsPerTopic)) {
    if (subscribed.has(topic)) for (let p = 0; p < n; p++) counts.set(`${topic}-${p}`, 0);
  }
  for (const id of Object.keys(assignment)) {
    for (const p of ownedOf(assignment, id)) {
      const key = `${p.topic}-${p.partition}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return counts;
}

const memberIds = fc.uniqueArray(fc.stringMatching(/^[a-zA-Z0-9._-]{1,16}$/), { minLength: 1, maxLength: 8 });
const topicSizes = fc.array(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 4 });

/**
 * 1-8 members all subscribed to the same 1-4 topics of 1-12 partitions. With `withOwned`, each partition was
 * owned by one of them or by nobody (a member that left, or a new partition), as after an earlier rebalance.
 */
export function sameSubscriptionGroup(withOwned: boolean): fc.Arbitrary<AssignmentInput> {
  return fc
    .tuple(memberIds, topicSizes, fc.array(fc.integer({ min: -3, max: 7 }), { minLength: 48, maxLength: 48 }))
    .map(([ids, sizes, owners]) => {
      const partitionsPerTopic = Object.fromEntries(sizes.map((n, i) => [`topic-${i}`, n]));
      const topics = Object.keys(partitionsPerTopic);
      const all = topics.flatMap((topic) =>
        Array.from({ length: partitionsPerTopic[topic] ?? 0 }, (_, partition) => ({ topic, partition })),
      );
      const members = ids.map((memberId, m) => ({
        memberId,
        topics,
        ...(withOwned ? { owned: all.filter((_, i) => owners[i] === m) } : {}),
      }));
      return { members, partitionsPerTopic };
    });
}

/**
 * Like sameSubscriptionGroup without owned partitions, but each member subscribes to its own non-empty subset
 * (an empty subscription trips a Kafka quirk that sticky.test.ts pins separately).
 */
export function mixedSubscriptionGroup(): fc.Arbitrary<AssignmentInput> {
  return fc
    .tuple(memberIds, topicSizes, fc.array(fc.integer({ min: 0, max: 15 }), { minLength: 8, maxLength: 8 }))
    .map(([ids, sizes, masks]) => {
      const partitionsPerTopic = Object.fromEntries(sizes.map((n, i) => [`topic-${i}`, n]));
      const topics = Object.keys(partitionsPerTopic);
      const members = ids.map((memberId, m) => ({
        memberId,
        topics: topics.filter((_, t) => (((masks[m] ?? 0) % ((1 << topics.length) - 1)) + 1) & (1 << t)),
      }));
      return { members, partitionsPerTopic };
    });
}
