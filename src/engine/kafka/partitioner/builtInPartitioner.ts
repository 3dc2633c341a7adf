// KIP-794 (revising KIP-480's sticky partitioner): org.apache.kafka.clients.producer.internals.BuiltInPartitioner, Kafka 4.x.
/**
 * The Java producer's partitioning of records that have no partition affinity: no explicit partition, no
 * `partitioner.class`, and a null key (or `partitioner.ignore.keys=true`). Such records stick to one partition
 * until about `batch.size` bytes were produced to it, then a new partition is drawn at random, uniformly
 * over the available partitions, or weighted towards short queues (adaptive partitioning).
 * One instance per topic, as in RecordAccumulator.TopicInfo.
 *
 * Which records come here (KafkaProducer.partition, Kafka 4.x): a record with an explicit partition uses it;
 * with `partitioner.class` set, that partitioner decides (and this class is not used at all); a record with
 * a key (and `partitioner.ignore.keys=false`, the default) goes to `partitionForKey(key, numPartitions)`.
 * Only the rest go through this class, and the producer must never call it for the others (Java passes a
 * null StickyPartitionInfo for them, which makes updatePartitionInfo a no-op).
 *
 * Per-record call protocol for such a record, mirroring RecordAccumulator.append (4.x: KafkaProducer.doSend
 * calls append once per record; the abort-on-new-batch retry was removed with Partitioner.onNewBatch by
 * KAFKA-18295). `appendWithBuiltInPartitioner` below is this protocol in code; a producer may call it or
 * inline it. Let q be the partition's queue of batches and "all batches full" mean that q is empty or its
 * last batch is full (RecordAccumulator.allBatchesFull; only the last batch can be incomplete):
 *
 *   loop:
 *     p = peekCurrentPartition()                                   // draws the first partition lazily
 *     // partitionChanged(): complete a switch that was deferred while q's last batch was still open
 *     if (all batches of q full) and updatePartitionInfo(0, true): continue loop
 *     if q has a last batch and the record fits in it:
 *       appended = the growth of that batch's estimated size      // = the record's encoded size
 *     else:
 *       if q has a last batch: close it for appends                // it now counts as full
 *       if (all batches of q full) and updatePartitionInfo(0, true): continue loop   // second partitionChanged()
 *       open a new batch on p holding the record
 *       appended = the new batch's estimated size                 // record + 61-byte v2 batch header
 *     updatePartitionInfo(appended, all batches of q full)         // Java's enableSwitch
 *     the record is in partition p
 *
 * The loop runs at most twice: right after a switch the new partition has produced 0 bytes, which cannot
 * reach stickyBatchSize (>= 1). Sizes and fullness follow ProducerBatch/MemoryRecordsBuilder:
 * - stickyBatchSize = batch.size, where KafkaProducer uses max(1, batch.size) (batch.size=0 means 1).
 * - appendedBytes is RecordAppendResult.appendedBytes: the change of the batch's estimatedSizeInBytes. Without
 *   compression a record adds DefaultRecord.sizeInBytes (its varint-framed size) and a new batch starts
 *   at 61 bytes (DefaultRecordBatch.RECORD_BATCH_OVERHEAD); with compression the record part is scaled by
 *   the estimated compression ratio * 1.05.
 * - A batch's writeLimit is the buffer it was allocated with: max(batch.size, the upper-bound size of its
 *   first record = 61 + 21 + key and value with their length varints + headers). A record fits when
 *   writeLimit >= estimatedSize + recordSize (the first record always fits). A batch is full when it was
 *   closed for appends, or has a record and writeLimit <= estimatedSize.
 * Why the switch waits for full batches (enableSwitch): switching while the last batch is open would leave
 * a fractional batch behind (12 KB then 4 KB batches under a high linger.ms); the `2 * stickyBatchSize`
 * cap keeps a mix of keyed and unkeyed records, whose keyed appends keep reopening the queue, from
 * pinning the partition forever.
 *
 * Adaptive partitioning (partitioner.adaptive.partitioning.enable, default true) is fed from the Sender's
 * ready() pass (RecordAccumulator.partitionReady), per topic, through updatePartitionLoadStats. Java only
 * builds the arrays once every partition of the topic has a batch queue (else it passes null); it lists the
 * partitions with a leader, with the number of batches queued in each, dropping a partition whose leader's
 * readyTimeMs - drainTimeMs exceeds partitioner.availability.timeout.ms (when that is > 0) by not counting it
 * in `length`. When all queue sizes are equal and none was dropped, the stats are cleared and the draw is
 * uniform over the available partitions, as when adaptive partitioning is off.
 *
 * Nothing here allocates per record: the hot methods take and return numbers.
 */
import type { Rng } from '../../common/rng';

/** Where Java draws Utils.toPositive(ThreadLocalRandom.current().nextInt()). */
export type RandomSource = Pick<Rng, 'nextU32'>;

const NONE = -1;

export class BuiltInPartitioner {
  readonly stickyBatchSize: number;
  private numPartitions: number;
  private readonly random: RandomSource;

  // StickyPartitionInfo: the current partition and the bytes produced to it since it was chosen.
  private current = NONE;
  private produced = 0;

  // Cluster.availablePartitionsForTopic: the partitions with a leader, in metadata order.
  private available: Int32Array;
  private availableCount: number;

  // PartitionLoadStats; loadLength === 0 stands for Java's null.
  private cft = new Int32Array(0);
  private loadIds = new Int32Array(0);
  private loadLength = 0;

  constructor(numPartitions: number, stickyBatchSize: number, random: RandomSource) {
    if (!(stickyBatchSize >= 1)) {
      throw new Error(`stickyBatchSize must be >= 1 but got ${stickyBatchSize}`);
    }
    // From 2^30 on, Java's int `stickyBatchSize * 2` wraps negative and append() would switch partitions
    // forever; such a batch could not be allocated from the default 32 MiB buffer.memory anyway.
    if (stickyBatchSize > 0x3fffffff) {
      throw new Error(`stickyBatchSize must be < 2^30 but got ${stickyBatchSize}`);
    }
    if (!(numPartitions >= 1)) throw new Error(`numPartitions must be >= 1 but got ${numPartitions}`);
    this.stickyBatchSize = stickyBatchSize;
    this.numPartitions = numPartitions;
    this.random = random;
    this.available = new Int32Array(numPartitions);
    this.availableCount = 0;
    this.setAllPartitionsAvailable();
  }

  /** The topic's partition count changed (partitions were added); every partition is available again. */
  setNumPartitions(numPartitions: number): void {
    if (!(numPartitions >= 1)) throw new Error(`numPartitions must be >= 1 but got ${numPartitions}`);
    this.numPartitions = numPartitions;
    if (this.available.length < numPartitions) this.available = new Int32Array(numPartitions);
    this.setAllPartitionsAvailable();
  }

  setAllPartitionsAvailable(): void {
    for (let i = 0; i < this.numPartitions; i++) this.available[i] = i;
    this.availableCount = this.numPartitions;
  }

  /**
   * The partitions that have a leader, in metadata order (the order matters: the draw indexes into this
   * list). An empty list makes the draw fall back to all partitions, as Java does.
   */
  setAvailablePartitions(partitionIds: ArrayLike<number>, count: number = partitionIds.length): void {
    if (this.available.length < count) this.available = new Int32Array(count);
    for (let i = 0; i < count; i++) this.available[i] = partitionIds[i]!;
    this.availableCount = count;
  }

  /** peekCurrentPartitionInfo: the sticky partition, drawn on first use. */
  peekCurrentPartition(): number {
    if (this.current === NONE) {
      this.current = this.nextPartition();
      this.produced = 0;
    }
    return this.current;
  }

  /** The bytes produced to the current sticky partition so far (StickyPartitionInfo.producedBytes). */
  producedBytes(): number {
    return this.produced;
  }

  /**
   * updatePartitionInfo: count the bytes just appended to the sticky partition and maybe switch partition
   * (drawing the next one now, as Java does). Returns whether it switched.
   */
  updatePartitionInfo(appendedBytes: number, enableSwitch: boolean = true): boolean {
    if (this.current === NONE) {
      throw new Error('updatePartitionInfo before peekCurrentPartition');
    }
    // Java's AtomicInteger.addAndGet: a 32-bit int.
    const produced = (this.produced + appendedBytes) | 0;
    this.produced = produced;
    if ((produced >= this.stickyBatchSize && enableSwitch) || produced >= this.stickyBatchSize * 2) {
      this.current = this.nextPartition();
      this.produced = 0;
      return true;
    }
    return false;
  }

  /**
   * updatePartitionLoadStats: queueSizes[i] batches are queued for partition partitionIds[i], i < length.
   * `allCount` is Java's queueSizes.length: the number of partitions listed before unresponsive ones were
   * dropped by shortening `length`. Pass null queueSizes to turn adaptive partitioning off. The arrays are
   * copied, not kept (Java builds fresh ones on every ready() pass and keeps those).
   */
  updatePartitionLoadStats(
    queueSizes: ArrayLike<number> | null,
    partitionIds: ArrayLike<number>,
    length: number,
    allCount: number = queueSizes === null ? 0 : queueSizes.length,
  ): void {
    if (queueSizes === null) {
      this.loadLength = 0;
      return;
    }
    // With fewer than 2 partitions there is nothing to weigh, unless some were dropped as unresponsive.
    if (length < 1 || allCount < 2) {
      this.loadLength = 0;
      return;
    }

    let maxSizePlus1 = queueSizes[0]!;
    let allEqual = true;
    for (let i = 1; i < length; i++) {
      const q = queueSizes[i]!;
      if (q !== maxSizePlus1) allEqual = false;
      if (q > maxSizePlus1) maxSizePlus1 = q;
    }
    ++maxSizePlus1;

    if (allEqual && length === allCount) {
      this.loadLength = 0;
      return;
    }

    if (this.cft.length < length) {
      this.cft = new Int32Array(length);
      this.loadIds = new Int32Array(length);
    }
    // Invert the queue sizes into frequencies (a short queue gets a high one) and fold them into a running
    // sum: a uniform draw in [0, last) then lands on partition i with probability frequency_i / sum.
    const cft = this.cft;
    cft[0] = maxSizePlus1 - queueSizes[0]!;
    this.loadIds[0] = partitionIds[0]!;
    for (let i = 1; i < length; i++) {
      cft[i] = maxSizePlus1 - queueSizes[i]! + cft[i - 1]!;
      this.loadIds[i] = partitionIds[i]!;
    }
    this.loadLength = length;
  }

  /** loadStatsRangeEnd: the sum of the frequencies, or 0 when there are no load stats. */
  loadStatsRangeEnd(): number {
    return this.loadLength === 0 ? 0 : this.cft[this.loadLength - 1]!;
  }

  private nextPartition(): number {
    // Utils.toPositive(random.nextInt()): 31 uniform bits.
    const random = this.random.nextU32() & 0x7fffffff;

    const length = this.loadLength;
    if (length === 0) {
      if (this.availableCount > 0) return this.available[random % this.availableCount]!;
      return random % this.numPartitions;
    }

    const cft = this.cft;
    const weightedRandom = random % cft[length - 1]!;
    // The table is strictly increasing (every frequency is >= 1), so Java's binarySearch-then-adjust finds
    // the first entry strictly greater than weightedRandom: an upper-bound search.
    let lo = 0;
    let hi = length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cft[mid]! <= weightedRandom) lo = mid + 1;
      else hi = mid;
    }
    return this.loadIds[lo]!;
  }
}

/**
 * The producer's batch queues as RecordAccumulator.append sees them, for the record being appended. One
 * long-lived object serves every record (it holds the pending record itself), so a call allocates nothing.
 */
export interface PartitionQueues {
  /** RecordAccumulator.allBatchesFull: the partition has no batch, or its last batch is full. */
  allBatchesFull(partition: number): boolean;
  /**
   * RecordAccumulator.tryAppend: append the pending record to the partition's last batch if it fits and
   * return the bytes the batch grew by; otherwise close that batch for appends (if there is one) and
   * return -1.
   */
  tryAppend(partition: number): number;
  /** appendNewBatch: open a batch holding the pending record and return its estimated size in bytes. */
  appendNewBatch(partition: number): number;
}

/**
 * RecordAccumulator.append for a record without partition affinity: the protocol in the top comment.
 * Returns the partition the record went to.
 */
export function appendWithBuiltInPartitioner(
  partitioner: BuiltInPartitioner,
  queues: PartitionQueues,
): number {
  for (;;) {
    const partition = partitioner.peekCurrentPartition();
    if (queues.allBatchesFull(partition) && partitioner.updatePartitionInfo(0, true)) continue;

    let appended = queues.tryAppend(partition);
    if (appended < 0) {
      if (queues.allBatchesFull(partition) && partitioner.updatePartitionInfo(0, true)) continue;
      appended = queues.appendNewBatch(partition);
    }
    partitioner.updatePartitionInfo(appended, queues.allBatchesFull(partition));
    return partition;
  }
}
