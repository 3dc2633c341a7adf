// The group coordinator's side of KIP-848 assignment: GroupSpec, SubscribedTopicDescriber and GroupAssignment
// (org.apache.kafka.coordinator.group.api.assignor), with topic names where Kafka uses topic ids.

/** group.remote.assignor: the server-side assignors Kafka's group coordinator ships (group.consumer.assignors). */
export type ServerAssignorName = 'uniform' | 'range';

/** Topic -> ascending partitions. Built without a prototype (model/nameRecord): a topic may be named "__proto__". */
export type TopicAssignment = Record<string, number[]>;

/** MemberSubscriptionAndAssignmentImpl: what a member subscribes to and its current target assignment. */
export interface ServerAssignorMember {
  memberId: string;
  /** The subscribed topic names. */
  topics: readonly string[];
  /** The member's target assignment so far (Kafka's assignors start from it, to stay sticky). */
  target: TopicAssignment;
}

/**
 * GroupSpecImpl: the members in the order Kafka's TargetAssignmentBuilder iterates them (a java.util.HashMap keyed
 * by member id: see `groupSpecOrder`), and the partition count of each subscribed topic.
 */
export interface ServerGroupSpec {
  members: readonly ServerAssignorMember[];
  partitionsPerTopic: Readonly<Record<string, number>>;
}

/** GroupAssignment: memberId -> topic -> ascending partitions, every member present. */
export type ServerGroupAssignment = Record<string, TopicAssignment>;
