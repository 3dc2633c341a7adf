// Follows Kafka's Partition and Replica (core/cluster), the follower's fetch with truncation by leader epoch (AbstractFetcherThread, KIP-101/279/320) and KRaft's controller reactions (leaderElection.ts), Kafka 4.0.

import {
  NO_LEADER,
  onAlterPartition,
  onBrokerControlledShutdown,
  onBrokerFenced,
  onBrokerUnfenced,
  electPreferredLeader,
  electUncleanLeader,
  ControllerError,
  type PartitionChange,
  type PartitionRegistration,
} from './leaderElection';
import { LeaderEpochCache, UNDEFINED_EPOCH, UNDEFINED_EPOCH_OFFSET } from './leaderEpochCache';

/** Kafka protocol error codes (org.apache.kafka.common.protocol.Errors) used by the data path. */
export const ReplicationError = {
  ...ControllerError,
  LEADER_NOT_AVAILABLE: 5,
  NOT_LEADER_OR_FOLLOWER: 6,
  REPLICA_NOT_AVAILABLE: 9,
  NETWORK_EXCEPTION: 13,
  NOT_ENOUGH_REPLICAS: 19,
  NOT_ENOUGH_REPLICAS_AFTER_APPEND: 20,
} as const;

/** `checkEnoughReplicasReachOffset`: the acks=all produce is still waiting for the high watermark. */
export const PRODUCE_PENDING = 0;
/** `checkEnoughReplicasReachOffset`: the acks=all produce is acknowledged. */
export const PRODUCE_ACKNOWLEDGED = 1;

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

/** What changed, for the simulation to count losses and for the UI to show leadership and the ISR moving. */
export type ReplicationEvent =
  | {
      /** A replica cut its log: offsets [fromOffset, toOffset) are gone from it. */
      readonly type: 'truncated';
      readonly brokerId: number;
      readonly fromOffset: number;
      readonly toOffset: number;
    }
  | {
      readonly type: 'leaderChanged';
      /** The new leader, or NO_LEADER (-1): the partition is offline. */
      readonly leader: number;
      readonly previousLeader: number;
      readonly leaderEpoch: number;
      /** True when the leader came from outside the ISR (unclean election). */
      readonly unclean: boolean;
      /** The new leader's log end offset when it took over (-1 when offline): the partition's log now ends here. */
      readonly leaderLogEndOffset: number;
    }
  | {
      readonly type: 'isrChanged';
      readonly isr: readonly number[];
      readonly partitionEpoch: number;
    };

const NEVER = -Infinity;
const UNKNOWN_OFFSET = -1;

/**
 * The replication state of one partition across its replicas: each replica's log (its log end offset and leader
 * epoch entries), the leader's view of its followers, the ISR, the high watermark, and the controller's
 * registration (leader, leader epoch, partition epoch).
 *
 * Records themselves are not here: a replica's log is its length plus its leader epoch entries, which is enough to
 * know which records (offset, epoch) it holds and where logs diverge. The caller keeps record details.
 *
 * Time is the simulated clock in ms. "Never" is -Infinity where Kafka uses 0 on its epoch-ms clock.
 *
 * Simplifications, each chosen so the outcome stays Kafka's:
 * - AlterPartition and metadata propagation are synchronous: an ISR change the leader asks for and a controller
 *   decision take effect in the same call (Kafka: one round trip later).
 * - A broker's process and its registration are tracked per replica: alive (process running), fenced (controller),
 *   in controlled shutdown. Broker epochs are reduced to "has fetched since its leader or its process (re)started".
 * - Eligible Leader Replicas are off (see leaderElection.ts). Log start offset, retention and disk flushes are not
 *   modelled (a killed process keeps its log, as with a process kill on a machine that stays up).
 */
export class ReplicatedPartition {
  /** Broker ids in assignment order; the first is the preferred leader. */
  readonly replicas: readonly number[];
  private readonly config: ReplicationConfig;
  private readonly n: number;

  // The controller's registration.
  private leaderIdx = -1;
  private lastLeaderIdx = -1;
  private epoch = 0;
  private partEpoch = 0;
  private readonly inIsr: Uint8Array;
  private isrCount = 0;

  // Brokers, per replica.
  private readonly alive: Uint8Array;
  private readonly fenced: Uint8Array;
  private readonly shuttingDown: Uint8Array;

  // Each replica's own log.
  private readonly leo: Float64Array;
  private readonly hw: Float64Array;
  private readonly caches: LeaderEpochCache[];

  // The leader's view of each follower (Replica.ReplicaState).
  private readonly fetchOffset: Float64Array;
  private readonly lastFetchLeaderLogEndOffset: Float64Array;
  private readonly lastFetchTimeMs: Float64Array;
  private readonly lastCaughtUpTimeMs: Float64Array;
  /** ReplicaState.brokerEpoch is known and current: the follower fetched since the leader or its process started. */
  private readonly fetchedSinceReset: Uint8Array;
  private leaderEpochStartOffset = 0;

  private events: ReplicationEvent[] = [];
  private readonly isActiveFn = (id: number): boolean => this.isActive(id);

  /**
   * A new partition (CreateTopics): every replica alive and in the ISR, the first replica leads at epoch 0.
   */
  constructor(replicas: readonly number[], config: Partial<ReplicationConfig> = {}, nowMs = 0) {
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
    this.leo = new Float64Array(n);
    this.hw = new Float64Array(n);
    this.caches = [];
    for (let i = 0; i < n; i++) this.caches.push(new LeaderEpochCache());
    this.fetchOffset = new Float64Array(n).fill(UNKNOWN_OFFSET);
    this.lastFetchLeaderLogEndOffset = new Float64Array(n).fill(UNKNOWN_OFFSET);
    this.lastFetchTimeMs = new Float64Array(n).fill(NEVER);
    this.lastCaughtUpTimeMs = new Float64Array(n).fill(NEVER);
    this.fetchedSinceReset = new Uint8Array(n);
    this.makeLeader(0, true, nowMs);
  }

  // ---- Reading the state ---------------------------------------------------------------------------------------

  /** The leader's broker id, or NO_LEADER (-1) when the partition is offline. */
  get leader(): number {
    return this.leaderIdx < 0 ? NO_LEADER : (this.replicas[this.leaderIdx] ?? NO_LEADER);
  }

  get leaderEpoch(): number {
    return this.epoch;
  }

  get partitionEpoch(): number {
    return this.partEpoch;
  }

  /** The ISR, in assignment order (Kafka keeps it as a set). Allocates. */
  get isr(): number[] {
    const out: number[] = [];
    for (let i = 0; i < this.n; i++) if (this.inIsr[i] === 1) out.push(this.replicas[i] ?? -1);
    return out;
  }

  get isrSize(): number {
    return this.isrCount;
  }

  isInSync(brokerId: number): boolean {
    return this.inIsr[this.indexOf(brokerId)] === 1;
  }

  /**
   * The high watermark consumers read up to: the leader's. While offline, the last leader's (no one can read).
   * It can step back when a new leader takes over: the new leader's high watermark is the one it had as a follower,
   * and it only moves forward again once every ISR follower has fetched from it.
   */
  get highWatermark(): number {
    const i = this.leaderIdx >= 0 ? this.leaderIdx : this.lastLeaderIdx;
    return this.hw[i] ?? 0;
  }

  /** The leader's log end offset (the last leader's while offline). */
  get logEndOffset(): number {
    const i = this.leaderIdx >= 0 ? this.leaderIdx : this.lastLeaderIdx;
    return this.leo[i] ?? 0;
  }

  replicaLogEndOffset(brokerId: number): number {
    return this.leo[this.indexOf(brokerId)] ?? 0;
  }

  /** A replica's own high watermark (a follower's is the leader's as of its last fetch, capped by its log). */
  replicaHighWatermark(brokerId: number): number {
    return this.hw[this.indexOf(brokerId)] ?? 0;
  }

  /** What the leader knows of a follower's log end offset (its last fetch offset), -1 when unknown. */
  followerFetchOffset(brokerId: number): number {
    return this.fetchOffset[this.indexOf(brokerId)] ?? UNKNOWN_OFFSET;
  }

  lastCaughtUpTime(brokerId: number): number {
    return this.lastCaughtUpTimeMs[this.indexOf(brokerId)] ?? NEVER;
  }

  /** The (epoch, start offset) entries of a replica's log. Allocates. */
  epochEntries(brokerId: number): [number, number][] {
    return this.cacheOf(this.indexOf(brokerId)).entries();
  }

  /** The leader epoch of the record at `offset` in a replica's log, or -1 when its log does not reach that offset. */
  epochOfOffset(brokerId: number, offset: number): number {
    const i = this.indexOf(brokerId);
    if (offset < 0 || offset >= (this.leo[i] ?? 0)) return UNDEFINED_EPOCH;
    return this.cacheOf(i).epochForOffset(offset);
  }

  /** True when a replica's log holds the record written at `offset` by the leader of `leaderEpoch`. */
  hasRecord(brokerId: number, offset: number, leaderEpoch: number): boolean {
    return leaderEpoch >= 0 && this.epochOfOffset(brokerId, offset) === leaderEpoch;
  }

  /** True when any replica's log, running or not, still holds that record. */
  hasRecordAnywhere(offset: number, leaderEpoch: number): boolean {
    for (const r of this.replicas) if (this.hasRecord(r, offset, leaderEpoch)) return true;
    return false;
  }

  isAlive(brokerId: number): boolean {
    return this.alive[this.indexOf(brokerId)] === 1;
  }

  isFenced(brokerId: number): boolean {
    return this.fenced[this.indexOf(brokerId)] === 1;
  }

  /** No leader (KRaft's OfflinePartitionsCount). */
  get isOffline(): boolean {
    return this.leaderIdx < 0;
  }

  /** Partition.isUnderReplicated: a leader and fewer ISR members than replicas. */
  get isUnderReplicated(): boolean {
    return this.leaderIdx >= 0 && this.isrCount < this.n;
  }

  /** Partition.isUnderMinIsr: a leader and fewer ISR members than the effective min.insync.replicas. */
  get isUnderMinIsr(): boolean {
    return this.leaderIdx >= 0 && this.isrCount < this.effectiveMinIsr();
  }

  /** Partition.isAtMinIsr. */
  get isAtMinIsr(): boolean {
    return this.leaderIdx >= 0 && this.isrCount === this.effectiveMinIsr();
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

  get replicationConfig(): Readonly<ReplicationConfig> {
    return this.config;
  }

  /** Changes topic or broker configs (min.insync.replicas, replica.lag.time.max.ms, unclean.leader.election.enable). */
  updateConfig(config: Partial<ReplicationConfig>): void {
    const next = { ...this.config, ...config };
    validateConfig(next);
    Object.assign(this.config, next);
  }

  /** The events since the last call, oldest first. */
  takeEvents(): ReplicationEvent[] {
    const out = this.events;
    if (out.length > 0) this.events = [];
    return out;
  }

  // ---- The data path (hot: no allocation) ----------------------------------------------------------------------

  /**
   * Partition.appendRecordsToLeader: appends `count` records as one batch on the leader at the current leader epoch.
   * Returns the batch's base offset, or a negative Kafka error code:
   * -LEADER_NOT_AVAILABLE (no leader), -NETWORK_EXCEPTION (the leader's broker is down and not yet fenced),
   * -NOT_ENOUGH_REPLICAS (acks=-1 and the ISR is smaller than the effective min.insync.replicas; nothing written).
   * acks=0 and acks=1 are acknowledged by the append itself; for acks=-1 ask `checkEnoughReplicasReachOffset`.
   */
  appendToLeader(count: number, nowMs: number, acks: 0 | 1 | -1): number {
    if (!(Number.isInteger(count) && count >= 1))
      throw new RangeError(`count must be a positive integer, got ${count}`);
    if (acks !== 0 && acks !== 1 && acks !== -1)
      throw new RangeError(`acks must be 0, 1 or -1, got ${String(acks)}`);
    const l = this.leaderIdx;
    if (l < 0) return -ReplicationError.LEADER_NOT_AVAILABLE;
    if (this.alive[l] !== 1) return -ReplicationError.NETWORK_EXCEPTION;
    // "Avoid writing to leader if there are not enough insync replicas to make it safe"
    if (acks === -1 && this.isrCount < this.effectiveMinIsr()) return -ReplicationError.NOT_ENOUGH_REPLICAS;
    const base = this.leo[l] ?? 0;
    this.leo[l] = base + count;
    // The leader's epoch entry was assigned when it became leader, so the new records carry this epoch.
    // The HW may move at once when the ISR is the leader alone.
    this.maybeIncrementLeaderHW(nowMs);
    return base;
  }

  /**
   * Partition.checkEnoughReplicasReachOffset, as DelayedProduce asks it for an acks=-1 produce whose last offset + 1 is
   * `requiredOffset`, appended at `appendLeaderEpoch`. Returns PRODUCE_ACKNOWLEDGED once the high watermark reaches it
   * (or -NOT_ENOUGH_REPLICAS_AFTER_APPEND if the ISR has meanwhile fallen below min.insync.replicas), PRODUCE_PENDING
   * while waiting, -NOT_LEADER_OR_FOLLOWER once leadership moved (the produce fails; the producer retries), or
   * -NETWORK_EXCEPTION when the leader's broker is down. Request timeouts are the caller's.
   */
  checkEnoughReplicasReachOffset(requiredOffset: number, appendLeaderEpoch: number): number {
    const l = this.leaderIdx;
    if (l < 0 || appendLeaderEpoch !== this.epoch) return -ReplicationError.NOT_LEADER_OR_FOLLOWER;
    if (this.alive[l] !== 1) return -ReplicationError.NETWORK_EXCEPTION;
    if ((this.hw[l] ?? 0) >= requiredOffset) {
      return this.effectiveMinIsr() <= this.isrCount
        ? PRODUCE_ACKNOWLEDGED
        : -ReplicationError.NOT_ENOUGH_REPLICAS_AFTER_APPEND;
    }
    return PRODUCE_PENDING;
  }

  /**
   * One fetch round trip of a follower's replica fetcher: the request carries the follower's log end offset and the
   * latest epoch in its log (KIP-320's lastFetchedEpoch).
   *
   * - If the leader finds the follower's log diverging from its own (Partition.readRecords returns a diverging epoch),
   *   nothing is fetched and the leader records nothing; the follower truncates to where the logs agree
   *   (AbstractFetcherThread.getOffsetTruncationState, KIP-279). A follower that does not know the epoch the leader
   *   answers with truncates to the end of its own older epoch and validates again on the next fetch.
   * - Otherwise the leader records the fetch (Replica.updateFetchStateOrThrow: fetch offset, lastCaughtUpTimeMs),
   *   may add the follower to the ISR (maybeExpandIsr) and advance the high watermark (maybeIncrementLeaderHW), and
   *   the follower appends the records from its log end offset up to min(upToOffset, leader's log end offset), with
   *   their leader epochs, then takes the leader's high watermark (as read before this fetch) capped by its log.
   *
   * The leader learns a follower's new log end offset only from its next fetch, so the high watermark trails the
   * followers' logs by one fetch, as in Kafka. Returns the number of records fetched (0 after a truncation), or a
   * negative error: -REPLICA_NOT_AVAILABLE (the follower's broker is down), -LEADER_NOT_AVAILABLE (no leader),
   * -NETWORK_EXCEPTION (the leader's broker is down). The leader itself does not fetch: 0.
   */
  followerFetch(brokerId: number, upToOffset: number, nowMs: number): number {
    if (Number.isNaN(upToOffset))
      throw new RangeError('upToOffset must be a number (Infinity for everything)');
    const f = this.indexOf(brokerId);
    if (this.alive[f] !== 1) return -ReplicationError.REPLICA_NOT_AVAILABLE;
    const l = this.leaderIdx;
    if (l < 0) return -ReplicationError.LEADER_NOT_AVAILABLE;
    if (f === l) return 0;
    if (this.alive[l] !== 1) return -ReplicationError.NETWORK_EXCEPTION;
    const leaderCache = this.cacheOf(l);
    const followerCache = this.cacheOf(f);
    const leaderLeo = this.leo[l] ?? 0;
    const fetchOffset = this.leo[f] ?? 0;

    const lastFetchedEpoch = followerCache.latestEpoch();
    if (lastFetchedEpoch !== UNDEFINED_EPOCH) {
      leaderCache.endOffsetFor(lastFetchedEpoch, leaderLeo);
      const epochEnd = leaderCache.foundOffset;
      const epochFound = leaderCache.foundEpoch;
      if (epochEnd === UNDEFINED_EPOCH_OFFSET || epochFound === UNDEFINED_EPOCH) {
        // OffsetOutOfRange; fetchOffsetAndTruncate: a follower ahead of the leader cuts back to the leader's end.
        if (leaderLeo < fetchOffset) this.truncateTo(f, leaderLeo);
        return 0;
      }
      if (epochFound < lastFetchedEpoch || epochEnd < fetchOffset) {
        this.truncateOnDivergence(f, epochFound, epochEnd);
        return 0;
      }
    } else if (fetchOffset > leaderLeo) {
      this.truncateTo(f, leaderLeo);
      return 0;
    }

    // Partition.readRecords notes the leader's HW and LEO before the fetch state changes.
    const leaderHwAtRead = this.hw[l] ?? 0;
    this.updateFollowerFetchState(f, fetchOffset, nowMs, leaderLeo);

    let end = upToOffset < leaderLeo ? upToOffset : leaderLeo;
    if (end < fetchOffset) end = fetchOffset;
    if (end > fetchOffset) this.copyRecords(l, f, fetchOffset, end);
    const followerLeo = this.leo[f] ?? 0;
    this.hw[f] = leaderHwAtRead < followerLeo ? leaderHwAtRead : followerLeo;
    return end - fetchOffset;
  }

  /**
   * Partition.maybeShrinkIsr, which the leader's broker runs every replica.lag.time.max.ms / 2: followers whose
   * lastCaughtUpTimeMs is more than replica.lag.time.max.ms old (and whose log end offset differs from the leader's)
   * leave the ISR through AlterPartition; the high watermark may then advance. Returns how many left.
   */
  maybeShrinkIsr(nowMs: number): number {
    const l = this.leaderIdx;
    if (l < 0 || this.alive[l] !== 1) return 0;
    const leaderLeo = this.leo[l] ?? 0;
    let outOfSync = 0;
    for (let i = 0; i < this.n; i++) {
      if (i !== l && this.inIsr[i] === 1 && !this.isCaughtUp(i, leaderLeo, nowMs)) outOfSync++;
    }
    if (outOfSync === 0) return 0;
    const newIsr: number[] = [];
    for (let i = 0; i < this.n; i++) {
      if (this.inIsr[i] === 1 && (i === l || this.isCaughtUp(i, leaderLeo, nowMs)))
        newIsr.push(this.replicas[i] ?? -1);
    }
    const before = this.isrCount;
    this.alterPartition(newIsr, nowMs);
    return before - this.isrCount;
  }

  /**
   * Partition.maybeExpandIsr, which the leader runs on every follower fetch (followerFetch already calls it): a
   * follower outside the ISR joins when the offset it last fetched from is at least the high watermark and at least
   * the offset where the current leader epoch began, and its broker is eligible (unfenced, not shutting down, and
   * fetching since its leader or its process started). Returns true when it joined.
   */
  maybeExpandIsr(brokerId: number, nowMs: number): boolean {
    const i = this.indexOf(brokerId);
    const l = this.leaderIdx;
    if (l < 0 || i === l || this.alive[l] !== 1 || this.inIsr[i] === 1) return false;
    if (!this.isReplicaIsrEligible(i)) return false;
    const followerEnd = this.fetchOffset[i] ?? UNKNOWN_OFFSET;
    if (followerEnd < (this.hw[l] ?? 0) || followerEnd < this.leaderEpochStartOffset) return false;
    const newIsr: number[] = [];
    for (let k = 0; k < this.n; k++) if (this.inIsr[k] === 1 || k === i) newIsr.push(this.replicas[k] ?? -1);
    this.alterPartition(newIsr, nowMs);
    return this.inIsr[i] === 1;
  }

  // ---- Brokers and the controller ------------------------------------------------------------------------------

  /**
   * The broker's process stops (a crash or kill). Its log stays on disk. The controller does not know yet: a
   * leader here stays leader (producers get -NETWORK_EXCEPTION) and a follower stays in the ISR until it is fenced
   * (`brokerFenced`, after broker.session.timeout.ms, 9000 ms by default) or the leader drops it for lagging.
   */
  brokerStopped(brokerId: number): void {
    this.alive[this.indexOf(brokerId)] = 0;
  }

  /**
   * The controller fences the broker (its heartbeats stopped for broker.session.timeout.ms): it leaves the ISR at
   * once and, if it led, the controller elects another leader (clean, or unclean when the topic enables it).
   * A broker fenced while still running (cut off from the controller) keeps fetching as a follower but cannot rejoin
   * the ISR until `brokerRestarted` (no zombie leader is modelled: the new leader takes the writes at once).
   */
  brokerFenced(brokerId: number, nowMs: number): void {
    const i = this.indexOf(brokerId);
    if (this.fenced[i] === 1) return;
    this.fenced[i] = 1;
    this.applyChange(onBrokerFenced(this.registration(), brokerId, this.isActiveFn, this.unclean()), nowMs);
  }

  /** A crash the controller has already noticed: `brokerStopped` then `brokerFenced`. */
  brokerFailed(brokerId: number, nowMs: number): void {
    this.brokerStopped(brokerId);
    this.brokerFenced(brokerId, nowMs);
  }

  /**
   * The broker's process starts again with its log as it was, registers and is unfenced. Its old registration is
   * fenced first if it was not yet (KRaft refuses a new incarnation while the old session is valid). If the
   * partition had no leader, the controller elects (this broker, when it is the ISR member the partition waited for).
   * As a follower it truncates on its first fetches to where its log agrees with the leader's, then catches up and
   * rejoins the ISR.
   */
  brokerRestarted(brokerId: number, nowMs: number): void {
    const i = this.indexOf(brokerId);
    if (this.alive[i] === 1 && this.fenced[i] === 0) return;
    if (this.fenced[i] === 0) this.brokerFenced(brokerId, nowMs);
    this.alive[i] = 1;
    this.shuttingDown[i] = 0;
    this.fetchedSinceReset[i] = 0;
    this.fenced[i] = 0;
    this.applyChange(onBrokerUnfenced(this.registration(), brokerId, this.isActiveFn, this.unclean()), nowMs);
  }

  /**
   * A controlled shutdown: the controller moves leadership off the broker and removes it from the ISR while it still
   * runs (handleBrokerInControlledShutdown), then the broker exits and is fenced. If it was the last ISR member the
   * partition goes offline. Records it had that the new leader lacks are truncated when it comes back.
   */
  controlledShutdown(brokerId: number, nowMs: number): void {
    const i = this.indexOf(brokerId);
    if (this.alive[i] !== 1) return;
    this.shuttingDown[i] = 1;
    this.applyChange(
      onBrokerControlledShutdown(this.registration(), brokerId, this.isActiveFn, this.unclean()),
      nowMs,
    );
    this.brokerStopped(brokerId);
    this.brokerFenced(brokerId, nowMs);
  }

  /**
   * Preferred leader election (kafka-leader-election --election-type PREFERRED, or auto.leader.rebalance.enable):
   * returns a Kafka error code: NONE (0) when leadership moved to the first assigned replica, ELECTION_NOT_NEEDED (84)
   * when it already leads, PREFERRED_LEADER_NOT_AVAILABLE (80) when it is down or out of the ISR.
   */
  electPreferredLeader(nowMs: number): number {
    const reply = electPreferredLeader(this.registration(), this.isActiveFn);
    this.applyChange(reply.change, nowMs);
    return reply.error;
  }

  /**
   * Unclean leader election for a leaderless partition (kafka-leader-election --election-type UNCLEAN, or the
   * controller's periodic trigger once unclean.leader.election.enable is set): NONE (0), ELECTION_NOT_NEEDED (84) when
   * there is a leader, ELIGIBLE_LEADERS_NOT_AVAILABLE (83) when no replica is up.
   */
  electUncleanLeader(nowMs: number): number {
    const reply = electUncleanLeader(this.registration(), this.isActiveFn);
    this.applyChange(reply.change, nowMs);
    return reply.error;
  }

  // ---- Internals -----------------------------------------------------------------------------------------------

  private indexOf(brokerId: number): number {
    const i = this.replicas.indexOf(brokerId);
    if (i < 0) throw new RangeError(`broker ${brokerId} is not a replica of this partition`);
    return i;
  }

  private cacheOf(i: number): LeaderEpochCache {
    const c = this.caches[i];
    if (c === undefined) throw new RangeError(`no replica at index ${i}`);
    return c;
  }

  private unclean(): boolean {
    return this.config.uncleanLeaderElectionEnable;
  }

  /** ClusterControlManager.isActive: registered, unfenced, not in controlled shutdown. */
  private isActive(brokerId: number): boolean {
    const i = this.replicas.indexOf(brokerId);
    return i >= 0 && this.fenced[i] === 0 && this.shuttingDown[i] === 0;
  }

  /** Partition.effectiveMinIsr: min.insync.replicas capped by the replication factor (Kafka 3.7+). */
  private effectiveMinIsr(): number {
    return this.config.minInsyncReplicas < this.n ? this.config.minInsyncReplicas : this.n;
  }

  /** ReplicaState.isCaughtUp. */
  private isCaughtUp(i: number, leaderEndOffset: number, nowMs: number): boolean {
    return (
      leaderEndOffset === this.fetchOffset[i] ||
      nowMs - (this.lastCaughtUpTimeMs[i] ?? NEVER) <= this.config.replicaLagTimeMaxMs
    );
  }

  /** Partition.isReplicaIsrEligible (KRaft): not fenced, not shutting down, broker epoch current. */
  private isReplicaIsrEligible(i: number): boolean {
    return this.fenced[i] === 0 && this.shuttingDown[i] === 0 && this.fetchedSinceReset[i] === 1;
  }

  /**
   * Partition.maybeIncrementLeaderHW. Not while the ISR is below the effective min.insync.replicas (the "strict min
   * ISR" rule, KAFKA-15583, Kafka 3.7+). Otherwise the HW becomes the smallest log end offset, as last fetched, over
   * the ISR and over followers caught up enough to join it (so a follower about to join is not left behind), and
   * only ever moves forward on this leader.
   */
  private maybeIncrementLeaderHW(nowMs: number): boolean {
    const l = this.leaderIdx;
    if (l < 0 || this.isrCount < this.effectiveMinIsr()) return false;
    const leaderLeo = this.leo[l] ?? 0;
    let newHw = leaderLeo;
    for (let i = 0; i < this.n; i++) {
      if (i === l) continue;
      const known = this.fetchOffset[i] ?? UNKNOWN_OFFSET;
      if (
        known < newHw &&
        (this.inIsr[i] === 1 || (this.isCaughtUp(i, leaderLeo, nowMs) && this.isReplicaIsrEligible(i)))
      ) {
        newHw = known;
      }
    }
    if (newHw > (this.hw[l] ?? 0)) {
      this.hw[l] = newHw;
      return true;
    }
    return false;
  }

  /** Partition.updateFollowerFetchState and Replica.updateFetchStateOrThrow, then maybeExpandIsr and the HW. */
  private updateFollowerFetchState(
    i: number,
    fetchOffset: number,
    nowMs: number,
    leaderEndOffset: number,
  ): void {
    const prevFetchOffset = this.fetchOffset[i] ?? UNKNOWN_OFFSET;
    const lastCaughtUp = this.lastCaughtUpTimeMs[i] ?? NEVER;
    // lastCaughtUpTimeMs: the latest time t such that this fetch reached the leader's LEO at t: now if it reached
    // the leader's current LEO, else the previous fetch time if it reached the LEO the leader had then.
    if (fetchOffset >= leaderEndOffset) {
      this.lastCaughtUpTimeMs[i] = nowMs > lastCaughtUp ? nowMs : lastCaughtUp;
    } else if (fetchOffset >= (this.lastFetchLeaderLogEndOffset[i] ?? UNKNOWN_OFFSET)) {
      const prevFetchTime = this.lastFetchTimeMs[i] ?? NEVER;
      this.lastCaughtUpTimeMs[i] = prevFetchTime > lastCaughtUp ? prevFetchTime : lastCaughtUp;
    }
    const prevLeaderEnd = this.lastFetchLeaderLogEndOffset[i] ?? UNKNOWN_OFFSET;
    this.lastFetchLeaderLogEndOffset[i] = leaderEndOffset > prevLeaderEnd ? leaderEndOffset : prevLeaderEnd;
    this.lastFetchTimeMs[i] = nowMs;
    this.fetchOffset[i] = fetchOffset;
    this.fetchedSinceReset[i] = 1;

    this.maybeExpandIsr(this.replicas[i] ?? -1, nowMs);
    if (prevFetchOffset !== fetchOffset) this.maybeIncrementLeaderHW(nowMs);
  }

  /** Appends the leader's records [from, to) to follower f, with their epochs (UnifiedLog.appendAsFollower). */
  private copyRecords(l: number, f: number, from: number, to: number): void {
    const leaderCache = this.cacheOf(l);
    const followerCache = this.cacheOf(f);
    let k = leaderCache.indexForOffset(from);
    if (k < 0) k = 0;
    for (; k < leaderCache.size; k++) {
      const start = leaderCache.startOffsetAt(k);
      if (start >= to) break;
      // Each batch assigns its epoch at its base offset; only epochs that have records in [from, to) reach the follower.
      const next = k + 1 < leaderCache.size ? leaderCache.startOffsetAt(k + 1) : Infinity;
      const lo = start > from ? start : from;
      const hi = next < to ? next : to;
      if (lo < hi) followerCache.assign(leaderCache.epochAt(k), lo);
    }
    this.leo[f] = to;
  }

  /** AbstractFetcherThread.getOffsetTruncationState for a diverging epoch (epoch, endOffset) from the leader. */
  private truncateOnDivergence(f: number, leaderEpoch: number, leaderEndOffset: number): void {
    const cache = this.cacheOf(f);
    const replicaEnd = this.leo[f] ?? 0;
    cache.endOffsetFor(leaderEpoch, replicaEnd);
    let target: number;
    if (cache.foundOffset === UNDEFINED_EPOCH_OFFSET) {
      // The follower tracks no epoch that old: the leader's offset is safe.
      target = Math.min(leaderEndOffset, replicaEnd);
    } else if (cache.foundEpoch !== leaderEpoch) {
      // The follower does not know the leader's epoch: cut to the end of its own largest older epoch and ask again.
      target = Math.min(cache.foundOffset, replicaEnd);
    } else {
      target = Math.min(cache.foundOffset, leaderEndOffset, replicaEnd);
    }
    this.truncateTo(f, target);
  }

  /** UnifiedLog.truncateTo: cut the log, its epoch entries and its high watermark. */
  private truncateTo(f: number, offset: number): void {
    const end = this.leo[f] ?? 0;
    const cache = this.cacheOf(f);
    if (offset >= end) {
      // Still drop an epoch entry with no records after it (a leader that wrote nothing in its epoch).
      cache.truncateFromEnd(end);
      return;
    }
    this.events.push({
      type: 'truncated',
      brokerId: this.replicas[f] ?? -1,
      fromOffset: offset,
      toOffset: end,
    });
    this.leo[f] = offset;
    cache.truncateFromEnd(offset);
    if ((this.hw[f] ?? 0) > offset) this.hw[f] = offset;
  }

  /** The leader asks the controller for a new ISR; the answer applies at once. */
  private alterPartition(newIsr: readonly number[], nowMs: number): void {
    const reply = onAlterPartition(
      this.registration(),
      this.leader,
      this.epoch,
      newIsr,
      this.isActiveFn,
      this.unclean(),
    );
    this.applyChange(reply.change, nowMs);
  }

  /** The brokers receive the new registration: Partition.makeLeader / makeFollower / an ISR update. */
  private applyChange(change: PartitionChange | null, nowMs: number): void {
    if (change === null) return;
    const next = change.next;
    const prevLeaderIdx = this.leaderIdx;
    let isrChanged = false;
    for (let i = 0; i < this.n; i++) {
      const member = next.isr.includes(this.replicas[i] ?? -1) ? 1 : 0;
      if (member !== this.inIsr[i]) isrChanged = true;
      this.inIsr[i] = member;
    }
    this.isrCount = next.isr.length;
    this.partEpoch = next.partitionEpoch;
    if (next.leaderEpoch !== this.epoch) {
      this.epoch = next.leaderEpoch;
      const newLeaderIdx = next.leader === NO_LEADER ? -1 : this.replicas.indexOf(next.leader);
      if (newLeaderIdx >= 0) {
        // A broker that was not leading (a follower, or leaderless in between) starts afresh as leader.
        this.makeLeader(newLeaderIdx, newLeaderIdx !== prevLeaderIdx, nowMs);
      } else {
        this.leaderIdx = -1;
      }
      this.events.push({
        type: 'leaderChanged',
        leader: next.leader,
        previousLeader: prevLeaderIdx < 0 ? NO_LEADER : (this.replicas[prevLeaderIdx] ?? NO_LEADER),
        leaderEpoch: this.epoch,
        unclean: change.unclean,
        leaderLogEndOffset: newLeaderIdx >= 0 ? (this.leo[newLeaderIdx] ?? 0) : UNKNOWN_OFFSET,
      });
    } else {
      // handleAlterPartitionUpdate / an ISR-only metadata update: the HW may now advance.
      this.maybeIncrementLeaderHW(nowMs);
    }
    if (isrChanged) this.events.push({ type: 'isrChanged', isr: this.isr, partitionEpoch: this.partEpoch });
  }

  /** Partition.makeLeader for a new leader epoch. */
  private makeLeader(l: number, isNewLeader: boolean, nowMs: number): void {
    this.leaderIdx = l;
    this.lastLeaderIdx = l;
    const startOffset = this.leo[l] ?? 0;
    // maybeAssignEpochStartOffset: followers with entries from a later epoch than any this log has can still
    // find where to truncate.
    this.cacheOf(l).assign(this.epoch, startOffset);
    for (let i = 0; i < this.n; i++) {
      if (i !== l) this.resetReplicaState(i, nowMs, startOffset, isNewLeader, this.inIsr[i] === 1);
    }
    this.leaderEpochStartOffset = startOffset;
    this.maybeIncrementLeaderHW(nowMs);
  }

  /** Replica.resetReplicaState. */
  private resetReplicaState(
    i: number,
    nowMs: number,
    leaderEndOffset: number,
    isNewLeader: boolean,
    isFollowerInSync: boolean,
  ): void {
    // In-sync followers count as caught up now; the others as never, so they do not hold the HW back.
    this.lastCaughtUpTimeMs[i] = isFollowerInSync ? nowMs : NEVER;
    if (isNewLeader) {
      this.fetchOffset[i] = UNKNOWN_OFFSET;
      this.lastFetchLeaderLogEndOffset[i] = UNKNOWN_OFFSET;
      this.lastFetchTimeMs[i] = NEVER;
      this.fetchedSinceReset[i] = 0;
    } else {
      this.lastFetchLeaderLogEndOffset[i] = leaderEndOffset;
      this.lastFetchTimeMs[i] = isFollowerInSync ? nowMs : NEVER;
    }
  }
}

function validateConfig(c: ReplicationConfig): void {
  if (!(Number.isInteger(c.minInsyncReplicas) && c.minInsyncReplicas >= 1)) {
    throw new RangeError(`minInsyncReplicas must be an integer >= 1, got ${c.minInsyncReplicas}`);
  }
  if (!(c.replicaLagTimeMaxMs >= 0)) {
    throw new RangeError(`replicaLagTimeMaxMs must be >= 0, got ${c.replicaLagTimeMaxMs}`);
  }
}
