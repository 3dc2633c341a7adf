// Kafka's AdminRackAwareTest exact cases (core, apache/kafka 1eb7644349cb) and AdminUtils' javadoc examples.

import { describe, expect, it } from 'vitest';
import { Rng } from '../../common/rng';
import {
  assignNewPartitionsZk,
  assignReplicasToBrokers,
  getRackAlternatedBrokerList,
  replicaIndex,
} from './adminUtilsPlacement';
import { ReplicaPlacementError, type PlacementBroker, type RandomSource } from './replicaPlacementTypes';

type RackMap = Record<number, string>;

/** RackAwareTest.toBrokerMetadata (a null rack is Optional.empty()). */
const toBrokers = (rackMap: Record<number, string | null>): PlacementBroker[] =>
  Object.entries(rackMap).map(([id, rack]) =>
    rack === null ? { id: Number(id) } : { id: Number(id), rack },
  );

/** Partition id -> replicas, as CoreUtils.replicaToBrokerAssignmentAsScala gives Kafka's map. */
const asMap = (assignment: number[][], first = 0): Record<number, number[]> =>
  Object.fromEntries(assignment.map((replicas, i) => [first + i, replicas]));

function kindThrown(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ReplicaPlacementError);
    return (e as ReplicaPlacementError).kind;
  }
  throw new Error('expected a ReplicaPlacementError');
}

const rng = (seed: number): RandomSource => new Rng(seed);

describe('AdminRackAwareTest (exact assignments and errors)', () => {
  it('testGetRackAlternatedBrokerListAndAssignReplicasToBrokers', () => {
    const rackMap: RackMap = { 0: 'rack1', 1: 'rack3', 2: 'rack3', 3: 'rack2', 4: 'rack2', 5: 'rack1' };
    const asEntries = (m: RackMap) => new Map(Object.entries(m).map(([id, rack]) => [Number(id), rack]));
    expect(getRackAlternatedBrokerList(asEntries(rackMap))).toEqual([0, 3, 1, 5, 4, 2]);
    const without5: RackMap = { ...rackMap };
    delete without5[5];
    expect(getRackAlternatedBrokerList(asEntries(without5))).toEqual([0, 3, 1, 4, 2]);
    const assignment = assignReplicasToBrokers({
      brokers: toBrokers(rackMap),
      partitions: 7,
      replicationFactor: 3,
      fixedStartIndex: 0,
      startPartitionId: 0,
    });
    expect(asMap(assignment)).toEqual({
      0: [0, 3, 1],
      1: [3, 1, 5],
      2: [1, 5, 4],
      3: [5, 4, 2],
      4: [4, 2, 0],
      5: [2, 0, 3],
      6: [0, 4, 2],
    });
  });

  it('testReplicaAssignment (the rack-unaware table in the AdminUtils javadoc)', () => {
    const brokers = [0, 1, 2, 3, 4].map((id) => ({ id }));
    expect(kindThrown(() => assignReplicasToBrokers({ brokers, partitions: 10, replicationFactor: 0 }))).toBe(
      'InvalidReplicationFactorException',
    );
    expect(kindThrown(() => assignReplicasToBrokers({ brokers, partitions: 10, replicationFactor: 6 }))).toBe(
      'InvalidReplicationFactorException',
    );
    const a = assignReplicasToBrokers({
      brokers,
      partitions: 10,
      replicationFactor: 3,
      fixedStartIndex: 0,
      startPartitionId: -1,
    });
    expect(asMap(a)).toEqual({
      0: [0, 1, 2],
      1: [1, 2, 3],
      2: [2, 3, 4],
      3: [3, 4, 0],
      4: [4, 0, 1],
      5: [0, 2, 3],
      6: [1, 3, 4],
      7: [2, 4, 0],
      8: [3, 0, 1],
      9: [4, 1, 2],
    });
  });

  it('testAssignReplicasToBrokersWithInvalidParameters', () => {
    const brokers = toBrokers({ 0: 'rack1', 1: 'rack3', 2: 'rack3', 3: 'rack2', 4: null });
    const call = (partitions: number, replicationFactor: number) => () =>
      assignReplicasToBrokers({
        brokers,
        partitions,
        replicationFactor,
        fixedStartIndex: -1,
        random: rng(1),
      });
    expect(kindThrown(call(0, 0))).toBe('InvalidPartitionsException');
    expect(kindThrown(call(10, 0))).toBe('InvalidReplicationFactorException');
    expect(kindThrown(call(10, 6))).toBe('InvalidReplicationFactorException');
    expect(kindThrown(call(10, 5))).toBe('AdminOperationException');
  });
});

describe('AdminUtils messages and helpers', () => {
  it("gives Kafka's messages", () => {
    const brokers = [{ id: 1 }, { id: 2 }];
    expect(() =>
      assignReplicasToBrokers({ brokers, partitions: 1, replicationFactor: 3, fixedStartIndex: 0 }),
    ).toThrow('Replication factor: 3 larger than available brokers: 2.');
    expect(() =>
      assignReplicasToBrokers({
        brokers: [{ id: 1, rack: 'a' }, { id: 2 }],
        partitions: 1,
        replicationFactor: 1,
        fixedStartIndex: 0,
      }),
    ).toThrow('Not all brokers have rack information for replica rack aware assignment.');
  });

  it('replicaIndex never lands on the leader', () => {
    for (let shift = 0; shift < 12; shift++) {
      for (let j = 0; j < 5; j++) expect(replicaIndex(3, shift, j, 6)).not.toBe(3);
    }
    expect(replicaIndex(0, 0, 0, 5)).toBe(1);
    expect(replicaIndex(4, 1, 1, 5)).toBe(2);
  });

  it("AdminZkClient adds partitions from partition 0's leader, but restarts the follower shift", () => {
    const brokers = [0, 1, 2, 3, 4].map((id) => ({ id }));
    const all = assignReplicasToBrokers({
      brokers,
      partitions: 10,
      replicationFactor: 3,
      fixedStartIndex: 0,
    });
    // Leaders continue where a 10-partition topic would have put them, but fixedStartIndex also pins the shift
    // to 0, so partitions 6..9 are not the [1, 3, 4], [2, 4, 0], ... of the javadoc table.
    expect(assignNewPartitionsZk('t', all.slice(0, 6), brokers, 10)).toEqual([
      [1, 2, 3],
      [2, 3, 4],
      [3, 4, 0],
      [4, 0, 1],
    ]);
    expect(() => assignNewPartitionsZk('t', all.slice(0, 6), brokers, 6)).toThrow(
      'The number of partitions for a topic can only be increased. Topic t currently has 6 partitions, 6 would not be an increase.',
    );
  });
});
