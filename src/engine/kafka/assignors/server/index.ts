// The group coordinator's assignors for the consumer rebalance protocol (KIP-848): `uniform` (the default, first
// in group.consumer.assignors) and `range`. They run on the broker, not in a group leader.
import { javaHashMapKeyOrder } from '../javaHash';
import { serverRangeAssign } from './range';
import type { ServerAssignorName, ServerGroupAssignment, ServerGroupSpec } from './types';
import { uniformAssign } from './uniform';

export type {
  ServerAssignorMember,
  ServerAssignorName,
  ServerGroupAssignment,
  ServerGroupSpec,
  TopicAssignment,
} from './types';

export function serverAssign(name: ServerAssignorName, spec: ServerGroupSpec): ServerGroupAssignment {
  return name === 'range' ? serverRangeAssign(spec) : uniformAssign(spec);
}

/**
 * The order TargetAssignmentBuilder hands members to the assignor: the keys of a java.util.HashMap filled with
 * the group's members in the order they joined (then the member being added), so by String.hashCode buckets.
 */
export function groupSpecOrder<T extends { memberId: string }>(members: readonly T[]): T[] {
  const byId = new Map(members.map((m) => [m.memberId, m]));
  return javaHashMapKeyOrder(members.map((m) => m.memberId)).map((id) => byId.get(id)!);
}
