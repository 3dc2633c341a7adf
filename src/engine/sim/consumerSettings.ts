// Reads the consumer settings of a sink or processor node out of its document config.
import type { ConsumerSettings } from '../kafka/group/consumerSettings';
import type { ProcessorConfig, SinkConfig } from '../model/schema';
import { commitModeOf } from '../model/commitMode';

export function consumerSettings(c: SinkConfig | ProcessorConfig): ConsumerSettings {
  return {
    assignor: c.assignor,
    groupProtocol: c.groupProtocol,
    groupRemoteAssignor: c.groupRemoteAssignor ?? 'uniform',
    maxPollRecords: c.maxPollRecords,
    processingRate: c.processingRate,
    enableAutoCommit: c.enableAutoCommit,
    commitMode: commitModeOf(c),
    autoCommitIntervalMs: c.autoCommitIntervalMs,
    autoOffsetReset: c.autoOffsetReset,
    sessionTimeoutMs: c.sessionTimeoutMs,
    heartbeatIntervalMs: c.heartbeatIntervalMs,
    maxPollIntervalMs: c.maxPollIntervalMs,
    metadataMaxAgeMs: c.metadataMaxAgeMs,
    fetchMinBytes: c.fetchMinBytes,
    fetchMaxWaitMs: c.fetchMaxWaitMs,
    maxPartitionFetchBytes: c.maxPartitionFetchBytes,
    fetchMaxBytes: c.fetchMaxBytes,
    staticMembership: c.staticMembership,
    deadLetterTopic: c.deadLetterTopic,
  };
}
