// Follows the read side of Kafka's Partition (core/cluster): leader, ISR, high watermark, the replicas' logs and the under-replicated / min-ISR metrics.

import { type PartitionRegistration } from './leaderElection';
import { UNDEFINED_EPOCH } from './leaderEpochCache';
import { NEVER, UNKNOWN_OFFSET, type PartitionState } from './partitionState';
import type { ReplicationConfig } from './replicationConfig';
import type { ReplicationEvent } from './replicationEvents';

/** What a ReplicatedPartition lets callers read; ReplicatedPartition adds the operations that change it. */
export abstract class ReplicatedPartitionView {
  /** Broker ids in assignment order; the first is the preferred leader. */
  readonly replicas: readonly number[];
  protected readonly s: PartitionState;

  protected constructor(s: PartitionState) {
    this.s = s;
    this.replicas = s.replicas;
  }

  /** The leader's broker id, or NO_LEADER (-1) when the partition is offline. */
  get leader(): number {
    return this.s.leader;
  }

  get leaderEpoch(): number {
    return this.s.epoch;
  }

  get partitionEpoch(): number {
    return this.s.partEpoch;
  }

  /** The ISR, in assignment order (Kafka keeps it as a set). Allocates. */
  get isr(): number[] {
    return this.s.isr;
  }

  get isrSize(): number {
    return this.s.isrCount;
  }

  isInSync(brokerId: number): boolean {
    return this.s.inIsr[this.s.indexOf(brokerId)] === 1;
  }

  /**
   * The high watermark consumers read up to: the leader's. While offline, the last leader's (no one can read).
   * It can step back when a new leader takes over: the new leader's high watermark is the one it had as a follower,
   * and it only moves forward again once every ISR follower has fetched from it.
   */
  get highWatermark(): number {
    const i = this.s.leaderIdx >= 0 ? this.s.leaderIdx : this.s.lastLeaderIdx;
    return this.s.hw[i] ?? 0;
  }

  /** The leader's log end offset (the last leader's while offline). */
  get logEndOffset(): number {
    const i = this.s.leaderIdx >= 0 ? this.s.leaderIdx : this.s.lastLeaderIdx;
    return this.s.leo[i] ?? 0;
  }

  /** The leader's position in `replicas`, or -1 while offline. */
  get leaderIndex(): number {
    return this.s.leaderIdx;
  }

  /** The log end offset of the replica at position `i` of `replicas` (no lookup: for per-tick loops). */
  logEndOffsetAt(i: number): number {
    return this.s.leo[i] ?? 0;
  }

  /** What the leader knows of the follower at position `i`: its last fetch offset, -1 when unknown. */
  fetchOffsetAt(i: number): number {
    return this.s.fetchOffset[i] ?? UNKNOWN_OFFSET;
  }

  replicaLogEndOffset(brokerId: number): number {
    return this.s.leo[this.s.indexOf(brokerId)] ?? 0;
  }

  /** A replica's own high watermark (a follower's is the leader's as of its last fetch, capped by its log). */
  replicaHighWatermark(brokerId: number): number {
    return this.s.hw[this.s.indexOf(brokerId)] ?? 0;
  }

  /** What the leader knows of a follower's log end offset (its last fetch offset), -1 when unknown. */
  followerFetchOffset(brokerId: number): number {
    return this.s.fetchOffset[this.s.indexOf(brokerId)] ?? UNKNOWN_OFFSET;
  }

  lastCaughtUpTime(brokerId: number): number {
    return this.s.lastCaughtUpTimeMs[this.s.indexOf(brokerId)] ?? NEVER;
  }

  /** The (epoch, start offset) entries of a replica's log. Allocates. */
  epochEntries(brokerId: number): [number, number][] {
    return this.s.cacheOf(this.s.indexOf(brokerId)).entries();
  }

  /**
   * A replica's last truncation: the offset it cut its log back to where it diverged from the leader's, its log end
   * offset before the cut and the latest leader epoch it kept; null when it never truncated.
   */
  lastTruncation(brokerId: number): { offset: number; fromOffset: number; epoch: number } | null {
    const s = this.s;
    const i = s.indexOf(brokerId);
    const offset = s.truncatedTo[i] ?? -1;
    if (offset < 0) return null;
    return { offset, fromOffset: s.truncatedFrom[i] ?? -1, epoch: s.truncatedEpoch[i] ?? -1 };
  }

  /** The leader epoch of the record at `offset` in a replica's log, or -1 when its log does not reach that offset. */
  epochOfOffset(brokerId: number, offset: number): number {
    const i = this.s.indexOf(brokerId);
    if (offset < 0 || offset >= (this.s.leo[i] ?? 0)) return UNDEFINED_EPOCH;
    return this.s.cacheOf(i).epochForOffset(offset);
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
    return this.s.alive[this.s.indexOf(brokerId)] === 1;
  }

  isFenced(brokerId: number): boolean {
    return this.s.fenced[this.s.indexOf(brokerId)] === 1;
  }

  /** No leader (KRaft's OfflinePartitionsCount). */
  get isOffline(): boolean {
    return this.s.leaderIdx < 0;
  }

  /** Partition.isUnderReplicated: a leader and fewer ISR members than replicas. */
  get isUnderReplicated(): boolean {
    return this.s.leaderIdx >= 0 && this.s.isrCount < this.s.n;
  }

  /** Partition.isUnderMinIsr: a leader and fewer ISR members than the effective min.insync.replicas. */
  get isUnderMinIsr(): boolean {
    return this.s.leaderIdx >= 0 && this.s.isrCount < this.s.effectiveMinIsr();
  }

  /** Partition.isAtMinIsr. */
  get isAtMinIsr(): boolean {
    return this.s.leaderIdx >= 0 && this.s.isrCount === this.s.effectiveMinIsr();
  }

  /** The controller's registration (a copy). */
  registration(): PartitionRegistration {
    return this.s.registration();
  }

  get replicationConfig(): Readonly<ReplicationConfig> {
    return this.s.config;
  }

  /** True when there are events to take. */
  get hasEvents(): boolean {
    return this.s.events.length > 0;
  }

  /** The events since the last call, oldest first. */
  takeEvents(): ReplicationEvent[] {
    const out = this.s.events;
    if (out.length > 0) this.s.events = [];
    return out;
  }
}
