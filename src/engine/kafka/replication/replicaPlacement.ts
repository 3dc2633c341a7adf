// Replica placement as a KRaft controller does it: org.apache.kafka.metadata.placement.StripedReplicaPlacer (Kafka 4.0).

/*
 * Kafka 4.x runs only in KRaft mode. There the QuorumController's ReplicationControlManager places the replicas of
 * CreateTopics and of CreatePartitions with ClusterControlManager's replicaPlacer, which is always
 * `new StripedReplicaPlacer(new Random())`. AdminUtils.assignReplicasToBrokers (adminUtilsPlacement.ts) is the
 * ZooKeeper-era algorithm: in 4.x only `kafka-reassign-partitions.sh --generate` still uses it. Ported from
 * apache/kafka trunk at 1eb7644349cb (4.0.0-SNAPSHOT, October 2024).
 */

import { JavaHashSet } from '../assignors/javaHash';
import { placeStriped, type UsableBroker } from './stripedReplicaPlacer';
import type { PlacementBroker, RandomSource } from './replicaPlacementTypes';

export { ReplicaPlacementError, type PlacementBroker, type RandomSource } from './replicaPlacementTypes';
export type { PlacementErrorKind } from './replicaPlacementTypes';
export {
  assignNewPartitionsZk,
  assignReplicasToBrokers,
  getRackAlternatedBrokerList,
  type AdminUtilsRequest,
} from './adminUtilsPlacement';

export interface PlacementRequest {
  /**
   * The controller's usable brokers: every registered broker except those in controlled shutdown, `fenced` when
   * its session lapsed or it has not caught up yet. Listed in the order they last registered (see below).
   */
  brokers: readonly PlacementBroker[];
  /** For CreatePartitions: the number of partitions added (Kafka places them as if the topic were new). */
  partitions: number;
  replicationFactor: number;
  /** The controller's Random, drawn from as StripedReplicaPlacer draws. */
  random: RandomSource;
}

/**
 * The replicas of each new partition, preferred leader first, exactly as StripedReplicaPlacer.place gives them.
 * Racks are round-robin and each partition starts one rack (and, within a rack, one broker) further on; a
 * leader is never fenced, and a rack gives a partition a fenced follower only after all its unfenced brokers.
 * Brokers without a rack form one more rack (Optional.empty(), sorted first); unlike AdminUtils this is no error.
 *
 * Throws ReplicaPlacementError('InvalidReplicationFactorException') with the placer's message, e.g. "The target
 * replication factor of 3 cannot be reached because only 2 broker(s) are registered." or "All brokers are
 * currently fenced."; the controller's CreateTopics response prefixes it with "Unable to replicate the partition
 * 3 time(s): ". Kafka checks after drawing its random numbers, and so does this.
 */
export function assignReplicas(request: PlacementRequest): number[][] {
  return placeStriped(
    controllerBrokerOrder(request.brokers),
    request.partitions,
    request.replicationFactor,
    request.random,
  );
}

/**
 * BrokerHeartbeatManager keeps the brokers in a java.util.HashMap<Integer, _> and the placer meets them in that
 * map's order. The order only decides which of two racks sharing a hash bucket draws its random offsets first,
 * but it is cheap to get right: ids by bucket, ties in registration order (a broker that registers again, e.g.
 * after a restart, is removed and put back, so it moves behind the others in its bucket).
 */
function controllerBrokerOrder(brokers: readonly PlacementBroker[]): UsableBroker[] {
  const byId = new Map<number, PlacementBroker>();
  const ids = new JavaHashSet<number>((id) => id); // Integer.hashCode() is the value itself
  for (const b of brokers) {
    if (byId.has(b.id)) throw new Error(`broker ${b.id} is listed twice`);
    byId.set(b.id, b);
    ids.add(b.id);
  }
  return ids.toArray().map((id) => {
    const b = byId.get(id) as PlacementBroker;
    return { id, rack: b.rack ?? null, fenced: b.fenced ?? false };
  });
}
