// org.apache.kafka.clients.consumer.internals.AbstractStickyAssignor.assignPartitions, as StickyAssignor runs it.

import { javaHashMapKeyOrder } from './javaHash';
import { DEFAULT_GENERATION, removeFrom } from './prepare';
import { constrainedAssign } from './stickyConstrained';
import { GeneralAssignmentBuilder } from './stickyGeneral';
import type { PreparedGroup, RawAssignment, Subscription, TopicPartition } from './types';

export interface StickyResult {
  assignment: RawAssignment;
  /**
   * Partitions the constrained builder gave to a member other than their previous owner (partition -> new owner);
   * null when the general builder ran, which does not track them (CooperativeStickyAssignor then derives them).
   */
  partitionsTransferringOwnership: Map<TopicPartition, string> | null;
}

/**
 * StickyAssignor and CooperativeStickyAssignor share this; they differ only in where a member's previous
 * partitions come from (userData vs. Subscription.ownedPartitions), which prepareGroup already decoded.
 */
export function stickyAssign(group: PreparedGroup): StickyResult {
  if (group.subscriptions.length === 0)
    return { assignment: new Map(), partitionsTransferringOwnership: null };

  // Java walks the leader's HashMap<memberId, Subscription>; that order decides which members keep maxQuota
  // partitions in the constrained builder, so it is emulated rather than taken from the input.
  const inJavaOrder: Subscription[] = javaHashMapKeyOrder(group.subscriptions.map((s) => s.memberId)).map(
    (id) => group.byId.get(id)!,
  );

  // consumerToOwnedPartitions is a HashMap filled in that same order, so it iterates in that order too.
  const consumerToOwnedPartitions = new Map<string, TopicPartition[]>();
  const partitionsWithMultiplePreviousOwners = new Set<TopicPartition>();
  const allPreviousPartitionsToOwner = new Map<TopicPartition, string>();
  let subscribedTopics = new Set<string>();
  let isAllSubscriptionsEqual = true;
  let maxGeneration = DEFAULT_GENERATION;

  for (const sub of inJavaOrder) {
    // Java only seeds the reference set while it is empty, so members with no topics ahead of the others are
    // skipped over (and then take part in the constrained assignment as if subscribed).
    if (subscribedTopics.size === 0) subscribedTopics = new Set(sub.topics);
    else if (
      isAllSubscriptionsEqual &&
      !(sub.topics.length === subscribedTopics.size && sub.topics.every((t) => subscribedTopics.has(t)))
    )
      isAllSubscriptionsEqual = false;

    maxGeneration = Math.max(maxGeneration, sub.generation);
    const owned: TopicPartition[] = [];
    consumerToOwnedPartitions.set(sub.memberId, owned);
    for (const tp of sub.owned) {
      if (!group.partitionsPerTopic.has(tp.topic)) continue;
      const otherConsumer = allPreviousPartitionsToOwner.get(tp);
      if (otherConsumer === undefined) {
        owned.push(tp);
        allPreviousPartitionsToOwner.set(tp, sub.memberId);
        continue;
      }
      const otherGeneration = group.byId.get(otherConsumer)?.generation ?? DEFAULT_GENERATION;
      // Two claims from one generation are both invalid; otherwise the newer generation wins.
      if (sub.generation === otherGeneration) {
        partitionsWithMultiplePreviousOwners.add(tp);
        removeFrom(consumerToOwnedPartitions.get(otherConsumer), tp);
        allPreviousPartitionsToOwner.set(tp, sub.memberId);
      } else if (sub.generation > otherGeneration) {
        owned.push(tp);
        removeFrom(consumerToOwnedPartitions.get(otherConsumer), tp);
        allPreviousPartitionsToOwner.set(tp, sub.memberId);
      }
    }
  }

  if (isAllSubscriptionsEqual) {
    return constrainedAssign(group, consumerToOwnedPartitions, partitionsWithMultiplePreviousOwners);
  }
  return {
    assignment: new GeneralAssignmentBuilder(
      group,
      inJavaOrder,
      consumerToOwnedPartitions,
      maxGeneration,
    ).build(),
    partitionsTransferringOwnership: null,
  };
}
