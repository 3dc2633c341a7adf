// One topic a producer writes to (RecordAccumulator.TopicInfo): its partitioners, its open batches and the deque of
// each of its partitions.
import { BuiltInPartitioner } from '../kafka/partitioner/builtInPartitioner';
import { RoundRobinPartitioner } from '../kafka/partitioner/roundRobinPartitioner';
import { PartitionBatches } from '../kafka/producer/partitionBatches';
import type { ProducerSettings } from '../kafka/producer/producerSettings';
import { PartitionLoadStats } from './partitionLoadStats';
import { PartitionQueue } from '../kafka/producer/partitionQueue';
import type { ProducerRuntime } from './producerRuntime';
import type { Rng } from '../common/rng';
import type { TopicRuntime } from './topicRuntime';

/** One topic the producer writes to (RecordAccumulator.TopicInfo): its partitioners and its partitions' deques. */
export class ProducerTarget {
  readonly batches: PartitionBatches;
  readonly sticky: BuiltInPartitioner;
  readonly roundRobin = new RoundRobinPartitioner();
  readonly loadStats = new PartitionLoadStats();
  /** The partition count as of the producer's last metadata refresh. */
  knownPartitions: number;
  /** Per partition: batches not yet acknowledged, and the batch numbering. */
  readonly queues: PartitionQueue[] = [];

  constructor(
    readonly topic: TopicRuntime,
    private readonly producer: ProducerRuntime,
    settings: ProducerSettings,
    rng: Rng,
  ) {
    this.knownPartitions = topic.partitionCount;
    this.sticky = new BuiltInPartitioner(this.knownPartitions, Math.max(1, settings.batchSize), rng);
    this.batches = new PartitionBatches(
      this.knownPartitions,
      settings.batchSize,
      settings.lingerMs,
      (p, records, allocated) => producer.onBatchSent(this, p, records, allocated),
      producer.pool,
    );
    this.addQueues(this.knownPartitions);
  }

  /** Every known partition has a deque the sender visits (its open batch lives in `batches`). */
  addQueues(partitions: number): void {
    while (this.queues.length < partitions) {
      const q = new PartitionQueue(this.topic, this.queues.length);
      q.open = this.batches;
      this.queues.push(q);
      this.producer.sender.addQueue(q);
    }
  }

  /** A metadata refresh found `partitions` partitions: open batches close, and the partitioners see the new ones. */
  resize(partitions: number): void {
    this.batches.flushAll();
    this.knownPartitions = partitions;
    this.batches.resize(partitions);
    this.addQueues(partitions);
    this.sticky.setNumPartitions(partitions);
  }

  queue(partition: number): PartitionQueue {
    return this.queues[partition]!;
  }

  /** The producer stops writing this topic: its open batches close and drain; the sender keeps what is left. */
  detach(): void {
    this.batches.flushAll();
    for (const q of this.queues) q.open = null;
  }
}
