// One consumer of a group: the Java client's ConsumerCoordinator (join, sync, heartbeat, auto-commit,
// poll timeout) and the application loop around poll(): fetch up to max.poll.records, process, poll again.
import type { PartitionLog } from '../log/partitionLog';
import type { GroupCoordinator } from './groupCoordinator';
import type { ConsumerSettings } from './consumerSettings';
import { rebalanceProtocolOf, type Assignment, type GroupMemberClient, type TopicPartition } from './types';
import type { EventSink } from '../../sim/events';

/** A topic as the consumer sees it through metadata: its partition logs, readable up to the high watermark. */
export interface TopicView {
  readonly name: string;
  readonly partitions: readonly PartitionLog[];
  highWatermark(partition: number): number;
  /** The partition has a leader whose broker can serve a fetch now. */
  readable(partition: number): boolean;
  /** How many times the partition's log was truncated (a leader with a shorter log took over). */
  truncations(partition: number): number;
  /** Where the last truncation cut the partition's log: the end of the logs' common part. */
  truncatedTo(partition: number): number;
  /** A fetch moved `bytes` out of the leader's broker. */
  fetched(partition: number, bytes: number): void;
}

/** What a consumer needs from the simulation around it. */
export interface ConsumerGroupContext {
  readonly coordinator: GroupCoordinator;
  readonly settings: ConsumerSettings;
  readonly emit: EventSink;
  /** The topics this consumer subscribes to as of now (a pattern is matched against the cluster's topics). */
  subscribedTopics(): string[];
  topic(name: string): TopicView | undefined;
  /** Records handed to the application by poll(); the group counts redeliveries here. */
  onDelivered(topic: TopicView, partition: number, fromOffset: number, count: number): void;
  /** Records the application finished processing: `records` live records in offsets [fromOffset, endOffset). */
  onProcessed(
    member: ConsumerMember,
    topic: TopicView,
    partition: number,
    fromOffset: number,
    endOffset: number,
    records: number,
    bytes: number,
  ): void;
}

/** A bound on polls in one tick, against a zero-cost loop that never runs out of records. */
const MAX_POLLS_PER_TICK = 10_000;
/** How far back a finished batch may carry its end time into the next one (one default tick). */
const TICK_CARRY_MS = 1;

export type MemberStatus = 'starting' | 'joining' | 'active' | 'crashed' | 'closed';

export class ConsumerMember implements GroupMemberClient {
  memberId: string | null = null;
  status: MemberStatus = 'starting';
  generation = -1;
  /** The assigned partitions, in assignment order, with this consumer's fetch position for each. */
  readonly assignedTopics: TopicView[] = [];
  readonly assignedPartitions: number[] = [];
  readonly positions: number[] = [];
  /** The partition's truncation count as of this consumer's last fetch from it. */
  private readonly seenTruncations: number[] = [];
  recordsConsumed = 0;
  bytesConsumed = 0;
  /** This consumer's own processing rate (a slowed consumer); null: the group's setting. */
  processingRateOverride: number | null = null;

  private subscription: string[] = [];
  private readonly partitionCountsAtAssignment = new Map<string, number>();
  private needsRejoin = true;
  private nowMs = 0;
  private lastPollMs = 0;
  private nextHeartbeatMs = 0;
  private nextAutoCommitMs = 0;
  private nextMetadataMs = 0;
  private busyUntilMs = 0;
  private fetchCursor = 0;
  /** The records of the last poll, per partition, until the application has processed them. */
  private readonly batchTopic: TopicView[] = [];
  private readonly batchPartition: number[] = [];
  private readonly batchFrom: number[] = [];
  private readonly batchCount: number[] = [];
  private readonly batchBytes: number[] = [];
  private readonly batchEnd: number[] = [];
  private batchSize = 0;

  constructor(
    private readonly ctx: ConsumerGroupContext,
    readonly clientId: string,
  ) {}

  get isIdle(): boolean {
    return this.status === 'active' && this.assignedPartitions.length === 0;
  }

  assignment(): Assignment {
    const out: Assignment = {};
    for (let i = 0; i < this.assignedTopics.length; i++) {
      (out[this.assignedTopics[i]!.name] ??= []).push(this.assignedPartitions[i]!);
    }
    for (const list of Object.values(out)) list.sort((a, b) => a - b);
    return out;
  }

  tick(nowMs: number): void {
    this.nowMs = nowMs;
    if (this.status === 'crashed' || this.status === 'closed') return;
    this.heartbeatThread(nowMs);
    // A real consumer polls again as soon as it has processed a batch, many times a millisecond when
    // processing is fast; so poll until the records run out or processing runs past this tick.
    for (let polls = 0; polls < MAX_POLLS_PER_TICK; polls++) {
      if (nowMs < this.busyUntilMs) return;
      if (this.batchSize > 0) this.finishProcessing();
      if (this.poll(nowMs) === 0 || this.status !== 'active') return;
    }
  }

  /** The process dies: no more heartbeats or commits; the coordinator notices after session.timeout.ms. */
  crash(): void {
    if (this.status === 'crashed' || this.status === 'closed') return;
    this.status = 'crashed';
    this.batchSize = 0;
    this.ctx.emit(
      'member-crashed',
      this.ctx.coordinator.groupId,
      `${this.memberId ?? this.clientId} crashed`,
    );
  }

  /** KafkaConsumer.close(): commit (when auto-commit is on), then LeaveGroup. */
  close(): void {
    if (this.status === 'crashed' || this.status === 'closed') return;
    if (this.batchSize > 0 && (this.processingRateOverride ?? this.ctx.settings.processingRate) === null)
      this.finishProcessing();
    if (this.ctx.settings.enableAutoCommit) this.commitPositions();
    if (this.memberId) this.ctx.coordinator.leave(this.memberId, this.nowMs, 'consumer closed');
    this.status = 'closed';
    this.revokeAll();
  }

  onAssignment(generation: number, assignment: Assignment, nowMs: number): void {
    this.nowMs = nowMs;
    const cooperative = rebalanceProtocolOf(this.ctx.settings.assignor) === 'cooperative';
    this.generation = generation;
    this.status = 'active';
    if (cooperative) {
      // KIP-429: keep what stays, revoke what left, and rejoin once more if anything was revoked.
      let revoked = false;
      for (let i = this.assignedTopics.length - 1; i >= 0; i--) {
        const list = assignment[this.assignedTopics[i]!.name];
        if (!list || !list.includes(this.assignedPartitions[i]!)) {
          this.dropAssigned(i);
          revoked = true;
        }
      }
      if (revoked) this.needsRejoin = true;
    } else {
      this.revokeAll();
    }
    for (const [topicName, partitions] of Object.entries(assignment)) {
      const topic = this.ctx.topic(topicName);
      if (!topic) continue;
      for (const p of partitions) if (this.indexOf(topic, p) < 0) this.addAssigned(topic, p);
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
      this.revokeAll();
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
      this.revokeAll();
    }
  }

  /** Returns the number of records handed to the application. */
  private poll(nowMs: number): number {
    const s = this.ctx.settings;
    this.lastPollMs = nowMs;
    if (nowMs >= this.nextMetadataMs) this.refreshMetadata(nowMs);
    if (s.enableAutoCommit && this.status === 'active' && nowMs >= this.nextAutoCommitMs) {
      this.commitPositions();
      this.nextAutoCommitMs = nowMs + s.autoCommitIntervalMs;
    }
    if (this.needsRejoin && this.status !== 'joining') this.joinGroup(nowMs);
    const eager = rebalanceProtocolOf(s.assignor) === 'eager';
    if (this.status === 'joining' && eager) return 0;
    return this.fetch(nowMs);
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
    const s = this.ctx.settings;
    const coordinator = this.ctx.coordinator;
    const owned: TopicPartition[] = [];
    for (let i = 0; i < this.assignedTopics.length; i++)
      owned.push({ topic: this.assignedTopics[i]!.name, partition: this.assignedPartitions[i]! });
    if (this.memberId !== null) {
      // onJoinPrepare: commit what was consumed, then EAGER revokes everything.
      if (s.enableAutoCommit) this.commitPositions();
      if (rebalanceProtocolOf(s.assignor) === 'eager') this.revokeAll();
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
    );
  }

  private fetch(nowMs: number): number {
    const n = this.assignedTopics.length;
    if (n === 0) return 0;
    let budget = this.ctx.settings.maxPollRecords;
    this.batchSize = 0;
    // Drain one partition's fetched records before moving to the next, as the fetch buffer does.
    for (let visited = 0; visited < n && budget > 0; visited++) {
      const i = (this.fetchCursor + visited) % n;
      const topic = this.assignedTopics[i]!;
      const p = this.assignedPartitions[i]!;
      const log = topic.partitions[p]!;
      if (!topic.readable(p)) continue;
      let position = this.positions[i]!;
      if (position < log.logStartOffset)
        position = this.resetPosition(topic, p, 'fetch position is below the log start offset');
      const truncations = topic.truncations(p);
      if (truncations !== this.seenTruncations[i]) {
        this.seenTruncations[i] = truncations;
        position = this.validatePosition(topic, p, i, position);
      }
      const hw = topic.highWatermark(p);
      if (hw <= position) continue;
      // A compacted log has gaps where the cleaner removed records: the fetch returns live records only.
      const available = log.liveRecordsIn(position, hw);
      if (available <= 0) {
        this.positions[i] = hw;
        continue;
      }
      const count = available < budget ? available : budget;
      const end = count === available ? hw : log.offsetAfterLiveRecords(position, count, hw);
      budget -= count;
      this.ctx.onDelivered(topic, p, position, end - position);
      const bytes = log.bytesInRange(position, end);
      topic.fetched(p, bytes);
      const b = this.batchSize++;
      this.batchTopic[b] = topic;
      this.batchPartition[b] = p;
      this.batchFrom[b] = position;
      this.batchEnd[b] = end;
      this.batchCount[b] = count;
      this.batchBytes[b] = bytes;
      this.positions[i] = end;
      if (budget === 0) this.fetchCursor = end < hw ? i : (i + 1) % n;
    }
    if (this.batchSize === 0) return 0;
    const records = this.ctx.settings.maxPollRecords - budget;
    const rate = this.processingRateOverride ?? this.ctx.settings.processingRate;
    if (rate === null) {
      this.finishProcessing();
      return records;
    }
    // Processing starts when the previous batch finished (within the last tick), so that a consumer's
    // rate does not depend on the tick size.
    const start = this.busyUntilMs > nowMs - TICK_CARRY_MS ? this.busyUntilMs : nowMs;
    this.busyUntilMs = rate > 0 ? start + (records * 1000) / rate : Infinity;
    return records;
  }

  private finishProcessing(): void {
    for (let b = 0; b < this.batchSize; b++) {
      const topic = this.batchTopic[b]!;
      const p = this.batchPartition[b]!;
      const from = this.batchFrom[b]!;
      const count = this.batchCount[b]!;
      const bytes = this.batchBytes[b]!;
      this.recordsConsumed += count;
      this.bytesConsumed += bytes;
      this.ctx.onProcessed(this, topic, p, from, this.batchEnd[b]!, count, bytes);
    }
    this.batchSize = 0;
    // Without auto-commit the application commits (commitSync) after processing each poll.
    if (!this.ctx.settings.enableAutoCommit) this.commitPositions();
  }

  private commitPositions(): void {
    if (this.memberId === null) return;
    for (let i = 0; i < this.assignedTopics.length; i++) {
      this.ctx.coordinator.commit(
        this.memberId,
        this.generation,
        this.assignedTopics[i]!.name,
        this.assignedPartitions[i]!,
        this.consumedPosition(i),
      );
    }
  }

  /** The position of records already handed to the application and processed (what auto-commit commits). */
  private consumedPosition(i: number): number {
    for (let b = 0; b < this.batchSize; b++) {
      if (
        this.batchTopic[b] === this.assignedTopics[i] &&
        this.batchPartition[b] === this.assignedPartitions[i]
      )
        return this.batchFrom[b]!;
    }
    return this.positions[i]!;
  }

  private addAssigned(topic: TopicView, p: number): void {
    this.assignedTopics.push(topic);
    this.assignedPartitions.push(p);
    this.seenTruncations.push(topic.truncations(p));
    const committed = this.ctx.coordinator.committedOffset(topic.name, p);
    const log = topic.partitions[p]!;
    if (committed >= log.logStartOffset && committed <= log.logEndOffset) this.positions.push(committed);
    else {
      this.positions.push(0);
      this.resetPosition(topic, p, committed < 0 ? null : 'committed offset is out of range');
    }
  }

  /**
   * KIP-320: after a leader change the consumer checks its position against the new leader's log; if the log was cut
   * below it, the consumer seeks back to where the logs agree (with a reset policy set, as here) and reads on from there.
   */
  private validatePosition(topic: TopicView, p: number, i: number, position: number): number {
    const end = topic.truncatedTo(p);
    if (position <= end) return position;
    this.positions[i] = end;
    this.ctx.emit(
      'offset-reset',
      this.ctx.coordinator.groupId,
      `${topic.name}-${p}: truncation detected, the logs agree up to offset ${end}; position ${position} reset to ${end}`,
    );
    return end;
  }

  /** auto.offset.reset: earliest is the log start offset, latest the high watermark. */
  private resetPosition(topic: TopicView, p: number, why: string | null): number {
    const i = this.indexOf(topic, p);
    const log = topic.partitions[p]!;
    const earliest = this.ctx.settings.autoOffsetReset === 'earliest';
    const position = earliest ? log.logStartOffset : topic.highWatermark(p);
    this.positions[i] = position;
    // A partition the group never committed starts at the reset position quietly; an out-of-range one is news.
    if (why !== null)
      this.ctx.emit(
        'offset-reset',
        this.ctx.coordinator.groupId,
        `${topic.name}-${p}: ${why}; reset to ${this.ctx.settings.autoOffsetReset} offset ${position}`,
      );
    return position;
  }

  private indexOf(topic: TopicView, p: number): number {
    for (let i = 0; i < this.assignedTopics.length; i++)
      if (this.assignedTopics[i] === topic && this.assignedPartitions[i] === p) return i;
    return -1;
  }

  private dropAssigned(i: number): void {
    this.assignedTopics.splice(i, 1);
    this.assignedPartitions.splice(i, 1);
    this.positions.splice(i, 1);
    this.seenTruncations.splice(i, 1);
    this.fetchCursor = 0;
  }

  private revokeAll(): void {
    this.assignedTopics.length = 0;
    this.assignedPartitions.length = 0;
    this.positions.length = 0;
    this.seenTruncations.length = 0;
    this.fetchCursor = 0;
    this.batchSize = 0;
  }
}

function sameTopics(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (const t of a) if (!b.includes(t)) return false;
  return true;
}
