// The design document `franz.pipeline`: the only thing Franz saves, exports and shares.
// Config keys are Kafka's own names, camelCased; defaults are Kafka's defaults (Kafka 4.x clients and broker).
import { z } from 'zod';

export const DOCUMENT_FORMAT = 'franz.pipeline';
export const DOCUMENT_VERSION = 1;

const id = z.string().min(1, 'must not be empty').max(64, 'must be at most 64 characters');
const name = z.string().min(1, 'must not be empty').max(80, 'must be at most 80 characters');
const nonNegative = z.number().finite().min(0, 'must be >= 0');
const positiveInt = z.number().int('must be a whole number').min(1, 'must be >= 1');
const ms = z.number().int('must be a whole number of milliseconds').min(0, 'must be >= 0');
/** Kafka's "-1 means unlimited" settings. */
const limitOrUnlimited = z
  .number()
  .int('must be a whole number')
  .min(-1, 'must be >= 0, or -1 for unlimited');
const position = z.strictObject({ x: z.number().finite(), y: z.number().finite() });

export const recordSizeSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('fixed'), bytes: z.number().int().min(0, 'must be >= 0').max(1048576) }),
  z
    .strictObject({
      type: z.literal('uniform'),
      min: z.number().int().min(0, 'must be >= 0'),
      max: z.number().int().max(1048576),
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

/** The producer side, shared by sources and processors. */
const producerFields = {
  partitioner: z.enum(['default', 'roundrobin', 'fixed']).default('default'),
  partition: z.number().int().min(0, 'must be >= 0').default(0),
  batchSize: z.number().int().min(0, 'must be >= 0').max(16_777_216).default(16384),
  lingerMs: ms.max(3_600_000).default(5),
  metadataMaxAgeMs: positiveInt.default(300_000),
};

export const sourceConfigSchema = z
  .strictObject({
    rate: nonNegative.max(50_000_000, 'must be <= 50000000').default(100),
    arrival: z.enum(['constant', 'poisson', 'bursty']).default('constant'),
    burstOnMs: positiveInt.default(1000),
    burstOffMs: ms.default(4000),
    recordSize: recordSizeSchema.default({ type: 'fixed', bytes: 100 }),
    keys: keysSchema.default({ type: 'none' }),
    ...producerFields,
  })
  .prefault({});

export const topicConfigSchema = z
  .strictObject({
    partitions: positiveInt.max(10_000, 'must be <= 10000').default(3),
    replicationFactor: positiveInt.max(16).default(1),
    retentionMs: limitOrUnlimited.default(604_800_000),
    retentionBytes: limitOrUnlimited.default(-1),
    segmentBytes: z.number().int().min(14, 'must be >= 14').default(1_073_741_824),
    segmentMs: positiveInt.default(604_800_000),
    cleanupPolicy: z.enum(['delete', 'compact']).default('delete'),
  })
  .prefault({});

/** The consumer-group side, shared by sinks and processors. */
const consumerFields = {
  groupId: z.string().min(1, 'must not be empty').max(128).optional(),
  consumers: z.number().int().min(0, 'must be >= 0').max(1000, 'must be <= 1000').default(1),
  /** Records each consumer processes per second; null: as fast as records arrive. */
  processingRate: nonNegative.nullable().default(null),
  assignor: z.enum(['range', 'roundrobin', 'sticky', 'cooperative-sticky']).default('range'),
  subscriptionPattern: z
    .string()
    .max(256)
    .refine(isValidRegex, 'must be a valid regular expression')
    .nullable()
    .default(null),
  maxPollRecords: positiveInt.default(500),
  enableAutoCommit: z.boolean().default(true),
  autoCommitIntervalMs: ms.default(5000),
  autoOffsetReset: z.enum(['earliest', 'latest']).default('latest'),
  sessionTimeoutMs: positiveInt.default(45_000),
  heartbeatIntervalMs: positiveInt.default(3000),
  maxPollIntervalMs: positiveInt.default(300_000),
  metadataMaxAgeMs: positiveInt.default(300_000),
};

function isValidRegex(pattern: string): boolean {
  try {
    new RegExp(pattern);
    return true;
  } catch {
    return false;
  }
}

const heartbeatBelowSession = (c: { heartbeatIntervalMs: number; sessionTimeoutMs: number }) =>
  c.heartbeatIntervalMs < c.sessionTimeoutMs;
const heartbeatRule = {
  message: 'must be lower than sessionTimeoutMs',
  path: ['heartbeatIntervalMs'],
};

export const sinkConfigSchema = z
  .strictObject(consumerFields)
  .refine(heartbeatBelowSession, heartbeatRule)
  .prefault({});

export const processorConfigSchema = z
  .strictObject({
    ...consumerFields,
    /** The share of input records that pass the filter. */
    filterRatio: z.number().finite().min(0, 'must be >= 0').max(1, 'must be <= 1').default(1),
    /** Output records per passing input record, to each output topic. */
    fanOut: z.number().int().min(0, 'must be >= 0').max(100, 'must be <= 100').default(1),
    ...producerFields,
  })
  .refine(heartbeatBelowSession, heartbeatRule)
  .prefault({});

const nodeBase = { id, name, position: position.optional() };

export const nodeSchema = z.discriminatedUnion('kind', [
  z.strictObject({ ...nodeBase, kind: z.literal('source'), config: sourceConfigSchema }),
  z.strictObject({ ...nodeBase, kind: z.literal('topic'), config: topicConfigSchema }),
  z.strictObject({ ...nodeBase, kind: z.literal('sink'), config: sinkConfigSchema }),
  z.strictObject({ ...nodeBase, kind: z.literal('processor'), config: processorConfigSchema }),
]);

export const edgeSchema = z.strictObject({ from: id, to: id });

export const clusterSchema = z
  .strictObject({
    /** group.initial.rebalance.delay.ms: the coordinator waits this long for more members of a new group. */
    groupInitialRebalanceDelayMs: ms.default(3000),
    /** log.retention.check.interval.ms: how often the broker deletes segments past retention. */
    logRetentionCheckIntervalMs: positiveInt.default(300_000),
  })
  .prefault({});

export const documentSchema = z.strictObject({
  format: z.literal(DOCUMENT_FORMAT, `must be "${DOCUMENT_FORMAT}"`),
  version: z.literal(DOCUMENT_VERSION, `must be ${DOCUMENT_VERSION}`),
  name: z.string().max(200).default('Untitled pipeline'),
  cluster: clusterSchema,
  nodes: z.array(nodeSchema).max(1000, 'must have at most 1000 nodes'),
  edges: z.array(edgeSchema).max(5000, 'must have at most 5000 edges'),
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
/** What a person or a file may write: every config key optional, filled with Kafka's defaults on parse. */
export type PipelineDocumentInput = z.input<typeof documentSchema>;
