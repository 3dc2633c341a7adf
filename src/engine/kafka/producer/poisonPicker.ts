// Not Kafka: which of a source's records no consumer can deserialize (a "poison pill": the consumer's poll throws
// RecordDeserializationException at it, FetchCollector / CompletedFetch). The bytes are fine on the broker; only a
// consumer's deserializer fails, so the leader marks the offsets as it appends them (ProduceTopic.markPoison).
import type { Rng } from '../../common/rng';
import type { ProduceTopic } from './producerCluster';

export class PoisonPicker {
  /** The share of records that are poison (the source's poisonShare), drawn per record with the seeded Rng. */
  share = 0;
  /** Records still to be made poison whatever the share ("send one poison record"), on any partition. */
  pending = 0;
  /** The same, per partition: the next record appended to that partition. */
  private readonly pendingOn: number[] = [];
  private pendingOnTotal = 0;

  constructor(private readonly rng: Rng) {}

  get active(): boolean {
    return this.share > 0 || this.pending > 0 || this.pendingOnTotal > 0;
  }

  /** The next record appended to `partition` is poison (a lesson that needs it on one partition). */
  addPending(partition: number): void {
    while (this.pendingOn.length <= partition) this.pendingOn.push(0);
    this.pendingOn[partition]!++;
    this.pendingOnTotal++;
  }

  /** `count` records were appended to `topic`-`partition` from offset `base`: marks the poison ones. */
  pick(topic: ProduceTopic, partition: number, base: number, count: number): void {
    for (let i = 0; i < count; i++) {
      if (this.pendingOnTotal > 0 && (this.pendingOn[partition] ?? 0) > 0) {
        this.pendingOn[partition]!--;
        this.pendingOnTotal--;
        topic.markPoison(partition, base + i);
      } else if (this.pending > 0) {
        this.pending--;
        topic.markPoison(partition, base + i);
      } else if (this.share > 0 && this.rng.nextFloat() < this.share) topic.markPoison(partition, base + i);
    }
  }
}
