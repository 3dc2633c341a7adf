// Names shared by the group coordinator (broker side) and the consumers (client side).
import type { AssignorName } from '../assignors';

/** A group's state as ListGroups names it: ClassicGroupState's five, or KIP-848's two of its own. */
export type GroupState =
  'Empty' | 'PreparingRebalance' | 'CompletingRebalance' | 'Stable' | 'Dead' | ConsumerGroupState;

/**
 * ConsumerGroupState (KIP-848): a consumer-protocol group is Empty, Assigning (a new group epoch awaits its target
 * assignment), Reconciling (some member is not yet at the target) or Stable; Dead when deleted.
 */
export type ConsumerGroupState = 'Assigning' | 'Reconciling';

export interface TopicPartition {
  topic: string;
  partition: number;
}

/**
 * Topic -> partitions, ascending: the shape of an assignment on the wire (ConsumerProtocolAssignment). Built
 * without a prototype (model/nameRecord), since a topic may be named "__proto__" or "constructor".
 */
export type Assignment = Record<string, number[]>;

export type HeartbeatResult = 'ok' | 'rebalance-in-progress' | 'unknown-member' | 'illegal-generation';

/** What a member's client hears back once the coordinator completes a rebalance. */
export interface GroupMemberClient {
  onAssignment(generation: number, assignment: Assignment, nowMs: number): void;
}

export type { AssignorName };

/** EAGER revokes everything before rejoining; COOPERATIVE (KIP-429) keeps what it may keep. */
export function rebalanceProtocolOf(assignor: AssignorName): 'eager' | 'cooperative' {
  return assignor === 'cooperative-sticky' ? 'cooperative' : 'eager';
}
