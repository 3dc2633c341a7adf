// The producer's settings, shared by sources and processors (KafkaProducer's config names).
import type { Config, FieldSpec, Section } from '../formModel';

const fixedPartition = (c: Config) => c.partitioner === 'fixed';
const builtIn = (c: Config) => c.partitioner === 'default' || c.partitioner === undefined;

export const partitioningSection: Section = {
  title: 'Partitioning',
  fields: [
    {
      type: 'select',
      path: 'partitioner',
      label: 'Partitioner',
      kafka: 'partitioner.class',
      hint: 'built-in: murmur2(key) % partitions; unkeyed records fill one partition at a time (KIP-794)',
      options: [
        { value: 'default', label: 'built-in' },
        { value: 'roundrobin', label: 'round robin' },
        { value: 'fixed', label: 'fixed partition' },
      ],
    },
    {
      type: 'number',
      path: 'partition',
      label: 'Partition',
      hint: 'every record goes to this partition, as ProducerRecord(topic, partition, …)',
      when: fixedPartition,
    },
    {
      type: 'checkbox',
      path: 'partitionerAdaptivePartitioningEnable',
      label: 'Adaptive partitioning',
      kafka: 'partitioner.adaptive.partitioning.enable',
      hint: 'unkeyed records go less to partitions whose queue is longer (a slow broker)',
      when: builtIn,
    },
    {
      type: 'number',
      path: 'partitionerAvailabilityTimeoutMs',
      label: 'Availability timeout',
      kafka: 'partitioner.availability.timeout.ms',
      unit: 'ms',
      step: 100,
      hint: 'a broker that could not take a request this long gets no unkeyed records; 0: off (needs adaptive)',
      when: builtIn,
    },
    {
      type: 'checkbox',
      path: 'partitionerIgnoreKeys',
      label: 'Ignore keys',
      kafka: 'partitioner.ignore.keys',
      hint: 'keyed records are spread like unkeyed ones instead of by murmur2(key)',
      when: builtIn,
    },
  ],
};

const batchSize: FieldSpec = {
  type: 'number',
  path: 'batchSize',
  label: 'Batch size',
  kafka: 'batch.size',
  unit: 'bytes',
  step: 1024,
  hint: 'per partition; a full batch is sent at once',
};

const lingerMs: FieldSpec = {
  type: 'number',
  path: 'lingerMs',
  label: 'Linger',
  kafka: 'linger.ms',
  unit: 'ms',
  hint: 'how long a batch waits to fill before it is sent',
};

export const producerMetadataMaxAge: FieldSpec = {
  type: 'number',
  path: 'metadataMaxAgeMs',
  label: 'Metadata max age',
  kafka: 'metadata.max.age.ms',
  unit: 'ms',
  step: 1000,
  hint: 'how soon new partitions are seen',
};

const bufferMemory: FieldSpec = {
  type: 'number',
  path: 'bufferMemory',
  label: 'Buffer memory',
  kafka: 'buffer.memory',
  unit: 'bytes',
  step: 1_048_576,
  hint: 'each batch takes batch.size of it until answered; when full, send() blocks',
};

const maxBlockMs: FieldSpec = {
  type: 'number',
  path: 'maxBlockMs',
  label: 'Max block',
  kafka: 'max.block.ms',
  unit: 'ms',
  step: 1000,
  hint: 'how long send() waits for buffer memory before the record fails',
};

const maxRequestSize: FieldSpec = {
  type: 'number',
  path: 'maxRequestSize',
  label: 'Max request size',
  kafka: 'max.request.size',
  unit: 'bytes',
  step: 1024,
  hint: 'a larger record (with 88 bytes of framing) fails at send()',
};

/** A processor lists metadata.max.age.ms once, with its consumer's timeouts. */
/** client.rack: the rack (zone) of the client's machine, for its round trips; consumers' too (the same key). */
export const batchingSection = (withMetadata: boolean): Section => ({
  title: 'Batching',
  advanced: true,
  fields: [
    batchSize,
    lingerMs,
    bufferMemory,
    maxBlockMs,
    maxRequestSize,
    ...(withMetadata ? [producerMetadataMaxAge] : []),
  ],
});

/** How a send is acknowledged and retried (KafkaProducer's delivery settings). */
export const deliverySection: Section = {
  title: 'Acks and retries',
  note: 'When a send counts as written, and how long it is retried.',
  fields: [
    {
      type: 'select',
      path: 'acks',
      label: 'Acks',
      kafka: 'acks',
      hint: 'all: the in-sync replicas have it; 1: the leader; 0: no answer awaited',
      options: [
        { value: 'all', label: 'all' },
        { value: '1', label: '1 (leader)' },
        { value: '0', label: '0 (none)' },
      ],
    },
    {
      type: 'checkbox',
      path: 'enableIdempotence',
      label: 'Idempotence',
      kafka: 'enable.idempotence',
      hint: 'the broker drops a retried batch it already has; only with acks all',
      // Kafka 3.0+ turns idempotence off unless acks=all; a document may still say true and keeps loading.
      off: (c) => (c.acks === 'all' ? null : `idempotence needs acks=all; off with acks=${String(c.acks)}`),
    },
    {
      type: 'number',
      path: 'retries',
      label: 'Retries',
      kafka: 'retries',
      hint: 'delivery.timeout.ms usually ends retrying first',
    },
    {
      type: 'number',
      path: 'retryBackoffMs',
      label: 'Retry backoff',
      kafka: 'retry.backoff.ms',
      unit: 'ms',
      step: 50,
      hint: 'the first wait; each retry doubles it (±20%)',
    },
    {
      type: 'number',
      path: 'retryBackoffMaxMs',
      label: 'Retry backoff max',
      kafka: 'retry.backoff.max.ms',
      unit: 'ms',
      step: 100,
      hint: 'the longest wait between retries',
    },
    {
      type: 'number',
      path: 'requestTimeoutMs',
      label: 'Request timeout',
      kafka: 'request.timeout.ms',
      unit: 'ms',
      step: 1000,
      hint: 'how long one produce request waits for its answer',
    },
    {
      type: 'number',
      path: 'deliveryTimeoutMs',
      label: 'Delivery timeout',
      kafka: 'delivery.timeout.ms',
      unit: 'ms',
      step: 1000,
      hint: 'a record not acknowledged by then fails; at least linger.ms + request.timeout.ms',
    },
    {
      type: 'number',
      path: 'maxInFlightRequestsPerConnection',
      label: 'Max in-flight requests',
      kafka: 'max.in.flight.requests.per.connection',
      unit: 'requests',
      hint: 'per broker; at most 5 for the idempotent producer',
    },
  ],
};
