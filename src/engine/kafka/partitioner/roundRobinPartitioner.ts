// org.apache.kafka.clients.producer.RoundRobinPartitioner, as the Kafka 4.x client runs it.
/**
 * `partitioner.class=org.apache.kafka.clients.producer.RoundRobinPartitioner`: every record, keyed or not,
 * goes to the next partition of its topic, one counter per topic, over the partitions that have a leader.
 *
 * KAFKA-9965 does not apply to the 4.x client, and this class models the 4.x behaviour: exactly one
 * partition() call, so one counter step, per record, whatever the batching does. The history, for anyone
 * comparing with an older client:
 * - From 2.4 (KIP-480) through 3.x: when an append needed a new batch and a custom partitioner was set,
 *   KafkaProducer.doSend aborted the append (abortOnNewBatch), called Partitioner.onNewBatch and then
 *   partition() a second time. RoundRobinPartitioner did not override onNewBatch, so each record that opened
 *   a batch advanced the counter twice and partitions were skipped; when every record opens a batch and the
 *   partition count is even, only every other partition receives data (KAFKA-9965, KAFKA-16283).
 * - KAFKA-17632 (apache/kafka#17620, merged late 2024) made RoundRobinPartitioner remember the partition
 *   in onNewBatch and return it on the repeated call; it was backported to the 3.9 branch in 2025 (the
 *   3.9.2 javadoc shows the override), so earlier 3.x releases skip partitions.
 * - Kafka 4.0, KAFKA-18295 (apache/kafka#18282): Partitioner.onNewBatch and the abort-and-repartition path
 *   were removed from KafkaProducer and RecordAccumulator, so partition() is called once per record.
 */
export class RoundRobinPartitioner {
  // Java's AtomicInteger per topic, starting at 0.
  private readonly counters = new Map<string, number>();

  /**
   * partition(): the partition of the next record for `topic`. `available` lists the partitions that have a
   * leader, in metadata order (Cluster.availablePartitionsForTopic); omit it when all are available. With
   * none available Java still returns a partition, counting over all of them.
   */
  partition(
    topic: string,
    numPartitions: number,
    available?: ArrayLike<number>,
    availableCount: number = available === undefined ? numPartitions : available.length,
  ): number {
    const nextValue = this.counters.get(topic) ?? 0;
    // getAndIncrement wraps at 2^31; toPositive then maps Integer.MIN_VALUE to 0.
    this.counters.set(topic, (nextValue + 1) | 0);
    const positive = nextValue & 0x7fffffff;
    if (available === undefined) return positive % numPartitions;
    if (availableCount > 0) return available[positive % availableCount]!;
    return positive % numPartitions;
  }
}
