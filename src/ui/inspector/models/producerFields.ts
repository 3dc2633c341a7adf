// The producer's settings, shared by sources and processors (KafkaProducer's config names).
import type { Config, FieldSpec, Section } from '../formModel';

const fixedPartition = (c: Config) => c.partitioner === 'fixed';

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

/** A processor lists metadata.max.age.ms once, with its consumer's timeouts. */
export const batchingSection = (withMetadata: boolean): Section => ({
  title: 'Batching',
  advanced: true,
  fields: withMetadata ? [batchSize, lingerMs, producerMetadataMaxAge] : [batchSize, lingerMs],
});
