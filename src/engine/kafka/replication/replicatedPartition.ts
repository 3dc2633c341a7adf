// Follows Kafka's Partition and Replica (core/cluster), the follower's fetch with truncation by leader epoch (AbstractFetcherThread, KIP-101/279/320) and KRaft's controller reactions (leaderElection.ts), Kafka 4.0.

import {
  onBrokerControlledShutdown,
  onBrokerFenced,
  onBrokerUnfenced,
  electPreferredLeader,
  electUncleanLeader,
} from './leaderElection';
import { updateFetchState } from './followerFetchState';
import { copyRecords, truncateIfDiverging } from './followerLog';
import { checkEnoughReplicasReachOffset, maybeIncrementLeaderHW } from './highWatermark';
import { maybeExpandIsr, maybeShrinkIsr } from './isrChanges';
import { applyChange, makeLeader } from './leaderAndIsr';
import { PartitionState, UNKNOWN_OFFSET } from './partitionState';
import { validateConfig, type ReplicationConfig } from './replicationConfig';
import { ReplicationError } from './replicationErrors';
import { ReplicatedPartitionView } from './replicatedPartitionView';
import { appendToZombie, isolate, isZombie, leadsUnawares, reconnect } from './zombieLeader';

export { ReplicationError, PRODUCE_PENDING, PRODUCE_ACKNOWLEDGED } from './replicationErrors';
export {
  DEFAULT_REPLICA_LAG_TIME_MAX_MS,
  DEFAULT_REPLICATION_CONFIG,
  type ReplicationConfig,
} from './replicationConfig';
export type { ReplicationEvent } from './replicationEvents';

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
export class ReplicatedPartition extends ReplicatedPartitionView {
  /**
   * A new partition (CreateTopics): every replica alive and in the ISR, the first replica leads at epoch 0.
   */
  constructor(replicas: readonly number[], config: Partial<ReplicationConfig> = {}, nowMs = 0) {
    super(new PartitionState(replicas, config));
    makeLeader(this.s, 0, true, nowMs);
  }

  /** Changes topic or broker configs (min.insync.replicas, replica.lag.time.max.ms, unclean.leader.election.enable). */
  updateConfig(config: Partial<ReplicationConfig>): void {
    const next = { ...this.s.config, ...config };
    validateConfig(next);
    Object.assign(this.s.config, next);
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
    const s = this.s;
    const l = s.leaderIdx;
    if (l < 0) return -ReplicationError.LEADER_NOT_AVAILABLE;
    if (s.alive[l] !== 1) return -ReplicationError.NETWORK_EXCEPTION;
    if (leadsUnawares(s, l)) return -ReplicationError.NOT_LEADER_OR_FOLLOWER;
    // "Avoid writing to leader if there are not enough insync replicas to make it safe"
    if (acks === -1 && s.isrCount < s.effectiveMinIsr()) return -ReplicationError.NOT_ENOUGH_REPLICAS;
    const base = s.leo[l] ?? 0;
    s.leo[l] = base + count;
    // The leader's epoch entry was assigned when it became leader, so the new records carry this epoch.
    // The HW may move at once when the ISR is the leader alone.
    maybeIncrementLeaderHW(s, nowMs);
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
    return checkEnoughReplicasReachOffset(this.s, requiredOffset, appendLeaderEpoch);
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
    const s = this.s;
    const f = s.indexOf(brokerId);
    if (s.alive[f] !== 1) return -ReplicationError.REPLICA_NOT_AVAILABLE;
    const l = s.leaderIdx;
    if (l < 0) return -ReplicationError.LEADER_NOT_AVAILABLE;
    if (f === l) return 0;
    if (s.alive[l] !== 1) return -ReplicationError.NETWORK_EXCEPTION;
    const leaderLeo = s.leo[l] ?? 0;
    const fetchOffset = s.leo[f] ?? 0;
    if (truncateIfDiverging(s, f, l, leaderLeo, fetchOffset)) return 0;

    // Partition.readRecords notes the leader's HW and LEO before the fetch state changes.
    const leaderHwAtRead = s.hw[l] ?? 0;
    // Partition.updateFollowerFetchState, then maybeExpandIsr and the HW.
    const prevFetchOffset = s.fetchOffset[f] ?? UNKNOWN_OFFSET;
    updateFetchState(s, f, fetchOffset, nowMs, leaderLeo);
    maybeExpandIsr(s, f, nowMs);
    if (prevFetchOffset !== fetchOffset) maybeIncrementLeaderHW(s, nowMs);

    let end = upToOffset < leaderLeo ? upToOffset : leaderLeo;
    if (end < fetchOffset) end = fetchOffset;
    if (end > fetchOffset) copyRecords(s, l, f, fetchOffset, end);
    const followerLeo = s.leo[f] ?? 0;
    s.hw[f] = leaderHwAtRead < followerLeo ? leaderHwAtRead : followerLeo;
    return end - fetchOffset;
  }

  /**
   * More of a fetch response reaches the follower (a response larger than its link can carry at once arrives over
   * time): it appends the leader's records from its log end offset up to min(upToOffset, leader's log end offset),
   * with their leader epochs, and takes the high watermark the response carries (`leaderHighWatermark`, the leader's
   * when it was asked) capped by its log. The leader learnt of the fetch when it was asked (`followerFetch`); nothing
   * is recorded at the leader now. The caller drops a response whose leader epoch has passed. Returns the records
   * appended.
   */
  followerReceive(brokerId: number, upToOffset: number, leaderHighWatermark: number): number {
    const s = this.s;
    const f = s.indexOf(brokerId);
    const l = s.leaderIdx;
    if (l < 0 || f === l || s.alive[f] !== 1 || s.alive[l] !== 1) return 0;
    const from = s.leo[f] ?? 0;
    const leaderLeo = s.leo[l] ?? 0;
    const end = upToOffset < leaderLeo ? upToOffset : leaderLeo;
    if (end <= from) return 0;
    copyRecords(s, l, f, from, end);
    s.hw[f] = leaderHighWatermark < end ? leaderHighWatermark : end;
    return end - from;
  }

  /**
   * Partition.maybeShrinkIsr, which the leader's broker runs every replica.lag.time.max.ms / 2: followers whose
   * lastCaughtUpTimeMs is more than replica.lag.time.max.ms old (and whose log end offset differs from the leader's)
   * leave the ISR through AlterPartition; the high watermark may then advance. Returns how many left.
   */
  maybeShrinkIsr(nowMs: number): number {
    return maybeShrinkIsr(this.s, nowMs);
  }

  /**
   * Partition.maybeExpandIsr, which the leader runs on every follower fetch (followerFetch already calls it): a
   * follower outside the ISR joins when the offset it last fetched from is at least the high watermark and at least
   * the offset where the current leader epoch began, and its broker is eligible (unfenced, not shutting down, and
   * fetching since its leader or its process started). Returns true when it joined.
   */
  maybeExpandIsr(brokerId: number, nowMs: number): boolean {
    return maybeExpandIsr(this.s, this.s.indexOf(brokerId), nowMs);
  }

  // ---- Brokers and the controller ------------------------------------------------------------------------------

  /**
   * The broker's process stops (a crash or kill). Its log stays on disk. The controller does not know yet: a
   * leader here stays leader (producers get -NETWORK_EXCEPTION) and a follower stays in the ISR until it is fenced
   * (`brokerFenced`, after broker.session.timeout.ms, 9000 ms by default) or the leader drops it for lagging.
   */
  brokerStopped(brokerId: number): void {
    const i = this.s.indexOf(brokerId);
    this.s.alive[i] = 0;
    // A zombie's belief that it leads dies with its process.
    this.s.zombieEpoch[i] = -1;
  }

  /**
   * The broker is cut off from the controller and the other brokers; clients still reach it. Its followers stop
   * fetching from it and it from its leaders (the caller's fetch loop skips it), a leader here cannot change its ISR
   * (no AlterPartition), and once the controller fences it (`brokerFenced`) and elects another leader it goes on
   * leading at its old epoch: a zombie leader (`appendToZombie`).
   */
  brokerIsolated(brokerId: number): void {
    isolate(this.s, this.s.indexOf(brokerId));
  }

  /**
   * The broker reaches the controller again and learns the current registration: a zombie becomes a follower and
   * truncates to the leader's log on its first fetch (by leader epoch); a fenced broker is unfenced
   * (BrokerHeartbeatManager: its heartbeats are answered again) and elected where the partition had no leader.
   */
  brokerReconnected(brokerId: number, nowMs: number): void {
    const i = this.s.indexOf(brokerId);
    if (!reconnect(this.s, i) || this.s.alive[i] !== 1 || this.s.fenced[i] !== 1) return;
    this.unfence(i, brokerId, nowMs);
  }

  /** The controller answers the broker's heartbeats again: it is elected where the partition had no leader. */
  private unfence(i: number, brokerId: number, nowMs: number): void {
    this.s.fetchedSinceReset[i] = 0;
    this.s.fenced[i] = 0;
    applyChange(
      this.s,
      onBrokerUnfenced(this.s.registration(), brokerId, this.s.isActiveFn, this.s.unclean()),
      nowMs,
    );
  }

  /** The broker is cut off and still leads here at an epoch the controller has left behind. */
  isZombie(brokerId: number): boolean {
    return isZombie(this.s, this.s.indexOf(brokerId));
  }

  /** The leader epoch a zombie replica still leads at, -1 when it does not. */
  zombieEpochOf(brokerId: number): number {
    const i = this.s.indexOf(brokerId);
    return isZombie(this.s, i) ? this.s.zombieEpoch[i]! : -1;
  }

  /**
   * A producer that has not yet learnt of the new leader writes to the zombie at position `z` of `replicas`: see
   * zombieLeader.appendToZombie. Returns the base offset in the zombie's log or a negative Kafka error.
   */
  appendToZombie(z: number, count: number, acks: 0 | 1 | -1): number {
    return appendToZombie(this.s, z, count, acks);
  }

  /**
   * The controller fences the broker (its heartbeats stopped for broker.session.timeout.ms): it leaves the ISR at
   * once and, if it led, the controller elects another leader (clean, or unclean when the topic enables it).
   * A broker fenced while still running is cut off from the controller (`brokerIsolated`): if it led, it goes on
   * leading at its old epoch (a zombie) until `brokerReconnected`.
   */
  brokerFenced(brokerId: number, nowMs: number): void {
    const i = this.s.indexOf(brokerId);
    if (this.s.fenced[i] === 1) return;
    this.s.fenced[i] = 1;
    applyChange(
      this.s,
      onBrokerFenced(this.s.registration(), brokerId, this.s.isActiveFn, this.s.unclean()),
      nowMs,
    );
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
    const i = this.s.indexOf(brokerId);
    if (this.s.alive[i] === 1 && this.s.fenced[i] === 0) return;
    if (this.s.fenced[i] === 0) this.brokerFenced(brokerId, nowMs);
    // A restarted process registers afresh, so it is no longer cut off.
    reconnect(this.s, i);
    this.s.alive[i] = 1;
    this.s.shuttingDown[i] = 0;
    this.unfence(i, brokerId, nowMs);
  }

  /**
   * A controlled shutdown: the controller moves leadership off the broker and removes it from the ISR while it still
   * runs (handleBrokerInControlledShutdown), then the broker exits and is fenced. If it was the last ISR member the
   * partition goes offline. Records it had that the new leader lacks are truncated when it comes back.
   */
  controlledShutdown(brokerId: number, nowMs: number): void {
    const i = this.s.indexOf(brokerId);
    if (this.s.alive[i] !== 1) return;
    this.s.shuttingDown[i] = 1;
    applyChange(
      this.s,
      onBrokerControlledShutdown(this.s.registration(), brokerId, this.s.isActiveFn, this.s.unclean()),
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
    const reply = electPreferredLeader(this.s.registration(), this.s.isActiveFn);
    applyChange(this.s, reply.change, nowMs);
    return reply.error;
  }

  /**
   * Unclean leader election for a leaderless partition (kafka-leader-election --election-type UNCLEAN, or the
   * controller's periodic trigger once unclean.leader.election.enable is set): NONE (0), ELECTION_NOT_NEEDED (84) when
   * there is a leader, ELIGIBLE_LEADERS_NOT_AVAILABLE (83) when no replica is up.
   */
  electUncleanLeader(nowMs: number): number {
    const reply = electUncleanLeader(this.s.registration(), this.s.isActiveFn);
    applyChange(this.s, reply.change, nowMs);
    return reply.error;
  }
}
