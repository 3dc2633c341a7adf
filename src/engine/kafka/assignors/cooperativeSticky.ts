// org.apache.kafka.clients.consumer.CooperativeStickyAssignor (KIP-429 incremental cooperative rebalancing).

import { removeFrom } from './prepare';
import { stickyAssign } from './sticky';
import type { PreparedGroup, RawAssignment, TopicPartition } from './types';

/**
 * The sticky assignment, minus every partition that would move from one live member to another: its owner must
 * first revoke it, after which it rejoins and a follow-up rebalance (the second round) hands it over.
 */
export function cooperativeStickyAssign(group: PreparedGroup): RawAssignment {
  const { assignment, partitionsTransferringOwnership } = stickyAssign(group);
  const transferring =
    partitionsTransferringOwnership ?? computePartitionsTransferringOwnership(group, assignment);
  // adjustAssignment
  for (const [tp, consumer] of transferring) removeFrom(assignment.get(consumer), tp);
  return assignment;
}

/** Partitions newly assigned to one member that another member owned and now loses. */
function computePartitionsTransferringOwnership(
  group: PreparedGroup,
  assignment: RawAssignment,
): Map<TopicPartition, string> {
  const allAddedPartitions = new Map<TopicPartition, string>();
  const allRevokedPartitions = new Set<TopicPartition>();
  for (const [consumer, assigned] of assignment) {
    const owned = new Set(group.byId.get(consumer)?.owned ?? []);
    const assignedSet = new Set(assigned);
    for (const tp of assigned) if (!owned.has(tp)) allAddedPartitions.set(tp, consumer);
    for (const tp of owned) if (!assignedSet.has(tp)) allRevokedPartitions.add(tp);
  }
  for (const tp of allAddedPartitions.keys())
    if (!allRevokedPartitions.has(tp)) allAddedPartitions.delete(tp);
  return allAddedPartitions;
}
