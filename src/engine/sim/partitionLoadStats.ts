// RecordAccumulator.partitionReady's part for the partitioner (KIP-794): which partitions of a topic take records
// without partition affinity, and with which weights.
import type { BuiltInPartitioner } from '../kafka/partitioner/builtInPartitioner';
import type { PartitionBatches } from '../kafka/producer/partitionBatches';
import type { PartitionQueue } from '../kafka/producer/partitionQueue';
import type { ProduceTopic, ProducerBroker } from '../kafka/producer/producerCluster';
import { knownLeader } from '../kafka/producer/producerMetadata';
import type { ProducerNode } from '../kafka/producer/producerNodes';
import type { ProducerSettings } from '../kafka/producer/producerSettings';

/**
 * One topic's inputs to its BuiltInPartitioner, refreshed on every ready() pass of the Sender:
 * - Cluster.availablePartitionsForTopic: the partitions with a leader (a leader whose broker died counts until the
 *   controller fences it and elects another, or none).
 * - with partitioner.adaptive.partitioning.enable (and once every partition has had a batch), the number of batches
 *   queued per partition with a leader, skipping a partition whose leader has had data ready but could not be sent to
 *   for more than partitioner.availability.timeout.ms (when > 0). A partition whose deque is empty keeps the slot's
 *   previous value, as Java's does: 0, or the queue size of a partition just skipped in that slot.
 * Scratch arrays are kept between passes: a pass allocates nothing.
 */
export class PartitionLoadStats {
  private available = new Int32Array(0);
  private queueSizes = new Int32Array(0);
  private partitionIds = new Int32Array(0);

  update(
    topic: ProduceTopic,
    partitions: number,
    batches: PartitionBatches,
    queues: readonly (PartitionQueue | undefined)[],
    partitioner: BuiltInPartitioner,
    settings: ProducerSettings,
    nodeOf: (broker: ProducerBroker) => ProducerNode,
  ): void {
    if (this.available.length < partitions) {
      this.available = new Int32Array(partitions);
      this.queueSizes = new Int32Array(partitions);
      this.partitionIds = new Int32Array(partitions);
    }
    const available = this.available;
    let n = 0;
    for (let p = 0; p < partitions; p++) if (knownLeader(topic, p) !== null) available[n++] = p;
    partitioner.setAvailablePartitions(available, n);

    // Java builds the arrays only once the batches map has an entry for every partition of the topic.
    const deques = batches.dequeCount;
    if (!settings.partitionerAdaptivePartitioningEnable || deques < partitions) {
      partitioner.updatePartitionLoadStats(null, available, 0);
      return;
    }
    const queueSizes = this.queueSizes;
    const partitionIds = this.partitionIds;
    queueSizes.fill(0);
    const timeout = settings.partitionerAvailabilityTimeoutMs;
    let index = -1;
    for (let p = 0; p < partitions; p++) {
      if (!batches.hasDequeFor(p)) continue;
      const leader = knownLeader(topic, p);
      if (leader !== null) partitionIds[++index] = p;
      const q = queues[p];
      const size = (q === undefined ? 0 : q.waiting.length) + (batches.openCount(p) > 0 ? 1 : 0);
      if (size === 0 || leader === null) continue;
      queueSizes[index] = size;
      if (timeout > 0) {
        const node = nodeOf(leader);
        if (node.hasLatencyStats && node.readyTimeMs - node.drainTimeMs > timeout) index--;
      }
    }
    partitioner.updatePartitionLoadStats(queueSizes, partitionIds, index + 1, deques);
  }
}
