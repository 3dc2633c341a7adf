// Follows Kafka's replication configs: min.insync.replicas and unclean.leader.election.enable (TopicConfig), replica.lag.time.max.ms (ReplicationConfigs).

/** Kafka's replica.lag.time.max.ms default. */
export const DEFAULT_REPLICA_LAG_TIME_MAX_MS = 30000;

export interface ReplicationConfig {
  /** min.insync.replicas (topic). Kafka uses min(this, replication factor): effectiveMinIsr. */
  minInsyncReplicas: number;
  /** replica.lag.time.max.ms (broker). */
  replicaLagTimeMaxMs: number;
  /** unclean.leader.election.enable (topic). */
  uncleanLeaderElectionEnable: boolean;
}

export const DEFAULT_REPLICATION_CONFIG: Readonly<ReplicationConfig> = Object.freeze({
  minInsyncReplicas: 1,
  replicaLagTimeMaxMs: DEFAULT_REPLICA_LAG_TIME_MAX_MS,
  uncleanLeaderElectionEnable: false,
});

export function validateConfig(c: ReplicationConfig): void {
  if (!(Number.isInteger(c.minInsyncReplicas) && c.minInsyncReplicas >= 1)) {
    throw new RangeError(`minInsyncReplicas must be an integer >= 1, got ${c.minInsyncReplicas}`);
  }
  if (!(c.replicaLagTimeMaxMs >= 0)) {
    throw new RangeError(`replicaLagTimeMaxMs must be >= 0, got ${c.replicaLagTimeMaxMs}`);
  }
}
