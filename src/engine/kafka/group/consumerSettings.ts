// The consumer configs the group logic reads (ConsumerConfig names, camelCased), live-editable.
import type { ServerAssignorName } from '../assignors/server';
import type { AssignorName } from './types';

export type CommitMode = 'auto' | 'after-processing' | 'before-processing';

export interface ConsumerSettings {
  assignor: AssignorName;
  /** group.protocol: the classic join/sync rounds, or KIP-848's consumer protocol (assigned on the coordinator). */
  groupProtocol: 'classic' | 'consumer';
  /** group.remote.assignor under the consumer protocol: the coordinator's `uniform` (its default) or `range`. */
  groupRemoteAssignor: ServerAssignorName;
  maxPollRecords: number;
  /** Records per second one consumer processes; null: no processing cost. */
  processingRate: number | null;
  /** enable.auto.commit: offsets are committed in poll() every auto.commit.interval.ms. */
  enableAutoCommit: boolean;
  /** When the application commits: never itself (auto), commitSync after processing a poll, or right after it. */
  commitMode: CommitMode;
  autoCommitIntervalMs: number;
  autoOffsetReset: 'earliest' | 'latest';
  sessionTimeoutMs: number;
  heartbeatIntervalMs: number;
  maxPollIntervalMs: number;
  metadataMaxAgeMs: number;
  /** fetch.min.bytes, fetch.max.wait.ms, max.partition.fetch.bytes, fetch.max.bytes (FetchRequests). */
  fetchMinBytes: number;
  fetchMaxWaitMs: number;
  maxPartitionFetchBytes: number;
  fetchMaxBytes: number;
  /** KIP-345: each consumer has a group.instance.id, and closing sends no LeaveGroup. */
  staticMembership: boolean;
  /** Where a record that cannot be deserialized goes before the consumer seeks past it; null: it stops there. */
  deadLetterTopic: string | null;
}
