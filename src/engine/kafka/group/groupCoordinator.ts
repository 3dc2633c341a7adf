// The broker's group coordinator for the classic protocol (GroupCoordinator / ClassicGroup in Kafka):
// join and sync rounds, generations, session expiry, InitialDelayedJoin, and the group's committed offsets.
// Static members (KIP-345, group.instance.id) follow GroupMetadataManager.classicGroupJoinNewStaticMember and
// updateStaticMemberThenRebalanceOrCompleteJoin (ClassicGroup.replaceStaticMember).
import { assign } from '../assignors';
import { nameRecord, ownValue } from '../../model/nameRecord';
import type { EventSink } from '../../common/events';
import { CommittedOffsets } from './committedOffsets';
import { sameTopics, StaticMembers } from './staticMembers';
import type {
  Assignment,
  AssignorName,
  GroupMemberClient,
  GroupState,
  HeartbeatResult,
  TopicPartition,
} from './types';

interface MemberMetadata {
  memberId: string;
  client: GroupMemberClient;
  subscription: string[];
  owned: TopicPartition[];
  sessionTimeoutMs: number;
  rebalanceTimeoutMs: number;
  /** Heartbeat expiry: a member silent past this is removed (onExpireHeartbeat). */
  sessionDeadline: number;
  /** Sent JoinGroup in the current round and waits for the response. */
  awaitingJoin: boolean;
  assignment: Assignment;
  /** group.instance.id (KIP-345); null for a dynamic member. */
  groupInstanceId: string | null;
}

export class GroupCoordinator {
  state: GroupState = 'Empty';
  generation = 0;
  leaderId: string | null = null;
  rebalances = 0;
  private readonly members = new Map<string, MemberMetadata>();
  private readonly staticMembers = new StaticMembers();
  /** When the current join round gives up waiting (DelayedJoin / InitialDelayedJoin). */
  private joinDeadline = Infinity;
  /** No session can expire before this time, so `tick` skips the scan until then. */
  private nextExpiryCheckMs = 0;
  private initialDelayRemainingMs = 0;
  private inInitialDelay = false;
  private newMemberAdded = false;
  private nextMemberSeq = 0;
  /** The group's committed offsets (its onCommit is told of each one accepted). */
  readonly offsets = new CommittedOffsets();

  constructor(
    readonly groupId: string,
    public assignor: AssignorName,
    public initialRebalanceDelayMs: number,
    private readonly emit: EventSink,
  ) {}

  memberIds(): string[] {
    return [...this.members.keys()];
  }

  memberCount(): number {
    return this.members.size;
  }

  assignmentOf(memberId: string): Assignment | undefined {
    return this.members.get(memberId)?.assignment;
  }

  /**
   * When the member's session expires if no heartbeat comes (its last heartbeat + session.timeout.ms); null for
   * an unknown member. During a join round a member that has not rejoined is removed at the round's end
   * (DelayedJoin) if that comes first.
   */
  sessionDeadlineOf(memberId: string): number | null {
    const member = this.members.get(memberId);
    if (!member) return null;
    if (!member.awaitingJoin && this.state === 'PreparingRebalance' && !this.inInitialDelay)
      return Math.min(member.sessionDeadline, this.joinDeadline);
    return member.sessionDeadline;
  }

  /** The member's group.instance.id; null for a dynamic member (or an unknown one). */
  groupInstanceIdOf(memberId: string): string | null {
    return this.members.get(memberId)?.groupInstanceId ?? null;
  }

  /** Kafka gives a joining member with no id a new one: clientId-uuid. Ours are sequential so runs are readable. */
  newMemberId(clientId: string): string {
    return `${clientId}-${String(++this.nextMemberSeq).padStart(4, '0')}`;
  }

  join(
    memberId: string,
    client: GroupMemberClient,
    subscription: string[],
    owned: TopicPartition[],
    sessionTimeoutMs: number,
    rebalanceTimeoutMs: number,
    nowMs: number,
    groupInstanceId: string | null = null,
  ): void {
    let member = this.members.get(memberId);
    const isNew = !member;
    const oldMemberId = this.staticMembers.holder(groupInstanceId);
    if (!member && oldMemberId !== undefined && this.members.has(oldMemberId)) {
      this.replaceStaticMember(
        oldMemberId,
        memberId,
        client,
        subscription,
        sessionTimeoutMs,
        rebalanceTimeoutMs,
        nowMs,
      );
      return;
    }
    if (!member) {
      member = {
        memberId,
        client,
        subscription,
        owned,
        sessionTimeoutMs,
        rebalanceTimeoutMs,
        sessionDeadline: nowMs + sessionTimeoutMs,
        awaitingJoin: true,
        assignment: nameRecord(),
        groupInstanceId,
      };
      this.watchDeadline(member.sessionDeadline);
      this.members.set(memberId, member);
      this.staticMembers.set(groupInstanceId, memberId);
      if (this.leaderId === null) this.leaderId = memberId;
      this.newMemberAdded = true;
      this.emit('member-joined', this.groupId, `${memberId} joined`);
    } else {
      member.subscription = subscription;
      member.owned = owned;
      member.awaitingJoin = true;
      member.sessionDeadline = nowMs + sessionTimeoutMs;
      this.watchDeadline(member.sessionDeadline);
    }
    if (this.state === 'Empty' || this.state === 'Stable' || this.state === 'CompletingRebalance') {
      this.prepareRebalance(nowMs, isNew ? `${memberId} joined` : `${memberId} rejoined`);
    }
    this.maybeCompleteJoin(nowMs);
  }

  /**
   * A static member back with a new member id takes the old one's place and assignment: a Stable group with the same
   * subscriptions answers at once, same generation, no rebalance; otherwise it rebalances (or counts it in the round).
   */
  private replaceStaticMember(
    oldMemberId: string,
    memberId: string,
    client: GroupMemberClient,
    subscription: string[],
    sessionTimeoutMs: number,
    rebalanceTimeoutMs: number,
    nowMs: number,
  ): void {
    const old = this.members.get(oldMemberId)!;
    const member: MemberMetadata = {
      ...old,
      memberId,
      client,
      subscription,
      owned: [],
      sessionTimeoutMs,
      rebalanceTimeoutMs,
      sessionDeadline: nowMs + sessionTimeoutMs,
    };
    this.members.delete(oldMemberId);
    this.members.set(memberId, member);
    this.staticMembers.set(old.groupInstanceId!, memberId);
    if (this.leaderId === oldMemberId) this.leaderId = memberId;
    this.watchDeadline(member.sessionDeadline);
    this.emit('member-joined', this.groupId, `${memberId} replaced ${oldMemberId} (static member)`);
    if (this.state === 'Stable' && sameTopics(old.subscription, subscription)) {
      member.awaitingJoin = false;
      client.onAssignment(this.generation, member.assignment, nowMs);
      return;
    }
    member.awaitingJoin = true;
    if (this.state === 'Stable' || this.state === 'CompletingRebalance')
      this.prepareRebalance(nowMs, `static member ${memberId} rejoined with another subscription`);
    this.maybeCompleteJoin(nowMs);
  }

  heartbeat(memberId: string, generation: number, nowMs: number): HeartbeatResult {
    const member = this.members.get(memberId);
    if (!member) return 'unknown-member';
    member.sessionDeadline = nowMs + member.sessionTimeoutMs;
    if (this.state === 'PreparingRebalance') return 'rebalance-in-progress';
    if (generation !== this.generation) return 'illegal-generation';
    return 'ok';
  }

  /** LeaveGroup: a consumer closing, or one whose poll interval expired. */
  leave(memberId: string, nowMs: number, reason: string): void {
    if (!this.members.has(memberId)) return;
    this.removeMember(memberId, nowMs, 'member-left', `${memberId} left the group (${reason})`);
  }

  /** Offsets from a member of the current generation only (a fenced member gets ILLEGAL_GENERATION). */
  commit(memberId: string, generation: number, topic: string, partition: number, offset: number): boolean {
    if (!this.members.has(memberId) || generation !== this.generation) return false;
    this.storeOffset(topic, partition, offset);
    return true;
  }

  /** Stores a commit already checked (a consumer-protocol group checks the member epoch itself). */
  storeOffset(topic: string, partition: number, offset: number): void {
    this.offsets.store(topic, partition, offset);
  }

  committedOffset(topic: string, partition: number): number {
    return this.offsets.offset(topic, partition);
  }

  committedFor(topic: string, partitions: number): number[] {
    return this.offsets.forTopic(topic, partitions);
  }

  committedTopics(): string[] {
    return this.offsets.topics();
  }

  /** When the next session expiry check or join deadline is due (the fluid mode ends a step there). */
  get nextDeadlineMs(): number {
    const join = this.state === 'PreparingRebalance' ? this.joinDeadline : Infinity;
    return join < this.nextExpiryCheckMs ? join : this.nextExpiryCheckMs;
  }

  /** Expire silent members and give up on members that do not rejoin in time. */
  tick(nowMs: number): void {
    if (nowMs >= this.nextExpiryCheckMs) this.expireSessions(nowMs);
    if (this.state === 'PreparingRebalance' && nowMs >= this.joinDeadline) this.onJoinDeadline(nowMs);
  }

  /** When `tick` next has something to do: a session that may expire, or the join phase's deadline. */
  nextEventMs(): number {
    const join = this.state === 'PreparingRebalance' ? this.joinDeadline : Infinity;
    return join < this.nextExpiryCheckMs ? join : this.nextExpiryCheckMs;
  }

  private expireSessions(nowMs: number): void {
    // Set before the scan, not after: a removal below can complete a join round, which sets every member's
    // deadline anew (watchDeadline), including members the scan passed while they were still rejoining.
    this.nextExpiryCheckMs = Infinity;
    for (const member of [...this.members.values()]) {
      if (member.awaitingJoin || !this.members.has(member.memberId)) continue;
      if (nowMs >= member.sessionDeadline) {
        this.removeMember(
          member.memberId,
          nowMs,
          'member-removed',
          `${member.memberId} removed: no heartbeat within session.timeout.ms (${member.sessionTimeoutMs} ms)`,
        );
      } else this.watchDeadline(member.sessionDeadline);
    }
  }

  /** Session deadlines only move later, except when one is set anew: keep the next check no later than it. */
  private watchDeadline(deadline: number): void {
    if (deadline < this.nextExpiryCheckMs) this.nextExpiryCheckMs = deadline;
  }

  /** A topic's partition count or the members' subscriptions changed: the leader asks for a rebalance. */
  requestRebalance(nowMs: number, reason: string): void {
    if (this.state === 'Stable' || this.state === 'CompletingRebalance') this.prepareRebalance(nowMs, reason);
  }

  markDead(): void {
    this.setState('Dead', 'the group was deleted');
    this.members.clear();
    this.staticMembers.clear();
  }

  private removeMember(
    memberId: string,
    nowMs: number,
    type: 'member-left' | 'member-removed',
    why: string,
  ): void {
    this.staticMembers.forget(this.members.get(memberId)?.groupInstanceId ?? null, memberId);
    this.members.delete(memberId);
    this.emit(type, this.groupId, why);
    if (this.leaderId === memberId) this.leaderId = this.members.keys().next().value ?? null;
    // tryCompleteElseWatch: the new join round completes at once if nobody else must rejoin (the last leaver).
    if (this.state === 'Stable' || this.state === 'CompletingRebalance') this.prepareRebalance(nowMs, why);
    if (this.state === 'PreparingRebalance') this.maybeCompleteJoin(nowMs);
  }

  private prepareRebalance(nowMs: number, reason: string): void {
    if (this.state === 'Empty') {
      // InitialDelayedJoin: a new group waits group.initial.rebalance.delay.ms for more members.
      const rebalanceTimeout = this.maxRebalanceTimeout();
      const delay = Math.min(this.initialRebalanceDelayMs, rebalanceTimeout);
      this.inInitialDelay = delay > 0;
      this.initialDelayRemainingMs = Math.max(rebalanceTimeout - delay, 0);
      this.joinDeadline = nowMs + delay;
      this.newMemberAdded = false;
    } else {
      this.inInitialDelay = false;
      this.joinDeadline = nowMs + this.maxRebalanceTimeout();
    }
    this.rebalances++;
    this.setState('PreparingRebalance', reason);
  }

  private maybeCompleteJoin(nowMs: number): void {
    if (this.state !== 'PreparingRebalance' || this.inInitialDelay) return;
    for (const member of this.members.values()) if (!member.awaitingJoin) return;
    this.completeJoin(nowMs);
  }

  private onJoinDeadline(nowMs: number): void {
    if (this.inInitialDelay && this.newMemberAdded && this.initialDelayRemainingMs > 0) {
      // InitialDelayedJoin.onComplete: more members came, wait once more, up to the rebalance timeout.
      const delay = Math.min(this.initialRebalanceDelayMs, this.initialDelayRemainingMs);
      this.initialDelayRemainingMs = Math.max(this.initialDelayRemainingMs - delay, 0);
      this.newMemberAdded = false;
      this.joinDeadline = nowMs + delay;
      return;
    }
    this.inInitialDelay = false;
    // DelayedJoin expired: dynamic members that did not rejoin within the rebalance timeout are removed; static
    // ones stay in the group until their session expires (completeClassicGroupJoin).
    for (const member of [...this.members.values()]) {
      if (!member.awaitingJoin && member.groupInstanceId === null) {
        this.members.delete(member.memberId);
        this.emit(
          'member-removed',
          this.groupId,
          `${member.memberId} removed: did not rejoin within the rebalance timeout`,
        );
      }
    }
    this.completeJoin(nowMs);
  }

  private completeJoin(nowMs: number): void {
    this.joinDeadline = Infinity;
    this.generation++;
    if (this.members.size === 0) {
      this.leaderId = null;
      this.setState('Empty', `generation ${this.generation} has no members`);
      return;
    }
    if (this.leaderId === null || !this.members.has(this.leaderId))
      this.leaderId = this.members.keys().next().value!;
    this.setState(
      'CompletingRebalance',
      `generation ${this.generation}: ${this.members.size} member(s), leader ${this.leaderId}`,
    );
    // The leader's SyncGroup carries the assignor's result; it arrives at once, so the group turns Stable now.
    const result = assign(this.assignor, {
      members: [...this.members.values()].map((m) => ({
        memberId: m.memberId,
        topics: m.subscription,
        owned: m.owned,
      })),
      partitionsPerTopic: this.partitionsPerTopic(),
    });
    for (const member of this.members.values()) {
      member.awaitingJoin = false;
      member.sessionDeadline = nowMs + member.sessionTimeoutMs;
      this.watchDeadline(member.sessionDeadline);
      member.assignment = ownValue(result, member.memberId) ?? nameRecord();
    }
    this.setState('Stable', `generation ${this.generation} assigned by ${this.assignor}`);
    for (const member of this.members.values())
      member.client.onAssignment(this.generation, member.assignment, nowMs);
  }

  /** Filled by the simulation: the cluster's current partition count per topic (the leader's metadata). */
  partitionsPerTopic: () => Record<string, number> = () => nameRecord();

  private maxRebalanceTimeout(): number {
    let max = 0;
    for (const m of this.members.values()) max = Math.max(max, m.rebalanceTimeoutMs);
    return max;
  }

  private setState(next: GroupState, reason: string): void {
    const prev = this.state;
    this.state = next;
    this.emit('group-state', this.groupId, `${prev} -> ${next}: ${reason}`);
  }
}
