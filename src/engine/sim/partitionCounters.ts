// What a group has received and processed of each partition of one topic: the marks that tell a redelivery
// from a new record, and the counts per partition.
import { DeliveryOrder } from './deliveryOrder';

/** Per topic, per partition counters of the group. */
export class PartitionCounters {
  /** One past the highest offset ever handed to this group's application (to count redeliveries). */
  deliveredMark: number[] = [];
  /** The partition's truncation count when the mark was last set. */
  truncations: number[] = [];
  /** One past the highest offset this group's application ever processed (to count reprocessing). */
  processedMark: number[] = [];
  processedTruncations: number[] = [];
  consumed: number[] = [];
  consumedBytes: number[] = [];
  readonly order = new DeliveryOrder();

  ensure(partitions: number): void {
    while (this.deliveredMark.length < partitions) {
      this.deliveredMark.push(0);
      this.truncations.push(0);
      this.processedMark.push(0);
      this.processedTruncations.push(0);
      this.consumed.push(0);
      this.consumedBytes.push(0);
    }
  }
}
