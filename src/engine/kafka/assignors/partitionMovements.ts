// AbstractStickyAssignor.PartitionMovements: which partitions moved between which consumers during one rebalance.

import { JavaHashSet } from './javaHash';
import type { TopicPartition } from './types';

interface ConsumerPair {
  readonly src: string;
  readonly dst: string;
}

const pairKey = (src: string, dst: string): string => JSON.stringify([src, dst]);

/**
 * Moving a partition from A to B while some other partition of the same topic already moved from B to A this
 * round would make the two cancel out; instead the earlier one is sent back, which keeps more partitions where
 * they were.
 */
export class PartitionMovements {
  // Per topic and consumer pair, a HashSet in Java whose iteration order decides which partition moves back.
  private readonly byTopic = new Map<string, Map<string, JavaHashSet<TopicPartition>>>();
  private readonly movements = new Map<TopicPartition, ConsumerPair>();

  movePartition(partition: TopicPartition, oldConsumer: string, newConsumer: string): void {
    const existing = this.movements.get(partition);
    if (existing) {
      this.removeMovementRecord(partition, existing);
      // Moving back to where it started this round is no movement at all.
      if (existing.src !== newConsumer)
        this.addMovementRecord(partition, { src: existing.src, dst: newConsumer });
    } else {
      this.addMovementRecord(partition, { src: oldConsumer, dst: newConsumer });
    }
  }

  getTheActualPartitionToBeMoved(
    partition: TopicPartition,
    oldConsumer: string,
    newConsumer: string,
  ): TopicPartition {
    const forTopic = this.byTopic.get(partition.topic);
    if (!forTopic) return partition;
    const src = this.movements.get(partition)?.src ?? oldConsumer;
    const reverse = forTopic.get(pairKey(newConsumer, src));
    return reverse?.first() ?? partition;
  }

  private removeMovementRecord(partition: TopicPartition, pair: ConsumerPair): void {
    this.movements.delete(partition);
    const forTopic = this.byTopic.get(partition.topic);
    const key = pairKey(pair.src, pair.dst);
    const forPair = forTopic?.get(key);
    if (!forTopic || !forPair)
      throw new Error(`no movement record for ${partition.topic}-${partition.partition}`);
    forPair.delete(partition);
    if (forPair.size === 0) forTopic.delete(key);
    if (forTopic.size === 0) this.byTopic.delete(partition.topic);
  }

  private addMovementRecord(partition: TopicPartition, pair: ConsumerPair): void {
    this.movements.set(partition, pair);
    let forTopic = this.byTopic.get(partition.topic);
    if (!forTopic) this.byTopic.set(partition.topic, (forTopic = new Map()));
    const key = pairKey(pair.src, pair.dst);
    let forPair = forTopic.get(key);
    if (!forPair) forTopic.set(key, (forPair = new JavaHashSet<TopicPartition>((p) => p.hash)));
    forPair.add(partition);
  }
}
