// The Java consumer's partition assignors (org.apache.kafka.clients.consumer.*Assignor), as the group leader runs them.

import { cooperativeStickyAssign } from './cooperativeSticky';
import { prepareGroup, toGroupAssignment } from './prepare';
import { rangeAssign } from './range';
import { roundRobinAssign } from './roundRobin';
import { stickyAssign } from './sticky';
import type { AssignmentInput, AssignorName, GroupAssignment, PreparedGroup, RawAssignment } from './types';

export type { AssignmentInput, AssignorMember, AssignorName, GroupAssignment, OwnedPartition } from './types';

const ASSIGNORS: Record<AssignorName, (group: PreparedGroup) => RawAssignment> = {
  range: rangeAssign,
  roundrobin: roundRobinAssign,
  sticky: (group) => stickyAssign(group).assignment,
  'cooperative-sticky': cooperativeStickyAssign,
};

/**
 * What the group leader's assignor returns for these subscriptions: memberId -> topic -> ascending partitions,
 * every member present. Only subscribed topics found in `partitionsPerTopic` (with 1+ partitions) are assigned;
 * `owned` matters to the sticky assignors only.
 */
export function assign(strategy: AssignorName, input: AssignmentInput): GroupAssignment {
  const group = prepareGroup(input);
  return toGroupAssignment(group, ASSIGNORS[strategy](group));
}
