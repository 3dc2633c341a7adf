// The report's parts for partitions, brokers, the controller and a producer's deliveries (report.ts builds them).
import type { CompactionFigures } from '../kafka/log/compactionFigures';

export interface PartitionReport {
  partition: number;
  logStartOffset: number;
  logEndOffset: number;
  highWatermark: number;
  segments: number;
  sizeInBytes: number;
  /** The leader's broker id; -1 when the partition is offline (no leader). */
  leader: number;
  leaderEpoch: number;
  /** Broker ids in assignment order; the first is the preferred leader. */
  replicas: number[];
  /** The in-sync replicas, in assignment order. */
  isr: number[];
  /** Each replica's log end offset, in the order of `replicas`. */
  replicaLogEndOffsets: number[];
  /** Fewer in-sync replicas than replicas. */
  underReplicated: boolean;
  /** Fewer in-sync replicas than min.insync.replicas: acks=all writes are refused. */
  underMinIsr: boolean;
  offline: boolean;
  /** Only on a compacted topic (cleanup.policy=compact): what the log cleaner left (kafka/log/compactionFigures.ts). */
  compaction?: CompactionFigures;
}

export interface BrokerReport {
  id: number;
  rack: string | null;
  /**
   * up: running and registered; stopped: the process is down, the controller has not noticed yet; fenced: down and
   * fenced; isolated: running and serving clients but cut off from the controller and the other brokers (a
   * broker-isolate fault), not yet fenced; isolated-fenced: the same, and fenced.
   */
  status: 'up' | 'stopped' | 'fenced' | 'isolated' | 'isolated-fenced';
  /**
   * Only while isolated: partitions this cut-off broker still believes it leads though the controller elected
   * another leader (a zombie leader).
   */
  zombieLeaders?: number;
  /** Partitions this broker leads, and replicas it holds. */
  leaders: number;
  replicas: number;
  /** Bytes of log this broker holds, over all its replicas. */
  storedBytes: number;
  /** Measured over the last metrics sample. */
  networkInBytesPerSec: number;
  networkOutBytesPerSec: number;
  diskWriteBytesPerSec: number;
  /** Capacities in bytes/s, after any throttle. */
  networkInCapacity: number;
  networkOutCapacity: number;
  diskCapacity: number;
  /** The network cap a broker-throttle fault set, in MB/s; null when not throttled. */
  throttledMBps: number | null;
}

export interface ControllerReport {
  /**
   * Leader elections the controller made: clean ones (a returning broker leading its offline partition again counts),
   * unclean ones (UncleanLeaderElectionsPerSec) and preferred-leader elections.
   */
  elections: number;
  uncleanElections: number;
  preferredElections: number;
  /** Times a partition lost its leader with no replica to elect (went offline; Kafka's OfflinePartitionsCount rises). */
  offlineTransitions: number;
  /** When the controller will move leadership back to preferred replicas; null when nothing is imbalanced. */
  nextLeaderRebalanceMs: number | null;
}

/** What happened to one producer's records. */
export interface DeliveryReport {
  /** Records acknowledged to the producer (acks=0: sent). */
  recordsAcked: number;
  /** Acknowledged records that are gone from every in-sync log (truncated after a leader change). */
  recordsLost: number;
  /** Records written to the log more than once (a retry of a batch the broker already had, without idempotence). */
  recordsDuplicated: number;
  /** Record sends retried after an error. */
  recordsRetried: number;
  /** Records the producer gave up on (delivery.timeout.ms, retries exhausted, or refused by the broker). */
  recordsFailed: number;
  /** Records sent and not yet acknowledged or failed (in open batches, queued, or in flight). */
  recordsInFlight: number;
  /** Milliseconds the application spent blocked in send() because buffer.memory was full (BufferPool). */
  blockedMs: number;
  /** The application is blocked in send() now, waiting for buffer.memory. */
  blocked: boolean;
  /**
   * Kafka's producer metrics batch-size-avg (bytes per batch sent, batch header included) and
   * records-per-request-avg: averages over the last 30 to 60 s (2 samples of 30 s each, as Kafka's SampledStat keeps
   * them); null when nothing was sent in that time (Kafka's NaN).
   */
  batchSizeAvg: number | null;
  recordsPerRequestAvg: number | null;
  /**
   * Kafka's producer metric request-latency-avg: ms from a produce request's send to its response (acks=1 and all;
   * acks=0 awaits none), over the same 30 to 60 s; null when no request was answered in that time.
   */
  requestLatencyAvgMs: number | null;
}
