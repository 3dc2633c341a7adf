// The consumer configs the group logic reads (ConsumerConfig names, camelCased), live-editable.
import type { AssignorName } from './types';

export interface ConsumerSettings {
  assignor: AssignorName;
  maxPollRecords: number;
  /** Records per second one consumer processes; null: no processing cost. */
  processingRate: number | null;
  enableAutoCommit: boolean;
  autoCommitIntervalMs: number;
  autoOffsetReset: 'earliest' | 'latest';
  sessionTimeoutMs: number;
  heartbeatIntervalMs: number;
  maxPollIntervalMs: number;
  metadataMaxAgeMs: number;
}
