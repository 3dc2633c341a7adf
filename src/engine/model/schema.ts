// The design document `franz.pipeline`: the only thing Franz saves, exports and shares.
// Config keys are Kafka's own names, camelCased; defaults are Kafka's defaults (Kafka 4.x clients and broker).
import { z } from 'zod';
import { compileTopicPattern } from '../kafka/group/topicPattern';
import { PRODUCER_COMPRESSION_TYPES, TOPIC_COMPRESSION_TYPES } from '../kafka/log/compressionType';
import { DOCUMENT_FORMAT, DOCUMENT_VERSION } from './documentFormat';
import { brokerSchema, clusterSchema } from './clusterSchema';
import { loadProfileSchema } from './loadProfile';
import { groupProtocolRules } from './groupProtocolRules';
import {
  bandwidth,
  id,
  javaInt,
  limitOrUnlimited,
  ms,
  name,
  nonNegative,
  position,
  positiveInt,
} from './settingTypes';

export { DOCUMENT_FORMAT, DOCUMENT_VERSION };
export { brokerSchema, clusterSchema, DEFAULT_BROKERS } from './clusterSchema';
export { JAVA_INT_MAX } from './settingTypes';

export const recordSizeSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('fixed'), bytes: z.number().int().min(0, 'must be >= 0') }),
  z
    .strictObject({
      type: z.literal('uniform'),
      min: z.number().int().min(0, 'must be >= 0'),
      max: z.number().int(),
    })
    .refine((s) => s.max >= s.min, { message: 'max must be >= min', path: ['max'] }),
]);

export const keysSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('none') }),
  z.strictObject({ type: z.literal('uniform'), count: positiveInt.max(1_000_000, 'must be <= 1000000') }),
  z.strictObject({
    type: z.literal('zipf'),
    count: positiveInt.max(1_000_000, 'must be <= 1000000'),
    exponent: z.number().finite().min(0, 'must be >= 0').max(5, 'must be <= 5').default(1),
  }),
  z.strictObject({
    type: z.literal('list'),
    values: z.array(z.string().max(256)).min(1, 'must list at least one key').max(100_000),
  }),
]);

/**
 * The network link of a client's own machine in MB/s (1 MB = 1,000,000 bytes, as the brokers' bandwidth fields);
 * null: unlimited. Full duplex, as a host's NIC is: a processor reads and writes at this rate each way.
 */
const clientLinkFields = {
  networkMBps: z
    .number()
    .finite()
    .gt(0, 'must be > 0 (or empty for an unlimited link)')
    .max(100_000, 'must be <= 100000')
    .nullable()
    .default(null),
};
/** client.rack (null: not set). */
const clientRack = z.string().min(1, 'must not be empty').max(64).nullable().default(null);

/** The producer side, shared by sources and processors. */
const producerFields = {
  /** compression.type: the codec the producer compresses each batch with (see kafka/log/compressionType.ts). */
  compressionType: z.enum(PRODUCER_COMPRESSION_TYPES).default('none'),
  partitioner: z.enum(['default', 'roundrobin', 'fixed']).default('default'),
  partition: z.number().int().min(0, 'must be >= 0').default(0),
  batchSize: z.number().int().min(0, 'must be >= 0').max(16_777_216).default(16384),
  lingerMs: ms.max(3_600_000).default(5),
  metadataMaxAgeMs: positiveInt.default(300_000),
  /** acks: "all" waits for the in-sync replicas, "1" for the leader's append, "0" for nothing. */
  acks: z.enum(['all', '1', '0']).default('all'),
  /** enable.idempotence: the broker drops a retried batch it already has. Only takes effect with acks=all (Kafka 3.0+). */
  enableIdempotence: z.boolean().default(true),
  retries: javaInt(z.number().int('must be a whole number').min(0, 'must be >= 0'), 'retries').default(
    2_147_483_647,
  ),
  retryBackoffMs: ms.default(100),
  /** retry.backoff.max.ms: retries back off exponentially from retryBackoffMs up to this (KIP-580). */
  retryBackoffMaxMs: ms.default(1000),
  requestTimeoutMs: javaInt(positiveInt, 'request.timeout.ms').default(30_000),
  deliveryTimeoutMs: javaInt(positiveInt, 'delivery.timeout.ms').default(120_000),
  maxInFlightRequestsPerConnection: positiveInt.max(1000).default(5),
  /** buffer.memory: bytes for batches waiting to be sent or answered; send() blocks while it is full. */
  bufferMemory: z.number().int('must be a whole number').min(0, 'must be >= 0').default(33_554_432),
  /** max.block.ms: how long send() blocks for buffer.memory before the record fails. */
  maxBlockMs: ms.default(60_000),
  /** max.request.size: a record larger than this (serialized, with batch overhead) fails at send(). */
  maxRequestSize: javaInt(
    z.number().int('must be a whole number').min(0, 'must be >= 0'),
    'max.request.size',
  ).default(1_048_576),
  /** partitioner.adaptive.partitioning.enable: null-key records go less to partitions with longer queues (KIP-794). */
  partitionerAdaptivePartitioningEnable: z.boolean().default(true),
  /** partitioner.availability.timeout.ms: a leader that could not be sent to for this long takes no null-key records (0: off). */
  partitionerAvailabilityTimeoutMs: ms.default(0),
  /** partitioner.ignore.keys: keyed records are spread like null-key ones instead of by murmur2(key). */
  partitionerIgnoreKeys: z.boolean().default(false),
  /** client.rack: the rack (zone) the client's machine is in; round trips to a broker in another rack take longer. */
  rack: clientRack,
};

export const sourceConfigSchema = z
  .strictObject({
    rate: nonNegative.max(50_000_000, 'must be <= 50000000').default(100),
    arrival: z.enum(['constant', 'poisson', 'bursty']).default('constant'),
    burstOnMs: positiveInt.default(1000),
    burstOffMs: ms.default(4000),
    /** How the target rate moves over simulated time (model/loadProfile.ts); constant keeps `rate`. */
    profile: loadProfileSchema.default({ type: 'constant' }),
    recordSize: recordSizeSchema.default({ type: 'fixed', bytes: 100 }),
    keys: keysSchema.default({ type: 'none' }),
    /** The share of keyed records sent with a null value (a tombstone: "delete this key" for compaction). */
    tombstoneRatio: z.number().finite().min(0, 'must be >= 0').max(1, 'must be <= 1').default(0),
    /**
     * The share of records no consumer can deserialize (a poison pill: the consumer's poll throws
     * RecordDeserializationException at it); picked with the simulation's seeded Rng. 0: none.
     */
    poisonShare: z.number().finite().min(0, 'must be >= 0').max(1, 'must be <= 1').default(0),
    ...producerFields,
    ...clientLinkFields,
  })
  .prefault({});

export const topicConfigSchema = z
  .strictObject({
    partitions: positiveInt.max(10_000, 'must be <= 10000').default(3),
    replicationFactor: positiveInt.max(16).default(1),
    retentionMs: limitOrUnlimited.default(604_800_000),
    retentionBytes: limitOrUnlimited.default(-1),
    segmentBytes: javaInt(z.number().int().min(14, 'must be >= 14'), 'segment.bytes').default(1_073_741_824),
    /** max.message.bytes: the largest record batch the leader accepts (LogConfig, 1 MiB + 12). */
    maxMessageBytes: javaInt(
      z.number().int('must be a whole number').min(0, 'must be >= 0'),
      'max.message.bytes',
    ).default(1_048_588),
    segmentMs: positiveInt.default(604_800_000),
    cleanupPolicy: z.enum(['delete', 'compact']).default('delete'),
    /** min.insync.replicas: an acks=all write needs this many in-sync replicas (capped by the replication factor). */
    minInsyncReplicas: positiveInt.max(16).default(1),
    /** unclean.leader.election.enable: elect a replica outside the ISR when no in-sync replica is left. */
    uncleanLeaderElectionEnable: z.boolean().default(false),
    /** delete.retention.ms: how long a compacted topic keeps a tombstone after cleaning. */
    deleteRetentionMs: ms.default(86_400_000),
    /** min.cleanable.dirty.ratio: the log cleaner compacts once this share of the log is uncleaned. */
    minCleanableDirtyRatio: z.number().finite().min(0, 'must be >= 0').max(1, 'must be <= 1').default(0.5),
    /** min.compaction.lag.ms: a record stays uncompacted at least this long. */
    minCompactionLagMs: ms.default(0),
    /** compression.type: `producer` keeps each batch's codec; another codec makes the leader recompress. */
    compressionType: z.enum(TOPIC_COMPRESSION_TYPES).default('producer'),
  })
  .prefault({});

/** The consumer-group side, shared by sinks and processors. */
const consumerFields = {
  groupId: z.string().min(1, 'must not be empty').max(128).optional(),
  consumers: z.number().int().min(0, 'must be >= 0').max(1000, 'must be <= 1000').default(1),
  /** Records each consumer processes per second; null: as fast as records arrive. */
  processingRate: nonNegative.nullable().default(null),
  assignor: z.enum(['range', 'roundrobin', 'sticky', 'cooperative-sticky']).default('range'),
  /** group.protocol: "classic" (the Java client's default in Kafka 4.x) or "consumer" (KIP-848). */
  groupProtocol: z.enum(['classic', 'consumer']).default('classic'),
  /** group.remote.assignor: the coordinator's assignor under the consumer protocol; absent: its first, uniform. */
  groupRemoteAssignor: z.enum(['uniform', 'range']).optional(),
  subscriptionPattern: z
    .string()
    .max(256)
    .superRefine((pattern, ctx) => {
      const compiled = compileTopicPattern(pattern);
      if (!compiled.ok)
        ctx.addIssue({ code: 'custom', message: `is not a pattern Kafka can match: ${compiled.error}` });
    })
    .nullable()
    .default(null),
  maxPollRecords: javaInt(positiveInt, 'max.poll.records').default(500),
  enableAutoCommit: z.boolean().default(true),
  /**
   * When the application commits (see commitModeOf): "auto" (enable.auto.commit), "after-processing" (commitSync
   * after processing each poll: at least once), "before-processing" (commitSync right after poll: at most once).
   * Absent: follows enableAutoCommit.
   */
  commitMode: z.enum(['auto', 'after-processing', 'before-processing']).optional(),
  autoCommitIntervalMs: javaInt(ms, 'auto.commit.interval.ms').default(5000),
  autoOffsetReset: z.enum(['earliest', 'latest']).default('latest'),
  sessionTimeoutMs: javaInt(positiveInt, 'session.timeout.ms').default(45_000),
  heartbeatIntervalMs: javaInt(positiveInt, 'heartbeat.interval.ms').default(3000),
  maxPollIntervalMs: javaInt(positiveInt, 'max.poll.interval.ms').default(300_000),
  metadataMaxAgeMs: positiveInt.default(300_000),
  /** fetch.min.bytes: a fetch waits at the leader until this many bytes are there (or fetch.max.wait.ms passes). */
  fetchMinBytes: javaInt(
    z.number().int('must be a whole number').min(0, 'must be >= 0'),
    'fetch.min.bytes',
  ).default(1),
  /** fetch.max.wait.ms: the longest a fetch waits at the leader for fetch.min.bytes. */
  fetchMaxWaitMs: javaInt(ms, 'fetch.max.wait.ms').default(500),
  /** max.partition.fetch.bytes: the most one fetch returns per partition (at least one record, so the consumer moves on). */
  maxPartitionFetchBytes: javaInt(
    z.number().int('must be a whole number').min(0, 'must be >= 0'),
    'max.partition.fetch.bytes',
  ).default(1_048_576),
  /** fetch.max.bytes: the most one fetch returns in all (at least one record). */
  fetchMaxBytes: javaInt(
    z.number().int('must be a whole number').min(0, 'must be >= 0'),
    'fetch.max.bytes',
  ).default(52_428_800),
  /** client.rack: the rack (zone) the consumer's machine is in (consumers fetch from the leader: no KIP-392). */
  rack: clientRack,
  /**
   * KIP-345: each consumer gets a group.instance.id (`<groupId>-<n>`); a member that stops sends no LeaveGroup and,
   * back within session.timeout.ms, takes its old assignment with no rebalance.
   */
  staticMembership: z.boolean().default(false),
  /**
   * A topic of the design where a consumer sends a record it cannot deserialize, then seeks past it (a dead-letter
   * topic); null: the consumer stops at that record.
   */
  deadLetterTopic: z
    .string()
    .min(1, 'must not be empty')
    .max(249, 'must be at most 249 characters')
    .nullable()
    .default(null),
};

const heartbeatBelowSession = (c: { heartbeatIntervalMs: number; sessionTimeoutMs: number }) =>
  c.heartbeatIntervalMs < c.sessionTimeoutMs;
/** The classic consumer's Heartbeat: "Heartbeat must be set lower than the session timeout" (strictly). */
const heartbeatRule = {
  message:
    'must be lower than sessionTimeoutMs (Kafka: "Heartbeat must be set lower than the session timeout")',
  path: ['heartbeatIntervalMs'],
};

export const sinkConfigSchema = z
  .strictObject({ ...consumerFields, ...clientLinkFields })
  .refine(heartbeatBelowSession, heartbeatRule)
  .superRefine(groupProtocolRules)
  .prefault({});

export const processorConfigSchema = z
  .strictObject({
    ...consumerFields,
    /** The share of input records that pass the filter. */
    filterRatio: z.number().finite().min(0, 'must be >= 0').max(1, 'must be <= 1').default(1),
    /** Output records per passing input record, to each output topic. */
    fanOut: z.number().int().min(0, 'must be >= 0').max(100, 'must be <= 100').default(1),
    ...producerFields,
    ...clientLinkFields,
  })
  .refine(heartbeatBelowSession, heartbeatRule)
  .superRefine(groupProtocolRules)
  .prefault({});

const nodeBase = { id, name, position: position.optional() };
/** A topic's name: Kafka's rules (Topic.validate, at most 249 characters) are checked with its words in validate.ts. */
const topicName = z.string();

export const nodeSchema = z.discriminatedUnion('kind', [
  z.strictObject({ ...nodeBase, kind: z.literal('source'), config: sourceConfigSchema }),
  z.strictObject({ ...nodeBase, name: topicName, kind: z.literal('topic'), config: topicConfigSchema }),
  z.strictObject({ ...nodeBase, kind: z.literal('sink'), config: sinkConfigSchema }),
  z.strictObject({ ...nodeBase, kind: z.literal('processor'), config: processorConfigSchema }),
]);

export const edgeSchema = z.strictObject({ from: id, to: id });

const target = { atMs: ms };
/** A consumer's client.id: `<groupId>-consumer-<n>`, numbered in the order the group started them. */
const clientId = z.string().min(1, 'must not be empty').max(200);
const brokerRef = z.number().int('must be a whole number').min(0, 'must be >= 0');

/**
 * A fault at a simulated time. Broker faults name a broker id, the others a design node id.
 * broker-kill stops the process (the controller notices after broker.session.timeout.ms);
 * broker-shutdown is a controlled shutdown (leadership moves first); broker-isolate cuts the broker off from the
 * controller and the other brokers but not from clients (it is fenced after broker.session.timeout.ms and, if it led,
 * goes on as a zombie leader), broker-reconnect ends that.
 */
export const faultSchema = z.discriminatedUnion('type', [
  z.strictObject({ ...target, type: z.literal('broker-kill'), broker: brokerRef }),
  z.strictObject({ ...target, type: z.literal('broker-shutdown'), broker: brokerRef }),
  z.strictObject({ ...target, type: z.literal('broker-restart'), broker: brokerRef }),
  z.strictObject({ ...target, type: z.literal('broker-isolate'), broker: brokerRef }),
  z.strictObject({ ...target, type: z.literal('broker-reconnect'), broker: brokerRef }),
  /** Caps the broker's network in and out at `networkMBps`; null lifts the cap. */
  z.strictObject({
    ...target,
    type: z.literal('broker-throttle'),
    broker: brokerRef,
    networkMBps: bandwidth.nullable(),
  }),
  /**
   * Kills the consumer with this client.id (default: the group's newest live one); its session expires after
   * session.timeout.ms, and it stays down until a consumer-start.
   */
  z.strictObject({ ...target, type: z.literal('consumer-kill'), node: id, clientId: clientId.optional() }),
  /** Starts one more consumer in the group (a killed one comes back). */
  z.strictObject({ ...target, type: z.literal('consumer-start'), node: id }),
  /**
   * Sets the processing rate (records/s) of the consumer with this client.id (default: the group's first live
   * one); null restores the design's rate.
   */
  z.strictObject({
    ...target,
    type: z.literal('consumer-slow'),
    node: id,
    clientId: clientId.optional(),
    processingRate: nonNegative.nullable(),
  }),
  /**
   * Restarts the consumer with this client.id (default: the group's newest live one): it closes and starts again
   * 10 s later with the same client.id and group.instance.id (sim/consumerRestarts.ts).
   */
  z.strictObject({ ...target, type: z.literal('consumer-restart'), node: id, clientId: clientId.optional() }),
  /** Kills every consumer of a processor and stops its producer; restart brings the configured count back. */
  z.strictObject({ ...target, type: z.literal('processor-kill'), node: id }),
  z.strictObject({ ...target, type: z.literal('processor-restart'), node: id }),
  z.strictObject({ ...target, type: z.literal('source-pause'), node: id }),
  z.strictObject({ ...target, type: z.literal('source-resume'), node: id }),
  /** The source's next record (to `partition`, when given) is one no consumer can deserialize (a poison pill). */
  z.strictObject({ ...target, type: z.literal('source-poison'), node: id, partition: brokerRef.optional() }),
]);

export const documentSchema = z.strictObject({
  format: z.literal(DOCUMENT_FORMAT, `must be "${DOCUMENT_FORMAT}"`),
  version: z.literal(DOCUMENT_VERSION, `must be ${DOCUMENT_VERSION}`),
  name: z.string().max(200).default('Untitled pipeline'),
  cluster: clusterSchema,
  nodes: z.array(nodeSchema).max(1000, 'must have at most 1000 nodes'),
  edges: z.array(edgeSchema).max(5000, 'must have at most 5000 edges'),
  /** The fault schedule: replayed the same way on every run. */
  faults: z.array(faultSchema).max(1000, 'must have at most 1000 faults').default([]),
});

export type PipelineDocument = z.output<typeof documentSchema>;
export type PipelineNode = z.output<typeof nodeSchema>;
export type PipelineEdge = z.output<typeof edgeSchema>;
export type NodeKind = PipelineNode['kind'];
export type SourceConfig = z.output<typeof sourceConfigSchema>;
export type TopicConfig = z.output<typeof topicConfigSchema>;
export type SinkConfig = z.output<typeof sinkConfigSchema>;
export type ProcessorConfig = z.output<typeof processorConfigSchema>;
export type ClusterConfig = z.output<typeof clusterSchema>;
export type RecordSize = z.output<typeof recordSizeSchema>;
export type KeySpec = z.output<typeof keysSchema>;
export type BrokerConfig = z.output<typeof brokerSchema>;
export type Fault = z.output<typeof faultSchema>;
export type FaultType = Fault['type'];
/** A fault to apply now (from the UI): a schedule entry without its time. */
export type FaultAction = Fault extends infer F ? (F extends Fault ? Omit<F, 'atMs'> : never) : never;
/** What a person or a file may write: every config key optional, filled with Kafka's defaults on parse. */
export type PipelineDocumentInput = z.input<typeof documentSchema>;
