// org.apache.kafka.admin.AdminUtils (server-common, apache/kafka 1eb7644349cb, 4.0.0-SNAPSHOT): ZooKeeper-era placement.

import { compareJavaStrings } from '../assignors/javaHash';
import { ReplicaPlacementError, type PlacementBroker, type RandomSource } from './replicaPlacementTypes';

export interface AdminUtilsRequest {
  /** BrokerMetadata in the caller's order; the rack-unaware walk follows it (Kafka's callers sort by id). */
  brokers: readonly Pick<PlacementBroker, 'id' | 'rack'>[];
  partitions: number;
  replicationFactor: number;
  /** Pins both the first leader's index and the follower shift (Kafka's -1, or undefined: draw them). */
  fixedStartIndex?: number;
  /** The first new partition's id when adding partitions (Kafka's -1, or undefined: 0). */
  startPartitionId?: number;
  /** AdminUtils.RAND; needed only without a fixedStartIndex. */
  random?: RandomSource;
}

/**
 * AdminUtils.assignReplicasToBrokers: element i holds the replicas (preferred leader first) of partition
 * max(0, startPartitionId) + i. Rack-aware when any broker has a rack, and then every broker must have one.
 */
export function assignReplicasToBrokers(request: AdminUtilsRequest): number[][] {
  const { brokers, partitions, replicationFactor } = request;
  const fixedStartIndex = request.fixedStartIndex ?? -1;
  const startPartitionId = request.startPartitionId ?? -1;
  if (partitions <= 0) {
    throw new ReplicaPlacementError(
      'InvalidPartitionsException',
      'Number of partitions must be larger than 0.',
    );
  }
  if (replicationFactor <= 0) {
    throw new ReplicaPlacementError(
      'InvalidReplicationFactorException',
      'Replication factor must be larger than 0.',
    );
  }
  if (replicationFactor > brokers.length) {
    throw new ReplicaPlacementError(
      'InvalidReplicationFactorException',
      `Replication factor: ${replicationFactor} larger than available brokers: ${brokers.length}.`,
    );
  }
  // Both indexes are drawn up front in Kafka, start index first, whether or not the loop needs them.
  const draw = (n: number): number => {
    if (fixedStartIndex >= 0) return fixedStartIndex;
    if (!request.random)
      throw new Error('assignReplicasToBrokers needs `random` when no fixedStartIndex is given');
    return request.random.nextInt(n);
  };
  if (brokers.every((b) => b.rack === undefined)) {
    return rackUnaware(
      partitions,
      replicationFactor,
      brokers.map((b) => b.id),
      startPartitionId,
      draw,
    );
  }
  return rackAware(partitions, replicationFactor, brokers, startPartitionId, draw);
}

/** Leaders round-robin from a start index; followers at a shift that grows by one every brokers.length partitions. */
function rackUnaware(
  nPartitions: number,
  replicationFactor: number,
  brokerList: readonly number[],
  startPartitionId: number,
  draw: (n: number) => number,
): number[][] {
  const n = brokerList.length;
  const result: number[][] = [];
  const startIndex = draw(n);
  let currentPartitionId = Math.max(0, startPartitionId);
  let nextReplicaShift = draw(n);
  for (let i = 0; i < nPartitions; i++) {
    if (currentPartitionId > 0 && currentPartitionId % n === 0) nextReplicaShift += 1;
    const firstReplicaIndex = ((currentPartitionId + startIndex) | 0) % n;
    const replicas = [at(brokerList, firstReplicaIndex)];
    for (let j = 0; j < replicationFactor - 1; j++) {
      replicas.push(at(brokerList, replicaIndex(firstReplicaIndex, nextReplicaShift, j, n)));
    }
    result.push(replicas);
    currentPartitionId += 1;
  }
  return result;
}

/**
 * The same walk over the rack-alternated broker list, skipping a broker whose rack already holds a replica while
 * some rack holds none, or that already holds one while some broker holds none.
 */
function rackAware(
  nPartitions: number,
  replicationFactor: number,
  brokers: readonly Pick<PlacementBroker, 'id' | 'rack'>[],
  startPartitionId: number,
  draw: (n: number) => number,
): number[][] {
  const brokerRackMap = new Map<number, string>();
  for (const b of brokers) {
    if (b.rack === undefined) {
      throw new ReplicaPlacementError(
        'AdminOperationException',
        'Not all brokers have rack information for replica rack aware assignment.',
      );
    }
    brokerRackMap.set(b.id, b.rack);
  }
  const numRacks = new Set(brokerRackMap.values()).size;
  const arranged = getRackAlternatedBrokerList(brokerRackMap);
  const numBrokers = arranged.length;
  const result: number[][] = [];
  const startIndex = draw(numBrokers);
  let currentPartitionId = Math.max(0, startPartitionId);
  let nextReplicaShift = draw(numBrokers);
  for (let i = 0; i < nPartitions; i++) {
    if (currentPartitionId > 0 && currentPartitionId % numBrokers === 0) nextReplicaShift += 1;
    const firstReplicaIndex = ((currentPartitionId + startIndex) | 0) % numBrokers;
    const leader = at(arranged, firstReplicaIndex);
    const replicas = [leader];
    const racksWithReplicas = new Set([brokerRackMap.get(leader)]);
    const brokersWithReplicas = new Set([leader]);
    let k = 0;
    for (let j = 0; j < replicationFactor - 1; j++) {
      let done = false;
      while (!done) {
        const broker = at(
          arranged,
          replicaIndex(firstReplicaIndex, Math.imul(nextReplicaShift, numRacks), k, numBrokers),
        );
        const rack = brokerRackMap.get(broker);
        if (
          (!racksWithReplicas.has(rack) || racksWithReplicas.size === numRacks) &&
          (!brokersWithReplicas.has(broker) || brokersWithReplicas.size === numBrokers)
        ) {
          replicas.push(broker);
          racksWithReplicas.add(rack);
          brokersWithReplicas.add(broker);
          done = true;
        }
        k += 1;
      }
    }
    result.push(replicas);
    currentPartitionId += 1;
  }
  return result;
}

/**
 * AdminUtils.getRackAlternatedBrokerList: racks in String order, each rack's brokers ascending, taken one per rack
 * in turn, e.g. rack1: 0, 1, 2 / rack2: 3, 4, 5 / rack3: 6, 7, 8 gives 0, 3, 6, 1, 4, 7, 2, 5, 8.
 */
export function getRackAlternatedBrokerList(brokerRackMap: ReadonlyMap<number, string>): number[] {
  const byRack = new Map<string, number[]>();
  for (const [id, rack] of brokerRackMap) {
    const list = byRack.get(rack);
    if (list) list.push(id);
    else byRack.set(rack, [id]);
  }
  const racks = [...byRack.keys()].sort(compareJavaStrings);
  const iterators = racks.map((rack) => (byRack.get(rack) as number[]).sort((a, b) => a - b).values());
  const result: number[] = [];
  let rackIndex = 0;
  while (result.length < brokerRackMap.size) {
    const next = (iterators[rackIndex] as IterableIterator<number>).next();
    if (!next.done) result.push(next.value);
    rackIndex = (rackIndex + 1) % racks.length;
  }
  return result;
}

/** AdminUtils.replicaIndex: follower j of a partition sits 1..n-1 places after its leader, never on it. */
export function replicaIndex(
  firstReplicaIndex: number,
  secondReplicaShift: number,
  replicaIndexInPartition: number,
  nBrokers: number,
): number {
  // Java adds and takes the remainder in int, then widens to long before adding the leader's index.
  const shift = 1 + (((secondReplicaShift + replicaIndexInPartition) | 0) % (nBrokers - 1));
  return (firstReplicaIndex + shift) % nBrokers;
}

/**
 * AdminZkClient.createNewPartitionsAssignment (ZooKeeper mode, gone in Kafka 4.0): new partitions continue the
 * topic's pattern, starting from the first broker (by id) not below partition 0's leader, with partition 0's
 * replication factor. `brokers` as AdminZkClient.getBrokerMetadatas gives them: sorted by id.
 */
export function assignNewPartitionsZk(
  topic: string,
  existing: readonly (readonly number[])[],
  brokers: readonly Pick<PlacementBroker, 'id' | 'rack'>[],
  newPartitionCount: number,
): number[][] {
  const partition0 = existing[0];
  if (partition0 === undefined) {
    throw new ReplicaPlacementError(
      'AdminOperationException',
      `Unexpected existing replica assignment for topic '${topic}', partition id 0 is missing. Assignment: Map()`,
    );
  }
  const partitionsToAdd = newPartitionCount - existing.length;
  if (partitionsToAdd <= 0) {
    throw new ReplicaPlacementError(
      'InvalidPartitionsException',
      `The number of partitions for a topic can only be increased. Topic ${topic} currently has ${existing.length} ` +
        `partitions, ${newPartitionCount} would not be an increase.`,
    );
  }
  const leader0 = partition0[0] as number;
  const startIndex = Math.max(
    0,
    brokers.findIndex((b) => b.id >= leader0),
  );
  return assignReplicasToBrokers({
    brokers,
    partitions: partitionsToAdd,
    replicationFactor: partition0.length,
    fixedStartIndex: startIndex,
    startPartitionId: existing.length,
  });
}

function at(list: readonly number[], index: number): number {
  const v = list[index];
  if (v === undefined) throw new RangeError(`Index ${index} out of bounds for length ${list.length}`);
  return v;
}
