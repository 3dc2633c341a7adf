// Where a key's records go, worked as Kafka's default partitioner works it out (BuiltInPartitioner /
// Utils.murmur2 in the Java client): murmur2 over the key's UTF-8 bytes, made positive by clearing the sign bit
// (Utils.toPositive, not Math.abs), then modulo the partition count. Shown beside other counts, so a person sees
// which keys move when partitions are added.
import { murmur2, toPositive, utf8 } from '../../engine';

export interface KeyTrace {
  /** murmur2(key) as the Java client's int: signed. */
  hash: number;
  /** hash & 0x7fffffff. */
  positive: number;
  partitions: number;
  partition: number;
  /** The same key with other partition counts: the count and the partition there. */
  elsewhere: { partitions: number; partition: number }[];
}

/** The counts shown beside the topic's own: half and double it, and one more. */
export function otherCounts(partitions: number): number[] {
  const counts = new Set([Math.max(1, Math.floor(partitions / 2)), partitions + 1, partitions * 2]);
  counts.delete(partitions);
  return [...counts].sort((a, b) => a - b);
}

export function keyTrace(key: string, partitions: number): KeyTrace {
  const hash = murmur2(utf8(key));
  const positive = toPositive(hash);
  return {
    hash,
    positive,
    partitions,
    partition: positive % partitions,
    elsewhere: otherCounts(partitions).map((n) => ({ partitions: n, partition: positive % n })),
  };
}
