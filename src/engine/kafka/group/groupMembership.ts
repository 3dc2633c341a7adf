// What the simulation reads of a group's membership, whichever protocol runs it: the classic GroupCoordinator or
// KIP-848's ConsumerGroupCoordinator. The snapshot, the report and the event scheduler read a group through it.
import type { Assignment, GroupState } from './types';

export interface GroupMembership {
  readonly state: GroupState;
  /** The classic generation; the group epoch under the consumer protocol. */
  readonly generation: number;
  /** Classic: join rounds begun. Consumer protocol: target assignments computed (each for a new group epoch). */
  readonly rebalances: number;
  readonly leaderId: string | null;
  memberIds(): string[];
  memberCount(): number;
  /** The partitions the member holds now; undefined for a member the coordinator does not know. */
  assignmentOf(memberId: string): Assignment | undefined;
  sessionDeadlineOf(memberId: string): number | null;
  nextEventMs(): number;
  readonly nextDeadlineMs: number;
}
