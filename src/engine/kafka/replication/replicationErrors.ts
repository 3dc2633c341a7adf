// Follows Kafka's org.apache.kafka.common.protocol.Errors for the data path and Partition.checkEnoughReplicasReachOffset's outcomes.

import { ControllerError } from './leaderElection';

/** Kafka protocol error codes (org.apache.kafka.common.protocol.Errors) used by the data path. */
export const ReplicationError = {
  ...ControllerError,
  LEADER_NOT_AVAILABLE: 5,
  NOT_LEADER_OR_FOLLOWER: 6,
  /** The producer's own verdict on a request unanswered within request.timeout.ms. */
  REQUEST_TIMED_OUT: 7,
  REPLICA_NOT_AVAILABLE: 9,
  NETWORK_EXCEPTION: 13,
  NOT_ENOUGH_REPLICAS: 19,
  NOT_ENOUGH_REPLICAS_AFTER_APPEND: 20,
} as const;

/** `checkEnoughReplicasReachOffset`: the acks=all produce is still waiting for the high watermark. */
export const PRODUCE_PENDING = 0;
/** `checkEnoughReplicasReachOffset`: the acks=all produce is acknowledged. */
export const PRODUCE_ACKNOWLEDGED = 1;
