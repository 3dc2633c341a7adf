// The Java client's side of the consumer rebalance protocol (KIP-848): ConsumerMembershipManager and
// AbstractMembershipManager with the HeartbeatRequestManager's timing. The member heartbeats every
// group.consumer.heartbeat.interval.ms (the interval the coordinator's response gives, 5 s by default); a response
// with another assignment is reconciled at once: the partitions no longer its own are revoked (their positions
// committed first when auto-commit is on), the new ones taken, and the next heartbeat, sent without waiting for the
// interval (ACKNOWLEDGING), tells the coordinator what it owns now. Records keep flowing from the partitions it
// keeps: nothing waits for the rest of the group.
import type { ConsumerGroupContext } from './consumerGroupContext';
import type { ConsumerGroupCoordinator } from './consumerGroupCoordinator';
import type { Fetcher } from './fetcher';
import type { Assignment } from './types';

/** What the membership manager drives of a consumer (ConsumerMember implements it). */
export interface ReconcilingConsumer {
  readonly clientId: string;
  memberId: string | null;
  /** The member epoch under the consumer protocol. */
  generation: number;
  status: 'starting' | 'joining' | 'active' | 'crashed' | 'closed';
  needsRejoin: boolean;
  lastPollMs: number;
  /** When the next heartbeat is due (the consumer's wake-up reads it). */
  nextHeartbeatMs: number;
  /** The topics the consumer subscribes to, as of its last metadata refresh. */
  readonly subscription: readonly string[];
  readonly fetcher: Fetcher;
  /** What it owns now, topic -> ascending partitions. */
  assignment(): Assignment;
  /** Commits the positions it has processed to. */
  commitPositions(): void;
}

export class ConsumerMembershipManager {
  private intervalMs: number;

  constructor(
    private readonly coordinator: ConsumerGroupCoordinator,
    private readonly consumer: ReconcilingConsumer,
    private readonly ctx: ConsumerGroupContext,
  ) {
    this.intervalMs = coordinator.heartbeatIntervalMs;
  }

  /**
   * JOINING: the first heartbeat, epoch 0, goes at once. A member already in the group (`active`) whose
   * subscription changed sends it with a heartbeat right away instead (the coordinator bumps the group epoch).
   */
  join(nowMs: number, active: boolean): void {
    const c = this.consumer;
    if (active) {
      c.needsRejoin = false;
      c.nextHeartbeatMs = nowMs;
      return;
    }
    if (c.memberId === null) c.memberId = this.coordinator.newMemberId(c.clientId);
    c.generation = 0;
    c.status = 'joining';
    c.needsRejoin = false;
    this.heartbeat(nowMs);
  }

  tick(nowMs: number): void {
    const c = this.consumer;
    if (c.status !== 'active' || c.memberId === null) return;
    if (nowMs - c.lastPollMs > this.ctx.settings.maxPollIntervalMs) {
      // max.poll.interval.ms: the member leaves (epoch -1) and rejoins on its next poll.
      this.leave(nowMs);
      c.fetcher.clearAssignment();
      c.status = 'starting';
      c.needsRejoin = true;
      return;
    }
    if (nowMs >= c.nextHeartbeatMs) this.heartbeat(nowMs);
  }

  /** The leave heartbeat (epoch -1): the coordinator frees the member's partitions at once. */
  leave(nowMs: number): void {
    const c = this.consumer;
    if (c.memberId === null) return;
    this.coordinator.heartbeat(
      c.memberId,
      -1,
      [...c.subscription],
      null,
      this.ctx.settings.maxPollIntervalMs,
      nowMs,
    );
    c.nextHeartbeatMs = Infinity;
  }

  /** OffsetCommit under the consumer protocol carries the member epoch; a stale one is refused. */
  acceptsCommit(): boolean {
    const c = this.consumer;
    return c.memberId !== null && this.coordinator.acceptsCommit(c.memberId, c.generation);
  }

  private heartbeat(nowMs: number): void {
    const c = this.consumer;
    const response = this.coordinator.heartbeat(
      c.memberId!,
      c.generation,
      [...c.subscription],
      c.assignment(),
      this.ctx.settings.maxPollIntervalMs,
      nowMs,
    );
    this.intervalMs = response.heartbeatIntervalMs;
    c.nextHeartbeatMs = nowMs + this.intervalMs;
    if (response.error !== null) {
      // FENCED_MEMBER_EPOCH / UNKNOWN_MEMBER_ID: the partitions are lost, not revoked; rejoin with epoch 0.
      c.fetcher.clearAssignment();
      c.generation = 0;
      c.status = 'starting';
      c.needsRejoin = true;
      return;
    }
    c.generation = response.memberEpoch;
    c.status = 'active';
    if (!sameAssignment(response.assignment, c.assignment())) {
      this.reconcile(response.assignment);
      // ACKNOWLEDGING: the next heartbeat goes now, not after the interval (on the next tick).
      c.nextHeartbeatMs = nowMs;
    }
  }

  /**
   * Revokes what `assignment` no longer holds, the positions committed first when auto-commit is on (the client
   * commits before revocation), then fetches the new partitions from their committed offsets.
   */
  private reconcile(assignment: Assignment): void {
    const c = this.consumer;
    const before = c.assignment();
    if (this.ctx.settings.enableAutoCommit) c.commitPositions();
    c.fetcher.retainOnly(assignment);
    for (const [name, partitions] of Object.entries(assignment)) {
      const topic = this.ctx.topic(name);
      if (topic) for (const p of partitions) c.fetcher.assign(topic, p);
    }
    const revoked = listed(before, assignment);
    const added = listed(c.assignment(), before);
    this.ctx.emit(
      'assignment',
      this.ctx.coordinator.groupId,
      `${c.memberId} at member epoch ${c.generation}: revoked [${revoked}], assigned [${added}]`,
    );
  }
}

/** The partitions of `a` that `b` does not hold, as "topic-p" names. */
function listed(a: Assignment, b: Assignment): string {
  const out: string[] = [];
  for (const [t, ps] of Object.entries(a)) for (const p of ps) if (!b[t]?.includes(p)) out.push(`${t}-${p}`);
  return out.join(', ');
}

function sameAssignment(a: Assignment, b: Assignment): boolean {
  return listed(a, b) === '' && listed(b, a) === '';
}
