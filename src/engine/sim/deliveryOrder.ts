// Counts records a group receives out of their producer's order within a partition: a batch that arrives after a
// later batch of the same producer (a retry that overtook, or was overtaken, without idempotence).
import type { PartitionLog } from '../kafka/log/partitionLog';
import { MAX_PRODUCERS, sequenceBefore, tagProducer, tagSequence } from '../kafka/log/producerTag';

export class DeliveryOrder {
  /** The newest batch number seen, by partition * MAX_PRODUCERS + producer. */
  private readonly newest = new Map<number, number>();
  outOfOrder = 0;

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
    }
  }

  private isLate(key: number, sequence: number): boolean {
    const newest = this.newest.get(key);
    if (newest !== undefined && sequenceBefore(sequence, newest)) return true;
    this.newest.set(key, sequence);
    return false;
  }
}
