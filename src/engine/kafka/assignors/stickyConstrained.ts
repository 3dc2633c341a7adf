// AbstractStickyAssignor.ConstrainedAssignmentBuilder: the sticky assignment when every member has the same subscription.

import { compareJavaStrings } from './javaHash';
import type { StickyResult } from './sticky';
import type { PreparedGroup, TopicPartition } from './types';

/**
 * Members keep up to their quota of previously owned partitions (maxQuota for the first ones Java's HashMap
 * yields, while members above minQuota are still needed, else minQuota); the rest are handed out round-robin to
 * the members in memberId order, those under minQuota first. KIP-881's rack-aware round-robin is skipped: it
 * only runs when consumers set client.rack, which Franz's never do.
 */
export function constrainedAssign(
  group: PreparedGroup,
  consumerToOwnedPartitions: Map<string, TopicPartition[]>,
  partitionsWithMultiplePreviousOwners: Set<TopicPartition>,
): StickyResult {
  let totalPartitionsCount = 0;
  for (const n of group.partitionsPerTopic.values()) totalPartitionsCount += n;
  const numberOfConsumers = consumerToOwnedPartitions.size;
  const minQuota = Math.floor(totalPartitionsCount / numberOfConsumers);
  const maxQuota = Math.ceil(totalPartitionsCount / numberOfConsumers);
  const expectedNumMembersWithOverMinQuotaPartitions = totalPartitionsCount % numberOfConsumers;
  let currentNumMembersWithOverMinQuotaPartitions = 0;

  const maybeRevokedPartitions = new Map<TopicPartition, string>();
  let unfilledMembersWithUnderMinQuotaPartitions: string[] = [];
  let unfilledMembersWithExactlyMinQuotaPartitions: string[] = [];
  const assignment = new Map<string, TopicPartition[]>();
  for (const consumer of consumerToOwnedPartitions.keys()) assignment.set(consumer, []);
  const assignedPartitions = new Set<TopicPartition>();
  const partitionsTransferringOwnership = new Map<TopicPartition, string>();

  const keep = (consumer: string, target: TopicPartition[], owned: TopicPartition[], count: number): void => {
    for (const tp of owned.slice(0, count)) {
      target.push(tp);
      assignedPartitions.add(tp);
    }
    for (const tp of owned.slice(count)) maybeRevokedPartitions.set(tp, consumer);
  };

  // assignOwnedPartitions
  for (const [consumer, ownedList] of consumerToOwnedPartitions) {
    const ownedPartitions = ownedList
      .filter((tp) => !partitionsWithMultiplePreviousOwners.has(tp))
      .sort((a, b) => a.partition - b.partition || compareJavaStrings(a.topic, b.topic));
    const consumerAssignment = assignment.get(consumer)!;
    if (ownedPartitions.length < minQuota) {
      keep(consumer, consumerAssignment, ownedPartitions, ownedPartitions.length);
      unfilledMembersWithUnderMinQuotaPartitions.push(consumer);
    } else if (
      ownedPartitions.length >= maxQuota &&
      currentNumMembersWithOverMinQuotaPartitions < expectedNumMembersWithOverMinQuotaPartitions
    ) {
      currentNumMembersWithOverMinQuotaPartitions++;
      if (currentNumMembersWithOverMinQuotaPartitions === expectedNumMembersWithOverMinQuotaPartitions) {
        unfilledMembersWithExactlyMinQuotaPartitions = [];
      }
      keep(consumer, consumerAssignment, ownedPartitions, maxQuota);
    } else {
      keep(consumer, consumerAssignment, ownedPartitions, minQuota);
      // With minQuota it may still take one more, while members above minQuota are still needed.
      if (currentNumMembersWithOverMinQuotaPartitions < expectedNumMembersWithOverMinQuotaPartitions) {
        unfilledMembersWithExactlyMinQuotaPartitions.push(consumer);
      }
    }
  }

  const unassignedPartitions: TopicPartition[] = [];
  for (const topic of [...group.partitionsPerTopic.keys()].sort(compareJavaStrings)) {
    const count = group.partitionsPerTopic.get(topic) ?? 0;
    for (let i = 0; i < count; i++) {
      const tp = group.tp(topic, i);
      if (!assignedPartitions.has(tp)) unassignedPartitions.push(tp);
    }
  }

  unfilledMembersWithUnderMinQuotaPartitions =
    unfilledMembersWithUnderMinQuotaPartitions.sort(compareJavaStrings);
  unfilledMembersWithExactlyMinQuotaPartitions =
    unfilledMembersWithExactlyMinQuotaPartitions.sort(compareJavaStrings);

  const assignNewPartition = (tp: TopicPartition, consumer: string): number => {
    const consumerAssignment = assignment.get(consumer)!;
    consumerAssignment.push(tp);
    // Everything still owned was kept above, so a partition some member gave up changes hands here.
    const previousOwner = maybeRevokedPartitions.get(tp);
    if (
      (previousOwner !== undefined && previousOwner !== consumer) ||
      partitionsWithMultiplePreviousOwners.has(tp)
    ) {
      partitionsTransferringOwnership.set(tp, consumer);
    }
    return consumerAssignment.length;
  };

  // assignRoundRobin: `cursor` plays the Java LinkedList iterator over the under-minQuota members.
  const under = unfilledMembersWithUnderMinQuotaPartitions;
  let cursor = 0;
  for (const tp of unassignedPartitions) {
    let consumer: string;
    let fromIterator = true;
    if (cursor < under.length) {
      consumer = under[cursor++]!;
    } else if (under.length === 0 && unfilledMembersWithExactlyMinQuotaPartitions.length === 0) {
      throw new Error('No more unfilled consumers to be assigned.');
    } else if (under.length === 0) {
      consumer = unfilledMembersWithExactlyMinQuotaPartitions.shift()!;
      fromIterator = false;
    } else {
      cursor = 0;
      consumer = under[cursor++]!;
    }

    const currentAssignedCount = assignNewPartition(tp, consumer);
    if (currentAssignedCount === minQuota) {
      // Java's iterator.remove() would throw here had the member not come from the iterator.
      if (!fromIterator) throw new Error('IllegalStateException: iterator.remove() without next()');
      under.splice(--cursor, 1);
      unfilledMembersWithExactlyMinQuotaPartitions.push(consumer);
    } else if (currentAssignedCount === maxQuota) {
      currentNumMembersWithOverMinQuotaPartitions++;
    }
  }

  // verifyUnfilledMembers
  if (under.length > 0) {
    if (currentNumMembersWithOverMinQuotaPartitions !== expectedNumMembersWithOverMinQuotaPartitions) {
      throw new Error(
        "We haven't reached the expected number of members with more than the minQuota partitions, but no more partitions to be assigned",
      );
    }
    for (const member of under) {
      if ((assignment.get(member)?.length ?? 0) !== minQuota) {
        throw new Error(
          `Consumer: [${member}] doesn't reach minQuota partitions, and no more partitions to be assigned`,
        );
      }
    }
  }

  return { assignment, partitionsTransferringOwnership };
}
