// One consumer of a group: the Java client's ConsumerCoordinator (join, sync, heartbeat, auto-commit,
// poll timeout) and the application loop around poll(): fetch (see Fetcher), process at a rate, poll again.
import type { ConsumerGroupContext } from './consumerGroupContext';
import { Fetcher, type TopicView } from './fetcher';
import { pollLimit } from './fluidPoll';
import { assignmentOf } from './assignmentOf';
import { ConsumerMembershipManager, type ReconcilingConsumer } from './consumerMembershipManager';
import { rebalanceProtocolOf, type Assignment, type GroupMemberClient, type TopicPartition } from './types';

export type { TopicView };
export type { ConsumerGroupContext };

/** A bound on polls in one tick, against a zero-cost loop that never runs out of records. */
const MAX_POLLS_PER_TICK = 10_000;
/** How far back a finished batch may carry its end time into the next one (one default tick). */
const TICK_CARRY_MS = 1;

export type MemberStatus = 'starting' | 'joining' | 'active' | 'crashed' | 'closed';

export class ConsumerMember implements GroupMemberClient, ReconcilingConsumer {
  memberId: string | null = null;
  status: MemberStatus = 'starting';
  generation = -1;
  recordsConsumed = 0;
  bytesConsumed = 0;
  /** This consumer's own processing rate (a slowed consumer); null: the group's setting. */
  processingRateOverride: number | null = null;
  /** group.instance.id (KIP-345); null: a dynamic member. */
  groupInstanceId: string | null = null;

  subscription: string[] = [];
  private readonly partitionCountsAtAssignment = new Map<string, number>();
  needsRejoin = true;
  private nowMs = 0;
  lastPollMs = 0;
  nextHeartbeatMs = 0;
  nextAutoCommitMs = 0;
  nextMetadataMs = 0;
  /** When the last poll's processing finished (or will, at the rate it started with). */
  private busyUntilMs = 0;
  /** The poll being processed: when it started, its records, how many are processed. */
  private pollStartMs = 0;
  private pollRecords = 0;
  pollDone = 0;
  /** Processing runs at `anchorRate` from `anchorMs`, when `anchorDone` records were done. */
  anchorMs = 0;
  anchorDone = 0;
  anchorRate: number | null = null;
  readonly fetcher: Fetcher;
  /** group.protocol=consumer (KIP-848): heartbeats and reconciliation; null under classic. */
  readonly membership: ConsumerMembershipManager | null;

  constructor(
    private readonly ctx: ConsumerGroupContext,
    readonly clientId: string,
  ) {
    this.fetcher = new Fetcher(ctx);
    this.membership = ctx.consumerGroup ? new ConsumerMembershipManager(ctx.consumerGroup, this, ctx) : null;
  }

  /** The assigned partitions, in assignment order, with this consumer's fetch position for each. */
  get assignedTopics(): readonly TopicView[] {
    return this.fetcher.assignedTopics;
  }

  get assignedPartitions(): readonly number[] {
    return this.fetcher.assignedPartitions;
  }

  get positions(): readonly number[] {
    return this.fetcher.positions;
  }

  get isIdle(): boolean {
    return this.status === 'active' && this.fetcher.assignedPartitions.length === 0;
  }

  assignment(): Assignment {
    return assignmentOf(this.fetcher.assignedTopics, this.fetcher.assignedPartitions);
  }

  tick(nowMs: number): void {
    this.nowMs = nowMs;
    if (this.status === 'crashed' || this.status === 'closed') return;
    if (this.membership) this.membership.tick(nowMs);
    else this.heartbeatThread(nowMs);
    // The fetches go on while the application processes (Kafka sends the next fetch as soon as records are handed out).
    if (this.status === 'active' && !this.ctx.fluidStepMs) this.fetcher.advanceFetches(nowMs);
    // A real consumer polls again as soon as it has processed a batch, many times a millisecond when
    // processing is fast; so poll until the records run out or processing runs past this tick.
    for (let polls = 0; polls < MAX_POLLS_PER_TICK; polls++) {
      if (this.fetcher.batchSize > 0 && !this.advanceProcessing(nowMs)) return;
      if (this.poll(nowMs) === 0 || this.status !== 'active') return;
    }
  }

  /** When the poll being processed started (its first record), or null between polls. */
  get pollStartedMs(): number | null {
    return this.fetcher.batchSize > 0 ? this.pollStartMs : null;
  }

  /** The process dies: no more heartbeats or commits; the coordinator notices after session.timeout.ms. */
  crash(nowMs: number = this.nowMs): void {
    if (this.status === 'crashed' || this.status === 'closed') return;
    // Records whose processing finished by the crash are processed; the rest of the poll never will be here.
    if (this.fetcher.batchSize > 0) this.advanceProcessing(nowMs);
    this.abandonPoll();
    this.status = 'crashed';
    this.ctx.emit(
      'member-crashed',
      this.ctx.coordinator.groupId,
      `${this.memberId ?? this.clientId} crashed`,
    );
  }

  /** KafkaConsumer.close(): commit (when auto-commit is on), then LeaveGroup. */
  close(): void {
    if (this.status === 'crashed' || this.status === 'closed') return;
    if (this.fetcher.batchSize > 0 && this.processingRate() === null) this.advanceProcessing(this.nowMs);
    if (this.ctx.settings.enableAutoCommit) this.commitPositions();
    this.abandonPoll();
    // A static member sends no LeaveGroup (AbstractCoordinator.maybeLeaveGroup): its session holds its place.
    if (this.membership) this.membership.leave(this.nowMs);
    else if (this.memberId && this.groupInstanceId === null)
      this.ctx.coordinator.leave(this.memberId, this.nowMs, 'consumer closed');
    this.status = 'closed';
    this.fetcher.clear();
  }

  onAssignment(generation: number, assignment: Assignment, nowMs: number): void {
    // A crashed or closed process never reads the coordinator's SyncGroup response: it stays down, and
    // the partitions it was given wait for the session timeout to hand them to someone else.
    if (this.status === 'crashed' || this.status === 'closed') return;
    this.nowMs = nowMs;
    const cooperative = rebalanceProtocolOf(this.ctx.settings.assignor) === 'cooperative';
    this.generation = generation;
    this.status = 'active';
    if (cooperative) {
      // KIP-429: keep what stays, revoke what left, and rejoin once more if anything was revoked.
      if (this.fetcher.retainOnly(assignment)) this.needsRejoin = true;
    } else {
      this.fetcher.clear();
    }
    for (const [topicName, partitions] of Object.entries(assignment)) {
      const topic = this.ctx.topic(topicName);
      if (!topic) continue;
      for (const p of partitions) this.fetcher.assign(topic, p);
    }
    this.partitionCountsAtAssignment.clear();
    for (const name of this.subscription)
      this.partitionCountsAtAssignment.set(name, this.ctx.topic(name)?.partitions.length ?? 0);
    // onJoinComplete reschedules auto-commit and the heartbeat from now.
    this.nextAutoCommitMs = this.nowMs + this.ctx.settings.autoCommitIntervalMs;
    this.nextHeartbeatMs = this.nowMs + this.ctx.settings.heartbeatIntervalMs;
  }

  private heartbeatThread(nowMs: number): void {
    const s = this.ctx.settings;
    if (this.status !== 'active' || this.memberId === null) return;
    if (nowMs - this.lastPollMs > s.maxPollIntervalMs) {
      // The heartbeat thread leaves the group when the application stops calling poll() in time.
      this.ctx.coordinator.leave(this.memberId, nowMs, 'max.poll.interval.ms exceeded');
      this.memberId = null;
      this.needsRejoin = true;
      this.status = 'starting';
      // The partitions are gone, but the application still holds its last poll's records and processes them.
      this.fetcher.clearAssignment();
      return;
    }
    if (nowMs < this.nextHeartbeatMs) return;
    this.nextHeartbeatMs = nowMs + s.heartbeatIntervalMs;
    const result = this.ctx.coordinator.heartbeat(this.memberId, this.generation, nowMs);
    if (result === 'rebalance-in-progress' || result === 'illegal-generation') this.needsRejoin = true;
    else if (result === 'unknown-member') {
      // Fenced: the partitions are lost, not revoked; rejoin as a new member.
      this.memberId = null;
      this.needsRejoin = true;
      this.status = 'starting';
      // The partitions are gone, but the application still holds its last poll's records and processes them.
      this.fetcher.clearAssignment();
    }
  }

  /** Returns the number of records handed to the application. */
  private poll(nowMs: number): number {
    const s = this.ctx.settings;
    this.lastPollMs = nowMs;
    if (nowMs >= this.nextMetadataMs) this.refreshMetadata(nowMs);
    const fluid = (this.ctx.fluidStepMs ?? 0) > 0;
    if (!fluid) this.autoCommit(nowMs);
    if (this.needsRejoin && this.status !== 'joining') this.joinGroup(nowMs);
    const eager = !this.membership && rebalanceProtocolOf(s.assignor) === 'eager';
    if (this.status === 'joining' && eager) return 0;
    const records = this.fetchAndProcess(nowMs);
    // A fluid poll stands for the step's polls: the last of them, at the step's end, auto-commits.
    if (fluid) this.autoCommit(nowMs);
    return records;
  }

  /** enable.auto.commit: poll() commits the positions every auto.commit.interval.ms. */
  private autoCommit(nowMs: number): void {
    const s = this.ctx.settings;
    if (!s.enableAutoCommit || this.status !== 'active' || nowMs < this.nextAutoCommitMs) return;
    this.commitPositions();
    this.nextAutoCommitMs = nowMs + s.autoCommitIntervalMs;
  }

  private refreshMetadata(nowMs: number): void {
    this.nextMetadataMs = nowMs + this.ctx.settings.metadataMaxAgeMs;
    const topics = this.ctx.subscribedTopics();
    if (this.status !== 'starting' && !sameTopics(topics, this.subscription)) this.needsRejoin = true;
    this.subscription = topics;
    // Only the leader watches partition counts (ConsumerCoordinator's assignmentSnapshot vs metadataSnapshot).
    if (
      this.status === 'active' &&
      this.memberId === this.ctx.coordinator.leaderId &&
      this.partitionCountsChanged()
    )
      this.needsRejoin = true;
  }

  private partitionCountsChanged(): boolean {
    for (const [name, count] of this.partitionCountsAtAssignment)
      if ((this.ctx.topic(name)?.partitions.length ?? 0) !== count) return true;
    return false;
  }

  /** The subscription changed outside metadata refresh (subscribe() called again with a new list). */
  resubscribe(): void {
    const topics = this.ctx.subscribedTopics();
    if (!sameTopics(topics, this.subscription)) {
      this.subscription = topics;
      this.needsRejoin = true;
    }
  }

  private joinGroup(nowMs: number): void {
    if (this.membership) return this.membership.join(nowMs, this.status === 'active');
    const s = this.ctx.settings;
    const coordinator = this.ctx.coordinator;
    const f = this.fetcher;
    const owned: TopicPartition[] = [];
    for (let i = 0; i < f.assignedTopics.length; i++)
      owned.push({ topic: f.assignedTopics[i]!.name, partition: f.assignedPartitions[i]! });
    if (this.memberId !== null) {
      // onJoinPrepare: commit what was consumed, then EAGER revokes everything.
      if (s.enableAutoCommit) this.commitPositions();
      if (rebalanceProtocolOf(s.assignor) === 'eager') this.fetcher.clear();
    } else {
      this.memberId = coordinator.newMemberId(this.clientId);
    }
    this.needsRejoin = false;
    this.status = 'joining';
    coordinator.join(
      this.memberId,
      this,
      this.subscription,
      owned,
      s.sessionTimeoutMs,
      s.maxPollIntervalMs,
      nowMs,
      this.groupInstanceId,
    );
  }

  private fetchAndProcess(nowMs: number): number {
    const s = this.ctx.settings;
    const records = this.fetcher.fetch(
      nowMs,
      pollLimit(s.maxPollRecords, this.processingRate(), this.ctx.fluidStepMs),
    );
    if (records === 0) return 0;
    // commitSync right after poll(), before processing: at most once.
    if (this.ctx.settings.commitMode === 'before-processing') this.commitFetched();
    // Processing starts when the previous poll finished (within the last tick), so that a consumer's
    // rate does not depend on the tick size (in fluid mode the tick is the step).
    const carry = this.ctx.fluidStepMs || TICK_CARRY_MS;
    this.pollStartMs = this.busyUntilMs > nowMs - carry ? this.busyUntilMs : nowMs;
    this.anchorMs = this.pollStartMs;
    this.anchorDone = 0;
    this.anchorRate = this.processingRate();
    this.pollRecords = records;
    this.pollDone = 0;
    this.advanceProcessing(nowMs);
    return records;
  }

  private processingRate(): number | null {
    return this.processingRateOverride ?? this.ctx.settings.processingRate;
  }

  /**
   * The application works through the poll's records one by one at its processing rate: those whose processing
   * has finished by `nowMs` are processed. Returns true when the whole poll is done (and committed, when the
   * application commits after processing).
   */
  private advanceProcessing(nowMs: number): boolean {
    const rate = this.processingRate();
    let target = this.pollRecords;
    if (rate !== null) {
      if (rate !== this.anchorRate) {
        // The rate changed mid-poll (a slowed or restored consumer): the rest goes at the new pace from now.
        this.anchorMs = nowMs > this.anchorMs ? nowMs : this.anchorMs;
        this.anchorDone = this.pollDone;
        this.anchorRate = rate;
      }
      const elapsed = nowMs - this.anchorMs;
      // Record k of the rest finishes at anchor + k/rate; the epsilon keeps 2500 ms at 100/s at exactly 250.
      const done = rate > 0 && elapsed > 0 ? this.anchorDone + Math.floor((elapsed * rate) / 1000 + 1e-9) : 0;
      if (done < target) target = done > this.anchorDone ? done : this.anchorDone;
    }
    this.processUpTo(target);
    if (this.pollDone < this.pollRecords) return false;
    this.busyUntilMs =
      rate === null
        ? nowMs
        : rate > 0
          ? this.anchorMs + ((this.pollRecords - this.anchorDone) * 1000) / rate
          : Infinity;
    this.fetcher.clearBatch();
    // commitSync after processing each poll: at least once.
    if (this.ctx.settings.commitMode === 'after-processing' && !this.commitPositions())
      this.ctx.onCommitFailed();
    return true;
  }

  private processUpTo(target: number): void {
    const f = this.fetcher;
    while (this.pollDone < target) {
      const count = f.nextProcessed(target - this.pollDone);
      if (count === 0) break;
      this.pollDone += count;
      this.recordsConsumed += count;
      this.bytesConsumed += f.rangeBytes;
      this.ctx.onProcessed(
        this,
        f.rangeTopic!,
        f.rangePartition,
        f.rangeFrom,
        f.rangeEnd,
        count,
        f.rangeBytes,
      );
    }
  }

  /** The poll's unprocessed records are dropped; those already committed are never processed (skipped). */
  private abandonPoll(): void {
    if (this.fetcher.batchSize === 0) return;
    const skipped = this.fetcher.unprocessedButCommitted();
    if (skipped > 0) this.ctx.onSkipped(skipped);
    this.fetcher.clearBatch();
  }

  /** Commits the positions after everything fetched so far, processed or not. */
  private commitFetched(): void {
    if (this.memberId === null) return;
    const f = this.fetcher;
    for (let i = 0; i < f.assignedTopics.length; i++)
      this.commitOffset(f.assignedTopics[i]!.name, f.assignedPartitions[i]!, f.positions[i]!);
  }

  /** The offset up to which this consumer has processed `topic`-`partition`; -1 when it does not own it. */
  processedPosition(topic: string, partition: number): number {
    const f = this.fetcher;
    if (this.status !== 'active') return -1;
    for (let i = 0; i < f.assignedTopics.length; i++)
      if (f.assignedPartitions[i] === partition && f.assignedTopics[i]!.name === topic)
        return f.consumedPosition(i);
    return -1;
  }

  /** Returns false when the coordinator refused it (no longer a member, or a past generation or member epoch). */
  commitPositions(): boolean {
    if (this.memberId === null) return false;
    const f = this.fetcher;
    let accepted = true;
    for (let i = 0; i < f.assignedTopics.length; i++)
      accepted =
        this.commitOffset(f.assignedTopics[i]!.name, f.assignedPartitions[i]!, f.consumedPosition(i)) &&
        accepted;
    return accepted;
  }

  /** Checked against the generation (classic) or the member epoch (consumer protocol). */
  private commitOffset(topic: string, partition: number, offset: number): boolean {
    const coordinator = this.ctx.coordinator;
    if (!this.membership)
      return coordinator.commit(this.memberId!, this.generation, topic, partition, offset);
    if (!this.membership.acceptsCommit()) return false;
    coordinator.storeOffset(topic, partition, offset);
    return true;
  }
}

function sameTopics(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (const t of a) if (!b.includes(t)) return false;
  return true;
}
