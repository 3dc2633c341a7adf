// Follows Kafka's org.apache.kafka.storage.internals.log.LogConfig (topic-level log configs and their defaults).

/** `cleanup.policy`: a list of `delete` and `compact` (TopicConfig.CLEANUP_POLICY_*). */
export type CleanupPolicy = 'delete' | 'compact' | 'compact,delete';

/** The log configs of one partition, camelCased from Kafka's names. */
export interface LogConfig {
  /** `segment.bytes`: roll a new segment before a batch that would take the active one past this size. */
  segmentBytes: number;
  /**
   * `max.message.bytes`: the largest record batch the leader accepts (UnifiedLog.analyzeAndValidateRecords, else
   * MESSAGE_TOO_LARGE). The producer checks it; the log itself does not.
   */
  maxMessageBytes: number;
  /** `segment.ms`: roll when the incoming batch is more than this newer than the active segment's first batch. */
  segmentMs: number;
  /** `retention.ms`: delete a segment once its largest timestamp is older than this; -1 = unlimited. */
  retentionMs: number;
  /** `retention.bytes`: delete oldest segments while the log stays at or above this size without them; -1 = unlimited. */
  retentionBytes: number;
  /** `cleanup.policy`: retention deletes segments when it contains `delete`; the cleaner compacts when it contains `compact`. */
  cleanupPolicy: CleanupPolicy;
  /** `delete.retention.ms`: how long the cleaner keeps a tombstone after the pass that first retained it (KIP-534). */
  deleteRetentionMs: number;
  /** `min.cleanable.dirty.ratio`: the cleaner compacts a log once dirty bytes / total bytes exceeds this. */
  minCleanableDirtyRatio: number;
  /** `min.compaction.lag.ms`: segments whose largest timestamp is younger than this stay uncleaned. */
  minCompactionLagMs: number;
  /**
   * `log.retention.check.interval.ms` (a broker config, carried here for convenience): how often the
   * simulator calls `PartitionLog.applyRetention`. The log itself never reads it.
   */
  logRetentionCheckIntervalMs: number;
}

/** LogConfig.DEFAULT_SEGMENT_BYTES = 1 GiB. */
export const DEFAULT_SEGMENT_BYTES = 1073741824;
/** LogConfig.DEFAULT_MAX_MESSAGE_BYTES = 1 MiB + Records.LOG_OVERHEAD (12) = 1048588. */
export const DEFAULT_MAX_MESSAGE_BYTES = 1048588;
/** LogConfig.DEFAULT_SEGMENT_MS = 7 days. */
export const DEFAULT_SEGMENT_MS = 604800000;
/** LogConfig.DEFAULT_RETENTION_MS = 7 days. */
export const DEFAULT_RETENTION_MS = 604800000;
/** ServerLogConfigs.LOG_RETENTION_BYTES_DEFAULT = -1 (unlimited). */
export const DEFAULT_RETENTION_BYTES = -1;
/** ServerLogConfigs.LOG_CLEANUP_INTERVAL_MS_DEFAULT (`log.retention.check.interval.ms`) = 5 minutes. */
export const DEFAULT_LOG_RETENTION_CHECK_INTERVAL_MS = 300000;
/** LogConfig.DEFAULT_DELETE_RETENTION_MS = 1 day. */
export const DEFAULT_DELETE_RETENTION_MS = 86400000;
/** LogConfig.DEFAULT_MIN_CLEANABLE_DIRTY_RATIO = 0.5. */
export const DEFAULT_MIN_CLEANABLE_DIRTY_RATIO = 0.5;
/** LogConfig.DEFAULT_MIN_COMPACTION_LAG_MS = 0. */
export const DEFAULT_MIN_COMPACTION_LAG_MS = 0;
/** `segment.bytes` lower bound: atLeast(LegacyRecord.RECORD_OVERHEAD_V0) = 14. */
export const MIN_SEGMENT_BYTES = 14;

export const DEFAULT_LOG_CONFIG: Readonly<LogConfig> = Object.freeze({
  segmentBytes: DEFAULT_SEGMENT_BYTES,
  maxMessageBytes: DEFAULT_MAX_MESSAGE_BYTES,
  segmentMs: DEFAULT_SEGMENT_MS,
  retentionMs: DEFAULT_RETENTION_MS,
  retentionBytes: DEFAULT_RETENTION_BYTES,
  cleanupPolicy: 'delete',
  deleteRetentionMs: DEFAULT_DELETE_RETENTION_MS,
  minCleanableDirtyRatio: DEFAULT_MIN_CLEANABLE_DIRTY_RATIO,
  minCompactionLagMs: DEFAULT_MIN_COMPACTION_LAG_MS,
  logRetentionCheckIntervalMs: DEFAULT_LOG_RETENTION_CHECK_INTERVAL_MS,
});

/** Kafka's defaults with the given overrides, validated with Kafka's bounds. */
export function logConfig(overrides: Partial<LogConfig> = {}): LogConfig {
  const config: LogConfig = { ...DEFAULT_LOG_CONFIG, ...overrides };
  validateLogConfig(config);
  return config;
}

/** Throws a RangeError when a value is outside the range LogConfig's ConfigDef accepts. */
export function validateLogConfig(config: LogConfig): void {
  const { segmentBytes, segmentMs, retentionMs, retentionBytes, logRetentionCheckIntervalMs } = config;
  // segment.bytes is an INT, atLeast(LegacyRecord.RECORD_OVERHEAD_V0)
  if (!Number.isInteger(segmentBytes) || segmentBytes < MIN_SEGMENT_BYTES || segmentBytes > 2147483647) {
    throw new RangeError(`segment.bytes must be an int >= ${MIN_SEGMENT_BYTES}, got ${segmentBytes}`);
  }
  // max.message.bytes is an INT, atLeast(0)
  const { maxMessageBytes } = config;
  if (!Number.isInteger(maxMessageBytes) || maxMessageBytes < 0 || maxMessageBytes > 2147483647) {
    throw new RangeError(`max.message.bytes must be an int >= 0, got ${maxMessageBytes}`);
  }
  // segment.ms: atLeast(1)
  if (!Number.isInteger(segmentMs) || segmentMs < 1) {
    throw new RangeError(`segment.ms must be an integer >= 1, got ${segmentMs}`);
  }
  // retention.ms: atLeast(-1)
  if (!Number.isInteger(retentionMs) || retentionMs < -1) {
    throw new RangeError(`retention.ms must be an integer >= -1, got ${retentionMs}`);
  }
  // retention.bytes: any long; negative means unlimited
  if (!Number.isInteger(retentionBytes)) {
    throw new RangeError(`retention.bytes must be an integer, got ${retentionBytes}`);
  }
  // log.retention.check.interval.ms: atLeast(1)
  if (!Number.isInteger(logRetentionCheckIntervalMs) || logRetentionCheckIntervalMs < 1) {
    throw new RangeError(
      `log.retention.check.interval.ms must be an integer >= 1, got ${logRetentionCheckIntervalMs}`,
    );
  }
  const { deleteRetentionMs, minCleanableDirtyRatio, minCompactionLagMs } = config;
  // delete.retention.ms: atLeast(0)
  if (!Number.isInteger(deleteRetentionMs) || deleteRetentionMs < 0) {
    throw new RangeError(`delete.retention.ms must be an integer >= 0, got ${deleteRetentionMs}`);
  }
  // min.cleanable.dirty.ratio: between(0, 1)
  if (!(minCleanableDirtyRatio >= 0 && minCleanableDirtyRatio <= 1)) {
    throw new RangeError(`min.cleanable.dirty.ratio must be in [0, 1], got ${minCleanableDirtyRatio}`);
  }
  // min.compaction.lag.ms: atLeast(0)
  if (!Number.isInteger(minCompactionLagMs) || minCompactionLagMs < 0) {
    throw new RangeError(`min.compaction.lag.ms must be an integer >= 0, got ${minCompactionLagMs}`);
  }
  const policy: string = config.cleanupPolicy;
  if (policy !== 'delete' && policy !== 'compact' && policy !== 'compact,delete') {
    throw new RangeError(`cleanup.policy must be 'delete', 'compact' or 'compact,delete', got ${policy}`);
  }
}

/** LogConfig.delete: true when `cleanup.policy` contains `delete`. */
export function deletesOnRetention(policy: CleanupPolicy): boolean {
  return policy !== 'compact';
}

/** LogConfig.compact: true when `cleanup.policy` contains `compact`. */
export function compacts(policy: CleanupPolicy): boolean {
  return policy !== 'delete';
}
