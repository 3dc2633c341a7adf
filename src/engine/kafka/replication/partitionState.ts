// Follows the state Kafka's Partition (core/cluster) holds: the registration it was given, each Replica's ReplicaState and each replica's log.

import { NO_LEADER, type PartitionRegistration } from './leaderElection';
import { LeaderEpochCache } from './leaderEpochCache';
import { DEFAULT_REPLICATION_CONFIG, validateConfig, type ReplicationConfig } from './replicationConfig';
import type { ReplicationEvent } from './replicationEvents';

/** "Never" on the simulated clock, where Kafka uses 0 on its epoch-ms clock. */
export const NEVER = -Infinity;
/** An offset the leader does not know (yet). */
export const UNKNOWN_OFFSET = -1;

/**
 * The mutable state behind a ReplicatedPartition, shared by the rules in this folder. Arrays are indexed by a
 * replica's position in `replicas` (not by broker id), so the data path allocates nothing.
 */
export class PartitionState {
  /** Broker ids in assignment order; the first is the preferred leader. */
  readonly replicas: readonly number[];
  readonly config: ReplicationConfig;
  readonly n: number;

  // The controller's registration.
  leaderIdx = -1;
  lastLeaderIdx = -1;
  epoch = 0;
  partEpoch = 0;
  readonly inIsr: Uint8Array;
  isrCount = 0;

  // Brokers, per replica.
  readonly alive: Uint8Array;
  readonly fenced: Uint8Array;
  readonly shuttingDown: Uint8Array;
  /** Cut off from the controller and the other brokers, still reachable by clients (zombieLeader.ts). */
  readonly isolated: Uint8Array;
  /** The partition's leader epoch when the replica was cut off: the last it heard of; -1 while connected. */
  readonly isolatedAtEpoch: Int32Array;
  /**
   * The leader epoch a cut-off replica still leads at after the controller moved leadership away (a zombie leader),
   * and the ISR size it last knew; -1 when it does not act as leader.
   */
  readonly zombieEpoch: Int32Array;
  readonly zombieIsrCount: Int32Array;

  // Each replica's own log.
  readonly leo: Float64Array;
  readonly hw: Float64Array;
  readonly caches: LeaderEpochCache[];
  /**
   * Each replica's last truncation (UnifiedLog.truncateTo after a diverging epoch, KIP-279): the offset it cut its
   * log back to (-1: never), its log end offset before, and the latest leader epoch its log kept (where it agrees).
   */
  readonly truncatedTo: Float64Array;
  readonly truncatedFrom: Float64Array;
  readonly truncatedEpoch: Int32Array;

  // The leader's view of each follower (Replica.ReplicaState).
  readonly fetchOffset: Float64Array;
  readonly lastFetchLeaderLogEndOffset: Float64Array;
  readonly lastFetchTimeMs: Float64Array;
  readonly lastCaughtUpTimeMs: Float64Array;
  /** ReplicaState.brokerEpoch is known and current: the follower fetched since the leader or its process started. */
  readonly fetchedSinceReset: Uint8Array;
  leaderEpochStartOffset = 0;

  events: ReplicationEvent[] = [];
  readonly isActiveFn = (id: number): boolean => this.isActive(id);

  /** Every replica alive and in the ISR, nothing written, no leader yet (the caller makes the first one leader). */
  constructor(replicas: readonly number[], config: Partial<ReplicationConfig>) {
    if (replicas.length === 0) throw new RangeError('a partition needs at least one replica');
    const seen = new Set<number>();
    for (const r of replicas) {
      if (!Number.isInteger(r) || r < 0)
        throw new RangeError(`broker id must be a non-negative integer, got ${r}`);
      if (seen.has(r)) throw new RangeError(`broker ${r} is assigned twice`);
      seen.add(r);
    }
    this.replicas = replicas.slice();
    this.n = replicas.length;
    this.config = { ...DEFAULT_REPLICATION_CONFIG, ...config };
    validateConfig(this.config);
    const n = this.n;
    this.inIsr = new Uint8Array(n).fill(1);
    this.isrCount = n;
    this.alive = new Uint8Array(n).fill(1);
    this.fenced = new Uint8Array(n);
    this.shuttingDown = new Uint8Array(n);
    this.isolated = new Uint8Array(n);
    this.isolatedAtEpoch = new Int32Array(n).fill(-1);
    this.zombieEpoch = new Int32Array(n).fill(-1);
    this.zombieIsrCount = new Int32Array(n);
    this.leo = new Float64Array(n);
    this.hw = new Float64Array(n);
    this.caches = [];
    for (let i = 0; i < n; i++) this.caches.push(new LeaderEpochCache());
    this.truncatedTo = new Float64Array(n).fill(-1);
    this.truncatedFrom = new Float64Array(n).fill(-1);
    this.truncatedEpoch = new Int32Array(n).fill(-1);
    this.fetchOffset = new Float64Array(n).fill(UNKNOWN_OFFSET);
    this.lastFetchLeaderLogEndOffset = new Float64Array(n).fill(UNKNOWN_OFFSET);
    this.lastFetchTimeMs = new Float64Array(n).fill(NEVER);
    this.lastCaughtUpTimeMs = new Float64Array(n).fill(NEVER);
    this.fetchedSinceReset = new Uint8Array(n);
  }

  /** The leader's broker id, or NO_LEADER (-1) when the partition is offline. */
  get leader(): number {
    return this.leaderIdx < 0 ? NO_LEADER : (this.replicas[this.leaderIdx] ?? NO_LEADER);
  }

  /** The ISR, in assignment order (Kafka keeps it as a set). Allocates. */
  get isr(): number[] {
    const out: number[] = [];
    for (let i = 0; i < this.n; i++) if (this.inIsr[i] === 1) out.push(this.replicas[i] ?? -1);
    return out;
  }

  /** The controller's registration (a copy). */
  registration(): PartitionRegistration {
    return {
      replicas: this.replicas,
      isr: this.isr,
      leader: this.leader,
      leaderEpoch: this.epoch,
      partitionEpoch: this.partEpoch,
    };
  }

  indexOf(brokerId: number): number {
    const i = this.replicas.indexOf(brokerId);
    if (i < 0) throw new RangeError(`broker ${brokerId} is not a replica of this partition`);
    return i;
  }

  cacheOf(i: number): LeaderEpochCache {
    const c = this.caches[i];
    if (c === undefined) throw new RangeError(`no replica at index ${i}`);
    return c;
  }

  unclean(): boolean {
    return this.config.uncleanLeaderElectionEnable;
  }

  /** ClusterControlManager.isActive: registered, unfenced, not in controlled shutdown. */
  isActive(brokerId: number): boolean {
    const i = this.replicas.indexOf(brokerId);
    return i >= 0 && this.fenced[i] === 0 && this.shuttingDown[i] === 0;
  }

  /** Partition.effectiveMinIsr: min.insync.replicas capped by the replication factor (Kafka 3.7+). */
  effectiveMinIsr(): number {
    return this.config.minInsyncReplicas < this.n ? this.config.minInsyncReplicas : this.n;
  }
}
