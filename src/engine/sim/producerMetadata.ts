// What a producer knows of the cluster (its Metadata / Cluster snapshot): which broker leads each partition.
import type { BrokerRuntime } from './cluster/brokerRuntime';
import type { TopicRuntime } from './topicRuntime';

/**
 * Cluster.leaderFor as the producer's Sender and partitioner read it. Metadata propagation is immediate in Franz, so
 * the producer's view is the controller's: a broker that died but is not fenced yet is still the leader (the producer
 * cannot connect to it), and a partition whose leader was fenced with no replica left to elect has none.
 * This is the one place to change if producers get their own, possibly stale, view of the leaders.
 */
export function knownLeader(topic: TopicRuntime, partition: number): BrokerRuntime | null {
  return topic.replicas[partition]!.leaderBroker();
}
