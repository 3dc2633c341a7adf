// The producer configs the simulation models (ProducerConfig names, camelCased).
import type { ProducerCompressionType } from '../log/compressionType';

export interface ProducerSettings {
  /** compression.type: each batch goes on the wire (and, under a topic's `producer`, to disk) at this codec's ratio. */
  compressionType: ProducerCompressionType;
  /** default: murmur2 for keys, sticky (KIP-794) for null keys; roundrobin: RoundRobinPartitioner; fixed: one partition. */
  partitioner: 'default' | 'roundrobin' | 'fixed';
  partition: number;
  batchSize: number;
  lingerMs: number;
  /** metadata.max.age.ms: how long until the producer sees partitions added to a topic. */
  metadataMaxAgeMs: number;
  acks: 'all' | '1' | '0';
  /** enable.idempotence as configured; it takes effect only with acks=all (see `isIdempotent`). */
  enableIdempotence: boolean;
  retries: number;
  retryBackoffMs: number;
  retryBackoffMaxMs: number;
  requestTimeoutMs: number;
  deliveryTimeoutMs: number;
  maxInFlightRequestsPerConnection: number;
  /** buffer.memory: bytes of batches not yet done; a new batch that does not fit blocks send(). */
  bufferMemory: number;
  /** max.block.ms: how long send() blocks for buffer.memory before the record fails. */
  maxBlockMs: number;
  /** max.request.size: the largest record (serialized, with batch overhead) send() accepts. */
  maxRequestSize: number;
  /** partitioner.adaptive.partitioning.enable: null keys go less to partitions with longer queues (KIP-794). */
  partitionerAdaptivePartitioningEnable: boolean;
  /** partitioner.availability.timeout.ms: a leader not drained for this long takes no null-key records; 0 = off. */
  partitionerAvailabilityTimeoutMs: number;
  /** partitioner.ignore.keys: keyed records are partitioned as null-key ones (sticky), not by murmur2. */
  partitionerIgnoreKeys: boolean;
}

/**
 * Kafka 3.0+ turns idempotence on by default but keeps it off when acks is not "all" (an explicit
 * enable.idempotence=true with acks=1 is a ConfigException, which validation reports).
 */
export function isIdempotent(s: ProducerSettings): boolean {
  return s.enableIdempotence && s.acks === 'all';
}

/** The broker's acks argument: -1 for "all". */
export function acksCode(s: ProducerSettings): 0 | 1 | -1 {
  return s.acks === 'all' ? -1 : s.acks === '1' ? 1 : 0;
}
