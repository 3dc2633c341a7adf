// The producer configs the simulation models (ProducerConfig names, camelCased).
export interface ProducerSettings {
  /** default: murmur2 for keys, sticky (KIP-794) for null keys; roundrobin: RoundRobinPartitioner; fixed: one partition. */
  partitioner: 'default' | 'roundrobin' | 'fixed';
  partition: number;
  batchSize: number;
  lingerMs: number;
  /** metadata.max.age.ms: how long until the producer sees partitions added to a topic. */
  metadataMaxAgeMs: number;
}
