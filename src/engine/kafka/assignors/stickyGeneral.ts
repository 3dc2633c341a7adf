// AbstractStickyAssignor.GeneralAssignmentBuilder: the sticky assignment when members subscribe to different topics.

import { compareJavaStrings } from './javaHash';
import { PartitionMovements } from './partitionMovements';
import { DEFAULT_GENERATION, must, removeFrom } from './prepare';
import { SortedConsumers } from './sortedConsumers';
import type { PreparedGroup, RawAssignment, Subscription, TopicPartition } from './types';

interface ConsumerGenerationPair {
  consumer: string;
  generation: number;
}

/**
 * Keeps every still-valid owned partition, gives the unassigned ones to the least loaded eligible member, then
 * moves partitions from heavier to lighter members until balanced, reverting the moves if they did not lower the
 * balance score. KIP-881 rack matching is left out: Franz's consumers set no client.rack.
 */
export class GeneralAssignmentBuilder {
  private readonly topic2AllPotentialConsumers = new Map<string, string[]>();
  private readonly consumer2AllPotentialTopics = new Map<string, string[]>();
  private currentPartitionConsumer = new Map<TopicPartition, string>();
  private sortedAllPartitions: TopicPartition[];
  private readonly sortedCurrentSubscriptions: SortedConsumers;
  private readonly partitionMovements = new PartitionMovements();
  private readonly totalPartitionsCount: number;
  private revocationRequired = false;

  constructor(
    private readonly group: PreparedGroup,
    private readonly subscriptions: readonly Subscription[],
    private readonly currentAssignment: Map<string, TopicPartition[]>,
    private readonly maxGeneration: number,
  ) {
    let total = 0;
    for (const [topic, n] of group.partitionsPerTopic) {
      this.topic2AllPotentialConsumers.set(topic, []);
      total += n;
    }
    this.totalPartitionsCount = total;
    for (const sub of subscriptions) {
      const topics = sub.topics.filter((t) => group.partitionsPerTopic.has(t));
      this.consumer2AllPotentialTopics.set(sub.memberId, topics);
      for (const t of topics) this.topic2AllPotentialConsumers.get(t)?.push(sub.memberId);
      if (!currentAssignment.has(sub.memberId)) currentAssignment.set(sub.memberId, []);
    }
    for (const [consumer, partitions] of currentAssignment) {
      for (const tp of partitions) this.currentPartitionConsumer.set(tp, consumer);
    }
    // Topics with fewer potential consumers first: they have the fewest places to go.
    const sortedAllTopics = [...this.topic2AllPotentialConsumers.keys()].sort(
      (a, b) =>
        this.potentialConsumers(a).length - this.potentialConsumers(b).length || compareJavaStrings(a, b),
    );
    this.sortedAllPartitions = sortedAllTopics.flatMap((topic) =>
      Array.from({ length: group.partitionsPerTopic.get(topic) ?? 0 }, (_, i) => group.tp(topic, i)),
    );
    this.sortedCurrentSubscriptions = new SortedConsumers((c) => this.assigned(c).length);
  }

  build(): RawAssignment {
    const prevAssignment = this.prepopulateCurrentAssignments();
    const assignedPartitions = this.assignOwnedPartitions();
    const assignedSet = new Set(assignedPartitions);
    // Java returns the very same list when nothing is assigned; both lists are only read or filtered below.
    const unassignedPartitions =
      assignedPartitions.length === 0
        ? this.sortedAllPartitions
        : this.sortedAllPartitions.filter((tp) => !assignedSet.has(tp));
    for (const consumer of this.currentAssignment.keys()) this.sortedCurrentSubscriptions.add(consumer);
    this.balance(prevAssignment, unassignedPartitions);
    return this.currentAssignment;
  }

  private potentialConsumers(topic: string): string[] {
    return must(this.topic2AllPotentialConsumers.get(topic), `consumers of ${topic}`);
  }

  private potentialTopics(consumer: string): string[] {
    return must(this.consumer2AllPotentialTopics.get(consumer), `topics of ${consumer}`);
  }

  private assigned(consumer: string): TopicPartition[] {
    return must(this.currentAssignment.get(consumer), `assignment of ${consumer}`);
  }

  /** Partitions reported by members of an older generation, so that they can return to them. */
  private prepopulateCurrentAssignments(): Map<TopicPartition, ConsumerGenerationPair> {
    const prev = new Map<TopicPartition, ConsumerGenerationPair>();
    const update = (partitions: readonly TopicPartition[], consumer: string, generation: number): void => {
      for (const tp of partitions) {
        const existing = prev.get(tp);
        if (!existing || generation > existing.generation) prev.set(tp, { consumer, generation });
      }
    };
    for (const sub of this.subscriptions) {
      const hasGeneration = sub.generation !== DEFAULT_GENERATION;
      if (hasGeneration && sub.generation < this.maxGeneration)
        update(sub.owned, sub.memberId, sub.generation);
      else if (!hasGeneration && this.maxGeneration > DEFAULT_GENERATION)
        update(sub.owned, sub.memberId, DEFAULT_GENERATION);
    }
    return prev;
  }

  private assignOwnedPartitions(): TopicPartition[] {
    const assignedPartitions: TopicPartition[] = [];
    for (const [consumer, partitions] of this.currentAssignment) {
      const sub = this.group.byId.get(consumer);
      if (!sub) {
        for (const tp of partitions) this.currentPartitionConsumer.delete(tp);
        this.currentAssignment.delete(consumer);
        continue;
      }
      const kept = partitions.filter((tp) => {
        if (!this.topic2AllPotentialConsumers.has(tp.topic)) {
          this.currentPartitionConsumer.delete(tp);
          return false;
        }
        if (!sub.topicSet.has(tp.topic)) {
          // Java leaves currentPartitionConsumer pointing at the old owner until the partition is reassigned.
          this.revocationRequired = true;
          return false;
        }
        assignedPartitions.push(tp);
        return true;
      });
      partitions.splice(0, partitions.length, ...kept);
    }
    return assignedPartitions;
  }

  private isBalanced(): boolean {
    const sorted = this.sortedCurrentSubscriptions;
    const min = this.assigned(must(sorted.first(), 'first consumer')).length;
    const max = this.assigned(must(sorted.last(), 'last consumer')).length;
    if (min >= max - 1) return true;

    const allPartitions = new Map<TopicPartition, string>();
    for (const [consumer, partitions] of this.currentAssignment) {
      for (const tp of partitions) allPartitions.set(tp, consumer);
    }
    // A member short of partitions must not be able to take one from a member with 2+ more.
    for (const consumer of sorted.items()) {
      const mine = this.assigned(consumer);
      const topics = this.potentialTopics(consumer);
      if (mine.length === this.maxAssignmentSize(topics)) continue;
      const mineSet = new Set(mine);
      for (const topic of topics) {
        const count = this.group.partitionsPerTopic.get(topic) ?? 0;
        for (let i = 0; i < count; i++) {
          const tp = this.group.tp(topic, i);
          if (mineSet.has(tp)) continue;
          const other = must(allPartitions.get(tp), `owner of ${topic}-${i}`);
          if (mine.length + 1 < this.assigned(other).length) return false;
        }
      }
    }
    return true;
  }

  private maxAssignmentSize(topics: readonly string[]): number {
    if (topics.length === this.group.partitionsPerTopic.size) return this.totalPartitionsCount;
    return topics.reduce((sum, t) => sum + (this.group.partitionsPerTopic.get(t) ?? 0), 0);
  }

  private canTopicParticipateInReassignment(topic: string): boolean {
    return this.potentialConsumers(topic).length >= 2;
  }

  private canConsumerParticipateInReassignment(consumer: string): boolean {
    const partitions = this.assigned(consumer);
    if (partitions.length < this.maxAssignmentSize(this.potentialTopics(consumer))) return true;
    return partitions.some((tp) => this.canTopicParticipateInReassignment(tp.topic));
  }

  private balance(
    prevAssignment: Map<TopicPartition, ConsumerGenerationPair>,
    unassigned: TopicPartition[],
  ): void {
    const sorted = this.sortedCurrentSubscriptions;
    const initializing = this.assigned(must(sorted.last(), 'last consumer')).length === 0;

    for (const tp of unassigned) {
      if (this.potentialConsumers(tp.topic).length === 0) continue;
      // maybeAssignPartition: the least loaded member that can take it.
      for (const consumer of sorted.items()) {
        if (!this.potentialTopics(consumer).includes(tp.topic)) continue;
        sorted.remove(consumer);
        this.assigned(consumer).push(tp);
        this.currentPartitionConsumer.set(tp, consumer);
        sorted.add(consumer);
        break;
      }
    }

    // Only partitions and members that could move take part in the reassignment.
    const movable = (tp: TopicPartition): boolean => this.canTopicParticipateInReassignment(tp.topic);
    this.sortedAllPartitions = this.sortedAllPartitions.filter(movable);
    const unassignedPartitions = unassigned.filter(movable);
    const fixedAssignments = new Map<string, TopicPartition[]>();
    for (const consumer of this.consumer2AllPotentialTopics.keys()) {
      if (this.canConsumerParticipateInReassignment(consumer)) continue;
      sorted.remove(consumer);
      fixedAssignments.set(consumer, this.assigned(consumer));
      this.currentAssignment.delete(consumer);
    }

    const preBalanceAssignment = new Map<string, TopicPartition[]>();
    for (const [c, l] of this.currentAssignment) preBalanceAssignment.set(c, [...l]);
    const preBalancePartitionConsumers = new Map(this.currentPartitionConsumer);

    // Unless a subscription change already forces revocations, first try moving only the new partitions.
    if (!this.revocationRequired) this.performReassignments(unassignedPartitions, prevAssignment);
    const reassignmentPerformed = this.performReassignments(this.sortedAllPartitions, prevAssignment);

    if (
      !initializing &&
      reassignmentPerformed &&
      balanceScore(this.currentAssignment) >= balanceScore(preBalanceAssignment)
    ) {
      this.currentAssignment.clear();
      for (const [c, l] of preBalanceAssignment) this.currentAssignment.set(c, [...l]);
      this.currentPartitionConsumer = preBalancePartitionConsumers;
    }

    for (const [consumer, partitions] of fixedAssignments) {
      this.currentAssignment.set(consumer, partitions);
      sorted.add(consumer);
    }
  }

  private performReassignments(
    reassignablePartitions: readonly TopicPartition[],
    prevAssignment: Map<TopicPartition, ConsumerGenerationPair>,
  ): boolean {
    let reassignmentPerformed = false;
    let modified: boolean;
    do {
      modified = false;
      for (const tp of reassignablePartitions) {
        if (this.isBalanced()) break;
        const consumer = must(
          this.currentPartitionConsumer.get(tp),
          `consumer of ${tp.topic}-${tp.partition}`,
        );
        const size = this.assigned(consumer).length;
        const prev = prevAssignment.get(tp);
        if (prev && size > this.assigned(prev.consumer).length + 1) {
          this.reassignPartition(tp, prev.consumer);
          reassignmentPerformed = modified = true;
          continue;
        }
        if (this.potentialConsumers(tp.topic).some((other) => size > this.assigned(other).length + 1)) {
          this.reassignPartition(tp, this.leastLoadedConsumerOf(tp.topic));
          reassignmentPerformed = modified = true;
        }
      }
    } while (modified);
    return reassignmentPerformed;
  }

  private leastLoadedConsumerOf(topic: string): string {
    const found = this.sortedCurrentSubscriptions
      .items()
      .find((c) => this.potentialTopics(c).includes(topic));
    return must(found, `a consumer for ${topic}`);
  }

  private reassignPartition(partition: TopicPartition, newConsumer: string): void {
    const consumer = must(this.currentPartitionConsumer.get(partition), 'current consumer');
    const toMove = this.partitionMovements.getTheActualPartitionToBeMoved(partition, consumer, newConsumer);
    // processPartitionMovement
    const oldConsumer = must(this.currentPartitionConsumer.get(toMove), 'old consumer');
    const sorted = this.sortedCurrentSubscriptions;
    sorted.remove(oldConsumer);
    sorted.remove(newConsumer);
    this.partitionMovements.movePartition(toMove, oldConsumer, newConsumer);
    removeFrom(this.assigned(oldConsumer), toMove);
    this.assigned(newConsumer).push(toMove);
    this.currentPartitionConsumer.set(toMove, newConsumer);
    sorted.add(newConsumer);
    sorted.add(oldConsumer);
  }
}

/** Sum over member pairs of the difference in partition counts; 0 is perfectly balanced. */
function balanceScore(assignment: ReadonlyMap<string, readonly TopicPartition[]>): number {
  const sizes = [...assignment.values()].map((l) => l.length);
  let score = 0;
  for (let i = 0; i < sizes.length; i++) {
    for (let j = i + 1; j < sizes.length; j++) score += Math.abs(sizes[i]! - sizes[j]!);
  }
  return score;
}
