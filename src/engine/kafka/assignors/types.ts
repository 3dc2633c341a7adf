// Shapes of org.apache.kafka.clients.consumer.ConsumerPartitionAssignor's input and output, as the engine API exposes them.

export type AssignorName = 'range' | 'roundrobin' | 'sticky' | 'cooperative-sticky';

export interface OwnedPartition {
  topic: string;
  partition: number;
}

export interface AssignorMember {
  memberId: string;
  topics: string[];
  /** The partitions the member owned before this rebalance (sticky assignors only). */
  owned?: OwnedPartition[];
}

export interface AssignmentInput {
  members: AssignorMember[];
  partitionsPerTopic: Record<string, number>;
}

/**
 * memberId -> topic -> ascending partitions; every member present, topics it got nothing of omitted. Records
 * without a prototype (model/nameRecord): a topic named "constructor" reads as undefined unless assigned.
 */
export type GroupAssignment = Record<string, Record<string, number[]>>;

/**
 * Not part of the engine API: lets tests reproduce Kafka's generation-conflict cases. A member's owned partitions
 * come from `generation` (Subscription.generationId / the StickyAssignor userData generation); without it every
 * member that reports `owned` is taken to be in the same, current generation, which is all the engine needs.
 */
export interface GenerationalMember extends AssignorMember {
  generation?: number;
}

export interface GenerationalInput {
  members: GenerationalMember[];
  partitionsPerTopic: Record<string, number>;
}

/** One interned TopicPartition per (topic, partition) in an assignment run, so sets and lists compare by identity. */
export interface TopicPartition {
  readonly topic: string;
  readonly partition: number;
  /** org.apache.kafka.common.TopicPartition.hashCode(), for emulating java.util.HashSet iteration order. */
  readonly hash: number;
}

/** A member's Subscription as the leader decodes it. */
export interface Subscription {
  readonly memberId: string;
  /** Subscribed topics, including ones missing from metadata (Java compares these raw lists). */
  readonly topics: readonly string[];
  readonly topicSet: ReadonlySet<string>;
  /** Previously owned partitions (userData for StickyAssignor, ownedPartitions for the cooperative one). */
  readonly owned: readonly TopicPartition[];
  /** Generation of `owned`, or -1 (DEFAULT_GENERATION) when the member reported none. */
  readonly generation: number;
}

/** What AbstractPartitionAssignor.assign(Cluster, GroupSubscription) hands to assignPartitions. */
export interface PreparedGroup {
  /** In insertion order of the leader's HashMap<memberId, Subscription>. */
  readonly subscriptions: readonly Subscription[];
  readonly byId: ReadonlyMap<string, Subscription>;
  /** Subscribed topics that exist with at least one partition. */
  readonly partitionsPerTopic: ReadonlyMap<string, number>;
  tp(topic: string, partition: number): TopicPartition;
}

/** memberId -> assigned partitions in the order Java's list holds them. */
export type RawAssignment = Map<string, TopicPartition[]>;
