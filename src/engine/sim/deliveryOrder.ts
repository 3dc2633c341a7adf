// Counts records a group receives out of their producer's order within a partition: a batch that arrives after a
// later batch of the same producer (a retry that overtook, or was overtaken, without idempotence). And, across the
// topic's partitions, records a group receives after a record of the same key sent later: a key whose partition
// changed when the topic grew has records in two partitions, read apart (the default partitioner's murmur2 mod n).
import type { PartitionLog } from '../kafka/log/partitionLog';
import { MAX_PRODUCERS, sequenceBefore, tagProducer, tagSequence } from '../kafka/log/producerTag';

export class DeliveryOrder {
  /** The newest batch number seen, by partition * MAX_PRODUCERS + producer. */
  private readonly newest = new Map<number, number>();
  outOfOrder = 0;
  /**
   * Per producer, per key id (a producer's own key space), the newest send timestamp (CreateTime) of a record of
   * that key delivered so far; -1: none yet.
   */
  private readonly keyNewest: Float64Array[] = [];
  /** Records delivered after a record of the same producer and key with a later send timestamp (ties not counted). */
  keyOutOfOrder = 0;

  /** Records [from, to) of `partition` reach the application for the first time. */
  check(log: PartitionLog, partition: number, from: number, to: number): void {
    let lastTag = -2;
    let late = false;
    for (let o = from; o < to; o++) {
      const tag = log.producerAt(o);
      if (tag !== lastTag) {
        lastTag = tag;
        late = tag >= 0 && this.isLate(partition * MAX_PRODUCERS + tagProducer(tag), tagSequence(tag));
      }
      if (late) this.outOfOrder++;
      const key = log.keyAt(o);
      if (key >= 0 && tag >= 0) this.checkKey(tagProducer(tag), key, log.timestampAt(o));
    }
  }

  private checkKey(producer: number, key: number, timestampMs: number): void {
    let newest = this.keyNewest[producer];
    if (newest === undefined || key >= newest.length) {
      // Grows by doubling, so a run allocates a few times per key space, never per record.
      const length = newest?.length ?? 0;
      const grown = new Float64Array(Math.max(64, length * 2, key + 1)).fill(-1);
      if (newest) grown.set(newest);
      while (this.keyNewest.length < producer) this.keyNewest.push(new Float64Array(0));
      this.keyNewest[producer] = newest = grown;
    }
    if (timestampMs < newest[key]!) this.keyOutOfOrder++;
    else newest[key] = timestampMs;
  }

  private isLate(key: number, sequence: number): boolean {
    const newest = this.newest.get(key);
    if (newest !== undefined && sequenceBefore(sequence, newest)) return true;
    this.newest.set(key, sequence);
    return false;
  }
}
