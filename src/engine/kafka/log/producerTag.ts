// What the log keeps about who wrote a record: the producer and its batch number, packed in one int32 per record.

/** Producers are numbered below this (a design has at most 1000 nodes). */
export const MAX_PRODUCERS = 1024;
const PRODUCER_BITS = 10;
/** Batch numbers wrap at 2^21; comparisons are wrap-aware, like Kafka's int32 producer sequences. */
const SEQUENCE_MASK = 0x1fffff;

/** The tag of batch number `sequence` of `producer` on one partition. */
export function producerTag(producer: number, sequence: number): number {
  return ((sequence & SEQUENCE_MASK) << PRODUCER_BITS) | producer;
}

/** The producer of a tag; -1 for an untagged record. */
export function tagProducer(tag: number): number {
  return tag < 0 ? -1 : tag & (MAX_PRODUCERS - 1);
}

export function tagSequence(tag: number): number {
  return tag >>> PRODUCER_BITS;
}

/** True when batch `a` was sent before batch `b` by the same producer (wrap-aware, as Kafka compares sequences). */
export function sequenceBefore(a: number, b: number): boolean {
  return ((a - b) << 11) >> 11 < 0;
}
