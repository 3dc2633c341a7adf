// The open ProducerBatch of each partition of one topic, as RecordAccumulator keeps them, with
// MemoryRecordsBuilder's size rules (writeLimit, hasRoomFor, isFull) for uncompressed v2 batches.
import type { PartitionQueues } from '../partitioner/builtInPartitioner';
import { RECORD_BATCH_OVERHEAD } from '../log/partitionLog';
import { BatchColumns } from './batchColumns';
import type { BufferPool } from './bufferPool';
import { defaultRecordSizeInBytes, estimateSizeInBytesUpperBound } from './recordSize';

/**
 * Where a batch goes once it is closed for appends: behind the partition's older batches in its deque. The columns
 * are the open batch's own, reused once the call returns; `allocatedBytes` is the buffer.memory the batch holds until
 * it is done (its writeLimit).
 */
export type BatchSender = (partition: number, records: BatchColumns, allocatedBytes: number) => void;

/** The open batch: its records (always with a tombstone column) and MemoryRecordsBuilder's size state. */
class OpenBatch extends BatchColumns {
  writeLimit = 0;
  createdMs = 0;
  baseTimestamp = 0;
  closed = false;

  constructor() {
    super();
    this.withTombstones();
  }
}

/**
 * The last batch of each partition's deque: the one records are appended to. It stays open, taking records until
 * batch.size, for as long as the Sender does not drain it: linger.ms only makes it sendable (RecordAccumulator.ready),
 * it does not close it. A batch that cannot take the next record is closed and handed to `send`, which puts it
 * behind the partition's older batches; the Sender drains the first batch of a deque, which is this open one when
 * there is no older one.
 */
export class PartitionBatches implements PartitionQueues {
  private batches: OpenBatch[] = [];
  /** Partitions that have had a batch (Java's entries in TopicInfo.batches), and how many. */
  private hasDeque = new Uint8Array(0);
  dequeCount = 0;
  /** Records in the open batches: sent by the application, not yet drained by the sender. */
  openRecords = 0;
  /**
   * The bytes a new batch asked of buffer.memory and did not get: the pending record was not appended and the
   * application is blocked (0 when not). The caller reads and clears it.
   */
  blockedOn = 0;
  // The record being appended (RecordAccumulator.append's arguments), kept here so calls allocate nothing.
  private pendingTimestamp = 0;
  private pendingKey = -1;
  private pendingKeySize = -1;
  private pendingValueSize = 0;
  private nowMs = 0;

  constructor(
    partitions: number,
    public batchSize: number,
    public lingerMs: number,
    private readonly send: BatchSender,
    private readonly pool: BufferPool | null = null,
  ) {
    this.resize(partitions);
  }

  resize(partitions: number): void {
    while (this.batches.length < partitions) this.batches.push(new OpenBatch());
    if (this.hasDeque.length < partitions) {
      const seen = new Uint8Array(partitions);
      seen.set(this.hasDeque);
      this.hasDeque = seen;
    }
  }

  /** The partition has had a batch (its entry in the batches map exists). */
  hasDequeFor(partition: number): boolean {
    return this.hasDeque[partition] === 1;
  }

  /** Records in the partition's open batch (0: none open). */
  openCount(partition: number): number {
    return this.batches[partition]!.count;
  }

  /** When the open batch was created (ProducerBatch.createdMs: its linger and delivery.timeout.ms start there). */
  openCreatedMs(partition: number): number {
    return this.batches[partition]!.createdMs;
  }

  /** The open batch's size in bytes as sent (MemoryRecordsBuilder.estimatedSizeInBytes, batch header included). */
  openBytes(partition: number): number {
    return this.batches[partition]!.bytes;
  }

  /** ProducerBatch.isFull for the open batch: it has no room left under its write limit. */
  openFull(partition: number): boolean {
    const b = this.batches[partition]!;
    return b.count > 0 && (b.closed || b.writeLimit <= b.bytes);
  }

  /** The open batch leaves the deque (drained or closed): its columns go to `send`, and the slot is empty. */
  take(partition: number): void {
    this.sendBatch(partition);
  }

  /**
   * The open batch's records are dropped (delivery.timeout.ms passed while it was first in its deque): its
   * buffer.memory goes back to the pool. The caller counts the records as failed.
   */
  drop(partition: number): void {
    const b = this.batches[partition]!;
    if (b.count > 0 && this.pool !== null) this.pool.deallocate(b.writeLimit);
    this.openRecords -= b.count;
    b.count = 0;
    b.bytes = 0;
    b.closed = false;
  }

  setPending(nowMs: number, timestamp: number, key: number, keySize: number, valueSize: number): void {
    this.nowMs = nowMs;
    this.pendingTimestamp = timestamp;
    this.pendingKey = key;
    this.pendingKeySize = keySize;
    this.pendingValueSize = valueSize;
  }

  /** RecordAccumulator.append for a record whose partition is already known (keyed, fixed, round-robin). */
  appendTo(partition: number): void {
    if (this.tryAppend(partition) < 0) this.appendNewBatch(partition);
  }

  allBatchesFull(partition: number): boolean {
    const b = this.batches[partition]!;
    return b.count === 0 || b.closed || b.writeLimit <= b.bytes;
  }

  tryAppend(partition: number): number {
    const b = this.batches[partition]!;
    if (b.count === 0) return -1;
    const recordSize = defaultRecordSizeInBytes(
      b.count,
      this.pendingTimestamp - b.baseTimestamp,
      this.pendingKeySize,
      this.pendingValueSize,
    );
    if (b.closed || b.writeLimit < b.bytes + recordSize) {
      // The batch is full (closeForRecordAppends): it stays queued, behind it the record opens the next one.
      this.sendBatch(partition);
      return -1;
    }
    b.push(this.pendingTimestamp, this.pendingKey, this.payload(), this.pendingValueSize < 0 ? 1 : 0);
    b.bytes += recordSize;
    this.openRecords++;
    return recordSize;
  }

  appendNewBatch(partition: number): number {
    const b = this.batches[partition]!;
    const upperBound = estimateSizeInBytesUpperBound(this.pendingKeySize, this.pendingValueSize);
    const size = this.batchSize > upperBound ? this.batchSize : upperBound;
    if (this.pool !== null && !this.allocate(size)) return 0;
    b.writeLimit = size;
    b.createdMs = this.nowMs;
    b.baseTimestamp = this.pendingTimestamp;
    b.closed = false;
    b.count = 0;
    b.push(this.pendingTimestamp, this.pendingKey, this.payload(), this.pendingValueSize < 0 ? 1 : 0);
    b.bytes =
      RECORD_BATCH_OVERHEAD + defaultRecordSizeInBytes(0, 0, this.pendingKeySize, this.pendingValueSize);
    this.openRecords++;
    if (this.hasDeque[partition] === 0) {
      this.hasDeque[partition] = 1;
      this.dequeCount++;
    }
    return b.bytes;
  }

  /** Closes every open batch, making it sendable at once (KafkaProducer.flush / close). */
  flushAll(): void {
    for (let p = 0; p < this.batches.length; p++) if (this.batches[p]!.count > 0) this.sendBatch(p);
  }

  /** Drops every open batch unsent (the producer's process died); returns the records dropped. */
  discardAll(): number {
    let dropped = 0;
    for (const b of this.batches) {
      if (b.count > 0 && this.pool !== null) this.pool.deallocate(b.writeLimit);
      dropped += b.count;
      b.count = 0;
      b.bytes = 0;
      b.closed = false;
    }
    this.openRecords = 0;
    return dropped;
  }

  /**
   * BufferPool.allocate for a new batch. When the pool is short, the record stays out (appendNewBatch then reports 0
   * bytes appended, which leaves the sticky partitioner as it was) and `blockedOn` tells the producer to wait.
   */
  private allocate(size: number): boolean {
    if (this.pool!.tryAllocate(size)) return true;
    this.blockedOn = size;
    return false;
  }

  private payload(): number {
    return (
      (this.pendingKeySize < 0 ? 0 : this.pendingKeySize) +
      (this.pendingValueSize < 0 ? 0 : this.pendingValueSize)
    );
  }

  private sendBatch(partition: number): void {
    const b = this.batches[partition]!;
    this.openRecords -= b.count;
    this.send(partition, b, this.pool === null ? 0 : b.writeLimit);
    b.count = 0;
    b.bytes = 0;
    b.closed = false;
  }
}
