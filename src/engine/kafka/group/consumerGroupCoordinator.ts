// The group coordinator for the consumer rebalance protocol (KIP-848, group.protocol=consumer): Kafka's
// GroupMetadataManager.consumerGroupHeartbeat over a ConsumerGroup (org.apache.kafka.coordinator.group.modern.
// consumer), with TargetAssignmentBuilder and CurrentAssignmentBuilder. No join round and no group-wide barrier:
// every heartbeat may bump the group epoch (a member joined, left or changed its subscription, or a subscribed
// topic's partition count changed), a new group epoch gets a new target assignment from the server-side assignor,
// and each member moves towards its target on its own heartbeats (revoke first, then take what others released).
import { groupSpecOrder, serverAssign, type ServerAssignorName } from '../assignors/server';
import { nameRecord } from '../../model/nameRecord';
import type { EventSink } from '../../common/events';
import { nextMemberAssignment, type MemberAssignmentState } from './currentAssignmentBuilder';
import type { GroupMembership } from './groupMembership';
import type { Assignment, GroupState } from './types';

/** GroupCoordinatorConfig defaults: group.consumer.heartbeat.interval.ms and group.consumer.session.timeout.ms. */
export const CONSUMER_HEARTBEAT_INTERVAL_MS = 5000;
export const CONSUMER_SESSION_TIMEOUT_MS = 45_000;

/** ConsumerGroupHeartbeat's errors the client acts on (it gives up its partitions and rejoins with epoch 0). */
export type ConsumerHeartbeatError = 'FENCED_MEMBER_EPOCH' | 'UNKNOWN_MEMBER_ID';

export interface ConsumerHeartbeatResponse {
  error: ConsumerHeartbeatError | null;
  memberEpoch: number;
  heartbeatIntervalMs: number;
  /** The partitions the member is to own now (its assigned partitions, without those pending revocation). */
  assignment: Assignment;
}

interface Member extends MemberAssignmentState {
  memberId: string;
  subscription: string[];
  rebalanceTimeoutMs: number;
  sessionDeadline: number;
  /** When an unacknowledged revocation fences the member (the rebalance timeout); Infinity when none runs. */
  rebalanceDeadline: number;
}

export class ConsumerGroupCoordinator implements GroupMembership {
  state: GroupState = 'Empty';
  groupEpoch = 0;
  /** The group epoch the current target assignment was computed for. */
  assignmentEpoch = 0;
  rebalances = 0;
  readonly leaderId = null;
  private readonly members = new Map<string, Member>();
  private target = nameRecord<Assignment>();
  /** The partition counts the last target assignment was computed with (the subscription metadata). */
  private subscriptionMetadata = '';
  private nextMemberSeq = 0;
  private nextExpiryMs = Infinity;

  constructor(
    readonly groupId: string,
    public assignor: ServerAssignorName,
    private readonly emit: EventSink,
    readonly heartbeatIntervalMs = CONSUMER_HEARTBEAT_INTERVAL_MS,
    readonly sessionTimeoutMs = CONSUMER_SESSION_TIMEOUT_MS,
  ) {}

  /** Filled by the simulation: the cluster's current partition count per topic (the metadata image). */
  partitionsPerTopic: () => Record<string, number> = () => nameRecord();

  get generation(): number {
    return this.groupEpoch;
  }

  newMemberId(clientId: string): string {
    return `${clientId}-${String(++this.nextMemberSeq).padStart(4, '0')}`;
  }

  memberIds(): string[] {
    return [...this.members.keys()];
  }

  memberCount(): number {
    return this.members.size;
  }

  /** What the member holds now: its assigned partitions and those it has yet to revoke. */
  assignmentOf(memberId: string): Assignment | undefined {
    const m = this.members.get(memberId);
    if (!m) return undefined;
    const out = nameRecord<number[]>();
    for (const [t, ps] of Object.entries(m.assigned)) out[t] = [...ps];
    for (const [t, ps] of Object.entries(m.pendingRevocation))
      out[t] = [...(out[t] ?? []), ...ps].sort((a, b) => a - b);
    return out;
  }

  /** The member's target assignment: where the assignor wants it to end up. */
  targetOf(memberId: string): Assignment | undefined {
    return this.members.has(memberId) ? (this.target[memberId] ?? nameRecord()) : undefined;
  }

  memberEpochOf(memberId: string): number | null {
    return this.members.get(memberId)?.memberEpoch ?? null;
  }

  /** Not yet at the target assignment's epoch, or waiting for a revocation or for partitions others hold. */
  isReconciling(memberId: string): boolean {
    const m = this.members.get(memberId);
    return m !== undefined && !(m.state === 'STABLE' && m.memberEpoch === this.assignmentEpoch);
  }

  memberStateOf(memberId: string): MemberAssignmentState['state'] | null {
    return this.members.get(memberId)?.state ?? null;
  }

  sessionDeadlineOf(memberId: string): number | null {
    return this.members.get(memberId)?.sessionDeadline ?? null;
  }

  /**
   * ConsumerGroupHeartbeat. `memberEpoch` 0 joins, -1 leaves; `owned` is what the member owns now (null: not
   * reported). Every heartbeat answers with the member's epoch and the partitions it is to own.
   */
  heartbeat(
    memberId: string,
    memberEpoch: number,
    subscription: string[],
    owned: Assignment | null,
    rebalanceTimeoutMs: number,
    nowMs: number,
  ): ConsumerHeartbeatResponse {
    if (memberEpoch === -1) {
      this.leave(memberId, nowMs, 'the member left the group');
      return this.response(null, -1, nameRecord());
    }
    let member = this.members.get(memberId);
    let bump = false;
    if (!member) {
      if (memberEpoch !== 0) return this.response('UNKNOWN_MEMBER_ID', 0, nameRecord());
      member = {
        memberId,
        subscription: [...subscription],
        rebalanceTimeoutMs,
        sessionDeadline: nowMs + this.sessionTimeoutMs,
        rebalanceDeadline: Infinity,
        state: 'STABLE',
        memberEpoch: 0,
        previousMemberEpoch: -1,
        assigned: nameRecord(),
        pendingRevocation: nameRecord(),
      };
      this.members.set(memberId, member);
      this.emit('member-joined', this.groupId, `${memberId} joined`);
      bump = true;
    } else {
      // throwIfConsumerGroupMemberEpochIsInvalid: a newer epoch, or an older one that is not the previous
      // epoch with a subset of the assignment, fences the member.
      if (
        memberEpoch > member.memberEpoch ||
        (memberEpoch < member.memberEpoch &&
          (memberEpoch !== member.previousMemberEpoch || !isSubset(owned, member.assigned)))
      )
        return this.response('FENCED_MEMBER_EPOCH', member.memberEpoch, nameRecord());
      if (memberEpoch === 0 && member.memberEpoch !== 0) {
        // A rejoin after the member gave up its partitions: it starts over.
        member.assigned = nameRecord();
        member.pendingRevocation = nameRecord();
        member.state = 'STABLE';
      }
      member.rebalanceTimeoutMs = rebalanceTimeoutMs;
      if (!sameTopics(member.subscription, subscription)) {
        member.subscription = [...subscription];
        bump = true;
      }
    }
    member.sessionDeadline = nowMs + this.sessionTimeoutMs;
    this.watch(member.sessionDeadline);

    // 1. A new group epoch when a member joined or changed its subscription, or the subscribed topics' partition
    // counts changed (the subscription metadata).
    const metadata = this.currentMetadata();
    if (metadata !== this.subscriptionMetadata) {
      this.subscriptionMetadata = metadata;
      bump = true;
    }
    if (bump) this.bumpGroupEpoch(nowMs, `${memberId} joined or changed its subscription`);
    // 2. A new target assignment for a new group epoch.
    if (this.groupEpoch > this.assignmentEpoch) this.updateTargetAssignment(nowMs);
    // 3. Reconcile this member towards its target.
    this.reconcile(member, owned, nowMs);
    this.updateState(nowMs);
    return this.response(null, member.memberEpoch, member.assigned);
  }

  /** A member's offset commit is accepted only at its current epoch (STALE_MEMBER_EPOCH otherwise). */
  acceptsCommit(memberId: string, memberEpoch: number): boolean {
    return this.members.get(memberId)?.memberEpoch === memberEpoch;
  }

  /** The member leaves (epoch -1): removed, its partitions free at once, the group epoch bumped. */
  leave(memberId: string, nowMs: number, reason: string): void {
    if (!this.members.has(memberId)) return;
    this.fence(memberId, nowMs, 'member-left', `${memberId} left the group (${reason})`);
  }

  get nextDeadlineMs(): number {
    return this.nextExpiryMs;
  }

  nextEventMs(): number {
    return this.nextExpiryMs;
  }

  /** Session expiry (group.consumer.session.timeout.ms) and rebalance timeouts (the member's max.poll.interval.ms). */
  tick(nowMs: number): void {
    if (nowMs < this.nextExpiryMs) return;
    this.nextExpiryMs = Infinity;
    for (const m of [...this.members.values()]) {
      if (!this.members.has(m.memberId)) continue;
      if (nowMs >= m.sessionDeadline)
        this.fence(
          m.memberId,
          nowMs,
          'member-removed',
          `${m.memberId} removed: the member session expired (${this.sessionTimeoutMs} ms)`,
        );
      else if (nowMs >= m.rebalanceDeadline)
        this.fence(
          m.memberId,
          nowMs,
          'member-removed',
          `${m.memberId} removed: it failed to revoke within its rebalance timeout (${m.rebalanceTimeoutMs} ms)`,
        );
      else {
        this.watch(m.sessionDeadline);
        this.watch(m.rebalanceDeadline);
      }
    }
  }

  markDead(): void {
    this.members.clear();
    this.setState('Dead', 'the group was deleted');
  }

  private fence(memberId: string, nowMs: number, type: 'member-left' | 'member-removed', why: string): void {
    this.members.delete(memberId);
    delete this.target[memberId];
    this.emit(type, this.groupId, why);
    this.subscriptionMetadata = this.currentMetadata();
    this.bumpGroupEpoch(nowMs, why);
    this.updateState(nowMs);
  }

  private bumpGroupEpoch(_nowMs: number, reason: string): void {
    this.groupEpoch++;
    this.emit('assignment', this.groupId, `group epoch ${this.groupEpoch}: ${reason}`);
  }

  /** TargetAssignmentBuilder: every member's new target from the assignor, starting from the current targets. */
  private updateTargetAssignment(_nowMs: number): void {
    const members = groupSpecOrder(
      [...this.members.values()].map((m) => ({
        memberId: m.memberId,
        topics: m.subscription,
        target: this.target[m.memberId] ?? nameRecord(),
      })),
    );
    this.target = serverAssign(this.assignor, { members, partitionsPerTopic: this.partitionsPerTopic() });
    this.assignmentEpoch = this.groupEpoch;
    this.rebalances++;
    this.emit(
      'assignment',
      this.groupId,
      `target assignment for group epoch ${this.groupEpoch} by the ${this.assignor} assignor`,
    );
  }

  private reconcile(member: Member, owned: Assignment | null, nowMs: number): void {
    if (member.state === 'STABLE' && member.memberEpoch === this.assignmentEpoch) return;
    const next = nextMemberAssignment(
      member,
      this.assignmentEpoch,
      this.target[member.memberId] ?? nameRecord(),
      (topic, partition) => this.partitionEpoch(member.memberId, topic, partition),
      owned,
    );
    if (next === member) return;
    const wasUnrevoked = member.state === 'UNREVOKED_PARTITIONS';
    Object.assign(member, next);
    // scheduleConsumerGroupRebalanceTimeout / cancelConsumerGroupRebalanceTimeout.
    if (member.state === 'UNREVOKED_PARTITIONS') {
      if (!wasUnrevoked || member.rebalanceDeadline === Infinity) {
        member.rebalanceDeadline = nowMs + member.rebalanceTimeoutMs;
        this.watch(member.rebalanceDeadline);
      }
    } else member.rebalanceDeadline = Infinity;
  }

  /** ConsumerGroup.currentPartitionEpoch: the epoch of the other member holding the partition, else -1. */
  private partitionEpoch(self: string, topic: string, partition: number): number {
    for (const m of this.members.values()) {
      if (m.memberId === self) continue;
      if (m.assigned[topic]?.includes(partition) || m.pendingRevocation[topic]?.includes(partition))
        return m.memberEpoch;
    }
    return -1;
  }

  /** ConsumerGroup.maybeUpdateGroupState, with the state names ListGroups reports. */
  private updateState(_nowMs: number): void {
    let next: GroupState = 'Stable';
    if (this.members.size === 0) next = 'Empty';
    else if (this.groupEpoch > this.assignmentEpoch) next = 'Assigning';
    else
      for (const m of this.members.values())
        if (!(m.state === 'STABLE' && m.memberEpoch === this.assignmentEpoch)) {
          next = 'Reconciling';
          break;
        }
    if (next !== this.state) this.setState(next, `group epoch ${this.groupEpoch}`);
  }

  private currentMetadata(): string {
    const counts = this.partitionsPerTopic();
    const topics = new Set<string>();
    for (const m of this.members.values()) for (const t of m.subscription) topics.add(t);
    return [...topics]
      .sort()
      .map((t) => `${t}=${counts[t] ?? -1}`)
      .join(',');
  }

  private watch(deadline: number): void {
    if (deadline < this.nextExpiryMs) this.nextExpiryMs = deadline;
  }

  private response(
    error: ConsumerHeartbeatError | null,
    memberEpoch: number,
    assigned: Assignment,
  ): ConsumerHeartbeatResponse {
    const assignment = nameRecord<number[]>();
    for (const [t, ps] of Object.entries(assigned)) assignment[t] = [...ps];
    return { error, memberEpoch, heartbeatIntervalMs: this.heartbeatIntervalMs, assignment };
  }

  private setState(next: GroupState, reason: string): void {
    const prev = this.state;
    this.state = next;
    this.emit('group-state', this.groupId, `${prev} -> ${next}: ${reason}`);
  }
}

function isSubset(owned: Assignment | null, assigned: Assignment): boolean {
  if (owned === null) return true;
  for (const [t, ps] of Object.entries(owned))
    for (const p of ps) if (!assigned[t]?.includes(p)) return false;
  return true;
}

function sameTopics(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((t) => b.includes(t));
}
