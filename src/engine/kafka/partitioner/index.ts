// The Java producer's partitioners (KafkaProducer.partition, BuiltInPartitioner, RoundRobinPartitioner).
export { murmur2, partitionForKey, toPositive, utf8 } from '../murmur2';
export { appendWithBuiltInPartitioner, BuiltInPartitioner } from './builtInPartitioner';
export type { PartitionQueues, RandomSource } from './builtInPartitioner';
export { RoundRobinPartitioner } from './roundRobinPartitioner';
