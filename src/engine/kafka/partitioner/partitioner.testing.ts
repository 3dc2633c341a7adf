// The producer side that Kafka's BuiltInPartitioner tests run against: a sequential random source and a
// RecordAccumulator model whose batches fill and close exactly where ProducerBatch's would.
import { RECORD_BATCH_OVERHEAD } from '../log/partitionLog';
import { defaultRecordSizeInBytes, sizeOfVarint } from '../producer/recordSize';
import {
  appendWithBuiltInPartitioner,
  type BuiltInPartitioner,
  type PartitionQueues,
  type RandomSource,
} from './builtInPartitioner';

/** Kafka's tests replace randomPartition() with a counter (SequentialPartitioner): 0, 1, 2, ... */
export class SequentialRandom implements RandomSource {
  draws = 0;
  nextU32(): number {
    return this.draws++;
  }
}

// Uncompressed v2 record sizes, as DefaultRecord / DefaultRecordBatch compute them (no headers, timestamp
// delta 0), so that the batches below fill and close exactly where ProducerBatch's would.
const BATCH_HEADER = RECORD_BATCH_OVERHEAD;
const sizeOfKeyValue = (keySize: number, valueSize: number): number =>
  (keySize < 0 ? 1 : sizeOfVarint(keySize) + keySize) +
  (valueSize < 0 ? 1 : sizeOfVarint(valueSize) + valueSize) +
  sizeOfVarint(0);
export const recordSize = (offsetDelta: number, keySize: number, valueSize: number): number =>
  defaultRecordSizeInBytes(offsetDelta, 0, keySize, valueSize);
export const batchSizeUpperBound = (keySize: number, valueSize: number): number =>
  BATCH_HEADER + 21 + sizeOfKeyValue(keySize, valueSize);

/** A ProducerBatch as MemoryRecordsBuilder sizes it. */
class Batch {
  bytes = BATCH_HEADER;
  records = 0;
  closed = false;
  constructor(readonly writeLimit: number) {}
  isFull(): boolean {
    return this.closed || (this.records > 0 && this.writeLimit <= this.bytes);
  }
  hasRoomFor(keySize: number, valueSize: number): boolean {
    if (this.isFull()) return false;
    if (this.records === 0) return true;
    return this.writeLimit >= this.bytes + recordSize(this.records, keySize, valueSize);
  }
  append(keySize: number, valueSize: number): void {
    this.bytes += recordSize(this.records, keySize, valueSize);
    this.records++;
  }
}

/** RecordAccumulator's per-partition batch queues, single-threaded, for one topic. */
export class Accumulator implements PartitionQueues {
  readonly queues: Batch[][];
  private keySize = -1;
  private valueSize = 0;

  constructor(
    readonly batchSize: number,
    numPartitions: number,
    readonly partitioner: BuiltInPartitioner,
  ) {
    this.queues = Array.from({ length: numPartitions }, () => []);
  }

  /** KafkaProducer.send for a record without key or partition: returns the partition it went to. */
  sendUnkeyed(valueSize: number): number {
    this.keySize = -1;
    this.valueSize = valueSize;
    return appendWithBuiltInPartitioner(this.partitioner, this);
  }

  /** A record with a known partition (keyed or explicit): the built-in partitioner is not involved. */
  sendTo(partition: number, keySize: number, valueSize: number): void {
    this.keySize = keySize;
    this.valueSize = valueSize;
    if (this.tryAppend(partition) < 0) this.appendNewBatch(partition);
  }

  drainAll(): void {
    for (const q of this.queues) q.length = 0;
  }

  allBatchesFull(partition: number): boolean {
    const q = this.queues[partition]!;
    const last = q[q.length - 1];
    return last === undefined || last.isFull();
  }

  tryAppend(partition: number): number {
    const q = this.queues[partition]!;
    const last = q[q.length - 1];
    if (last === undefined) return -1;
    if (!last.hasRoomFor(this.keySize, this.valueSize)) {
      last.closed = true;
      return -1;
    }
    const before = last.bytes;
    last.append(this.keySize, this.valueSize);
    return last.bytes - before;
  }

  appendNewBatch(partition: number): number {
    const batch = new Batch(Math.max(this.batchSize, batchSizeUpperBound(this.keySize, this.valueSize)));
    batch.append(this.keySize, this.valueSize);
    this.queues[partition]!.push(batch);
    return batch.bytes;
  }
}

/** The record numbers (1-based) at which the partition changes, with the partition from there on. */
export function switchPoints(partitions: number[]): string[] {
  const out: string[] = [];
  partitions.forEach((p, i) => {
    if (i === 0 || partitions[i - 1] !== p) out.push(`r${i + 1}->p${p}`);
  });
  return out;
}

// A 991-byte value with a null key encodes as a 1000-byte record (DefaultRecord.sizeInBytes, offsetDelta
// < 64), and its batch buffer is max(batch.size, 1077).
export const VALUE_FOR_1000_BYTE_RECORD = 991;
