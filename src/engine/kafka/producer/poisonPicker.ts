// Not Kafka: which of a source's records no consumer can deserialize (a "poison pill": the consumer's poll throws
// RecordDeserializationException at it, FetchCollector / CompletedFetch). The bytes are fine on the broker; only a
// consumer's deserializer fails, so the leader marks the offsets as it appends them (ProduceTopic.markPoison).
import type { Rng } from '../../common/rng';
import type { ProduceTopic } from './producerCluster';

export class PoisonPicker {
  /** The share of records that are poison (the source's poisonShare), drawn per record with the seeded Rng. */
  share = 0;
  /** Records still to be made poison whatever the share ("send one poison record"). */
  pending = 0;

  constructor(private readonly rng: Rng) {}

  get active(): boolean {
    return this.share > 0 || this.pending > 0;
  }

  /** `count` records were appended to `topic`-`partition` from offset `base`: marks the poison ones. */
  pick(topic: ProduceTopic, partition: number, base: number, count: number): void {
    for (let i = 0; i < count; i++) {
      if (this.pending > 0) {
        this.pending--;
        topic.markPoison(partition, base + i);
      } else if (this.share > 0 && this.rng.nextFloat() < this.share) topic.markPoison(partition, base + i);
    }
  }
}
