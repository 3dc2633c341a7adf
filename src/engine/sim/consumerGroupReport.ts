// What the report adds for a group running the consumer rebalance protocol (KIP-848, ConsumerGroupCoordinator):
// the group epoch and target assignment epoch, each member's epoch, MemberState and target. Classic groups carry
// none of these fields, so the reports of designs that do not set groupProtocol stay byte for byte as they were.
import type { ConsumerGroupCoordinator } from '../kafka/group/consumerGroupCoordinator';
import type { MemberState } from '../kafka/group/currentAssignmentBuilder';
import { nameRecord } from '../model/nameRecord';

export interface ConsumerProtocolGroupFields {
  /** group.protocol: "consumer" for a KIP-848 group; absent for a classic one (read it with `groupProtocolOf`). */
  protocol?: 'consumer';
  /** The group epoch (also the report's `generation`): bumped by every join, leave, subscription or partition change. */
  groupEpoch?: number;
  /** The group epoch the current target assignment was computed for. */
  assignmentEpoch?: number;
}

export interface ConsumerProtocolMemberFields {
  /** The member epoch: the group epoch the member has reconciled to. */
  memberEpoch?: number;
  /** Not yet stable at the target assignment's epoch: revoking, or waiting for partitions another member holds. */
  reconciling?: boolean;
  /** CurrentAssignmentBuilder's MemberState. */
  memberState?: MemberState;
  /** The member's target assignment: where the coordinator's assignor wants it to end up. */
  target?: Record<string, number[]>;
}

/** The group's protocol, from its report: "classic" unless it says "consumer". */
export function groupProtocolOf(group: ConsumerProtocolGroupFields): 'classic' | 'consumer' {
  return group.protocol ?? 'classic';
}

export function consumerGroupFields(c: ConsumerGroupCoordinator): ConsumerProtocolGroupFields {
  return { protocol: 'consumer', groupEpoch: c.groupEpoch, assignmentEpoch: c.assignmentEpoch };
}

export function consumerMemberFields(
  c: ConsumerGroupCoordinator,
  memberId: string,
): ConsumerProtocolMemberFields {
  return {
    memberEpoch: c.memberEpochOf(memberId) ?? -1,
    reconciling: c.isReconciling(memberId),
    memberState: c.memberStateOf(memberId) ?? 'STABLE',
    target: c.targetOf(memberId) ?? nameRecord(),
  };
}
