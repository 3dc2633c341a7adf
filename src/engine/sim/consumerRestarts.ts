// Not Kafka: a consumer's process restarted by a person (a deploy, a rolling restart): KafkaConsumer.close(), then
// the same application, with the same client.id and group.instance.id, starts again RESTART_DELAY_MS later. A static
// member (KIP-345) sends no LeaveGroup on close, so back within session.timeout.ms it takes its old place without a
// rebalance; a dynamic one leaves at once (a rebalance) and joins again as a new member (another).
import type { ConsumerMember } from '../kafka/group/consumerMember';

/** How long a restarted consumer's process is down: a JVM service's stop and start, fixed so runs repeat. */
export const RESTART_DELAY_MS = 10_000;

interface PendingStart {
  atMs: number;
  clientId: string;
  groupInstanceId: string | null;
}

export class ConsumerRestarts {
  private readonly pending: PendingStart[] = [];
  /** When the next restarted process starts; Infinity when none is down. */
  nextAtMs = Infinity;

  get count(): number {
    return this.pending.length;
  }

  /** Instance ids of processes that are down and will start again. */
  holds(groupInstanceId: string): boolean {
    return this.pending.some((p) => p.groupInstanceId === groupInstanceId);
  }

  /** Closes `member` now; it starts again at `nowMs + RESTART_DELAY_MS`. */
  restart(member: ConsumerMember, nowMs: number): void {
    member.close();
    this.pending.push({
      atMs: nowMs + RESTART_DELAY_MS,
      clientId: member.clientId,
      groupInstanceId: member.groupInstanceId,
    });
    if (nowMs + RESTART_DELAY_MS < this.nextAtMs) this.nextAtMs = nowMs + RESTART_DELAY_MS;
  }

  /** Starts every process due by `nowMs` with `start(clientId, groupInstanceId)`. */
  startDue(nowMs: number, start: (clientId: string, groupInstanceId: string | null) => void): void {
    if (nowMs < this.nextAtMs) return;
    this.nextAtMs = Infinity;
    for (let i = 0; i < this.pending.length;) {
      const p = this.pending[i]!;
      if (p.atMs <= nowMs) {
        this.pending.splice(i, 1);
        start(p.clientId, p.groupInstanceId);
      } else {
        if (p.atMs < this.nextAtMs) this.nextAtMs = p.atMs;
        i++;
      }
    }
  }
}

/** KIP-345's group.instance.id for a new member: `<groupId>-<n>`, the lowest n no running or restarting one holds. */
export function freeInstanceId(
  groupId: string,
  live: readonly ConsumerMember[],
  restarts: ConsumerRestarts,
): string {
  for (let n = 1; ; n++) {
    const id = `${groupId}-${n}`;
    if (!restarts.holds(id) && !live.some((m) => m.groupInstanceId === id)) return id;
  }
}
