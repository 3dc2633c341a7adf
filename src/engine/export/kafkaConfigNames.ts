// The design's camelCased keys and the Kafka config names they stand for (Kafka 4.x: TopicConfig, ProducerConfig,
// ConsumerConfig), for the exports. Only keys that are Kafka configs are listed: `rate`, `keys`, `consumers`,
// `processingRate` and the like describe the application around the client, not the client.

/** Topic-level configs (TopicConfig), passed to `kafka-topics.sh --config` when they differ from Kafka's default. */
export const TOPIC_CONFIG_NAMES: Readonly<Record<string, string>> = {
  cleanupPolicy: 'cleanup.policy',
  compressionType: 'compression.type',
  deleteRetentionMs: 'delete.retention.ms',
  maxMessageBytes: 'max.message.bytes',
  minCleanableDirtyRatio: 'min.cleanable.dirty.ratio',
  minCompactionLagMs: 'min.compaction.lag.ms',
  minInsyncReplicas: 'min.insync.replicas',
  retentionBytes: 'retention.bytes',
  retentionMs: 'retention.ms',
  segmentBytes: 'segment.bytes',
  segmentMs: 'segment.ms',
  uncleanLeaderElectionEnable: 'unclean.leader.election.enable',
};

/** Producer configs (ProducerConfig) of sources and processors. */
export const PRODUCER_CONFIG_NAMES: Readonly<Record<string, string>> = {
  acks: 'acks',
  enableIdempotence: 'enable.idempotence',
  batchSize: 'batch.size',
  lingerMs: 'linger.ms',
  compressionType: 'compression.type',
  maxInFlightRequestsPerConnection: 'max.in.flight.requests.per.connection',
  retries: 'retries',
  retryBackoffMs: 'retry.backoff.ms',
  retryBackoffMaxMs: 'retry.backoff.max.ms',
  requestTimeoutMs: 'request.timeout.ms',
  deliveryTimeoutMs: 'delivery.timeout.ms',
  bufferMemory: 'buffer.memory',
  maxBlockMs: 'max.block.ms',
  maxRequestSize: 'max.request.size',
  metadataMaxAgeMs: 'metadata.max.age.ms',
  partitionerAdaptivePartitioningEnable: 'partitioner.adaptive.partitioning.enable',
  partitionerAvailabilityTimeoutMs: 'partitioner.availability.timeout.ms',
  partitionerIgnoreKeys: 'partitioner.ignore.keys',
  rack: 'client.rack',
};

/** Consumer configs (ConsumerConfig) of sinks and processors; group.id and the assignor are written apart. */
export const CONSUMER_CONFIG_NAMES: Readonly<Record<string, string>> = {
  groupInstanceId: 'group.instance.id',
  enableAutoCommit: 'enable.auto.commit',
  autoCommitIntervalMs: 'auto.commit.interval.ms',
  autoOffsetReset: 'auto.offset.reset',
  maxPollRecords: 'max.poll.records',
  sessionTimeoutMs: 'session.timeout.ms',
  heartbeatIntervalMs: 'heartbeat.interval.ms',
  maxPollIntervalMs: 'max.poll.interval.ms',
  metadataMaxAgeMs: 'metadata.max.age.ms',
  fetchMinBytes: 'fetch.min.bytes',
  fetchMaxWaitMs: 'fetch.max.wait.ms',
  maxPartitionFetchBytes: 'max.partition.fetch.bytes',
  fetchMaxBytes: 'fetch.max.bytes',
  rack: 'client.rack',
};

/** partition.assignment.strategy: the Java class of each assignor the design names. */
export const ASSIGNOR_CLASSES: Readonly<Record<string, string>> = {
  range: 'org.apache.kafka.clients.consumer.RangeAssignor',
  roundrobin: 'org.apache.kafka.clients.consumer.RoundRobinAssignor',
  sticky: 'org.apache.kafka.clients.consumer.StickyAssignor',
  'cooperative-sticky': 'org.apache.kafka.clients.consumer.CooperativeStickyAssignor',
};

/** partitioner.class for the design's `roundrobin`; `default` is the built-in partitioner (no class set). */
export const ROUND_ROBIN_PARTITIONER = 'org.apache.kafka.clients.producer.RoundRobinPartitioner';

/** A config value as Kafka reads it from text, or null when the design holds none (or something not a scalar). */
export function configText(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}

/** The design's value of `key` in a config object, read by name: configs other parts of Franz add count too. */
export function configValue(config: object, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(config, key)
    ? (config as Record<string, unknown>)[key]
    : undefined;
}
