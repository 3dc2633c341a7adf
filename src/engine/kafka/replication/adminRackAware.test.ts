// Kafka's AdminRackAwareTest distribution cases, checked with RackAwareTest.checkReplicaDistribution (core, 1eb7644349cb).

import { describe, expect, it } from 'vitest';
import { Rng } from '../../common/rng';
import { assignReplicasToBrokers } from './adminUtilsPlacement';
import type { PlacementBroker, RandomSource } from './replicaPlacementTypes';

type RackMap = Record<number, string>;

/** RackAwareTest.toBrokerMetadata (a null rack is Optional.empty()). */
const toBrokers = (rackMap: Record<number, string | null>): PlacementBroker[] =>
  Object.entries(rackMap).map(([id, rack]) =>
    rack === null ? { id: Number(id) } : { id: Number(id), rack },
  );

/** RackAwareTest.checkReplicaDistribution, over a map from partition id to replicas. */
function checkReplicaDistribution(
  assignment: number[][],
  rackMap: RackMap,
  numBrokers: number,
  numPartitions: number,
  replicationFactor: number,
  { verifyRackAware = true, verifyLeaderDistribution = true, verifyReplicasDistribution = true } = {},
): void {
  for (const replicas of assignment) expect(new Set(replicas).size).toBe(replicas.length);
  if (verifyRackAware) {
    const distinctRacks = assignment.map((replicas) => new Set(replicas.map((id) => rackMap[id])).size);
    expect(distinctRacks).toEqual(Array(numPartitions).fill(replicationFactor));
  }
  const leaders = new Map<number, number>();
  const replicaCounts = new Map<number, number>();
  for (const replicas of assignment) {
    leaders.set(replicas[0]!, (leaders.get(replicas[0]!) ?? 0) + 1);
    for (const id of replicas) replicaCounts.set(id, (replicaCounts.get(id) ?? 0) + 1);
  }
  if (verifyLeaderDistribution) {
    expect([...leaders.values()]).toEqual(Array(numBrokers).fill(Math.floor(numPartitions / numBrokers)));
  }
  if (verifyReplicasDistribution) {
    const perBroker = Math.floor((numPartitions * replicationFactor) / numBrokers);
    expect([...replicaCounts.values()]).toEqual(Array(numBrokers).fill(perBroker));
  }
}

const SIX: RackMap = { 0: 'rack1', 1: 'rack2', 2: 'rack2', 3: 'rack3', 4: 'rack3', 5: 'rack1' };
/** The tests that leave the start index to AdminUtils.RAND run under several seeds here. */
const SEEDS = [1, 2, 3, 17, 99, 2024];
const rng = (seed: number): RandomSource => new Rng(seed);

describe('AdminRackAwareTest (distribution)', () => {
  it('testAssignmentWithRackAware', () => {
    const a = assignReplicasToBrokers({
      brokers: toBrokers(SIX),
      partitions: 6,
      replicationFactor: 3,
      fixedStartIndex: 2,
      startPartitionId: 0,
    });
    checkReplicaDistribution(a, SIX, 6, 6, 3);
  });

  it.each(SEEDS)('testAssignmentWithRackAwareWithRandomStartIndex (seed %i)', (seed) => {
    const a = assignReplicasToBrokers({
      brokers: toBrokers(SIX),
      partitions: 6,
      replicationFactor: 3,
      random: rng(seed),
    });
    checkReplicaDistribution(a, SIX, 6, 6, 3);
  });

  it('testAssignmentWithRackAwareWithUnevenReplicas', () => {
    const a = assignReplicasToBrokers({
      brokers: toBrokers(SIX),
      partitions: 13,
      replicationFactor: 3,
      fixedStartIndex: 0,
      startPartitionId: 0,
    });
    checkReplicaDistribution(a, SIX, 6, 13, 3, {
      verifyLeaderDistribution: false,
      verifyReplicasDistribution: false,
    });
  });

  it.each(SEEDS)('testAssignmentWithRackAwareWithUnevenRacks (seed %i)', (seed) => {
    const racks: RackMap = { 0: 'rack1', 1: 'rack1', 2: 'rack2', 3: 'rack3', 4: 'rack3', 5: 'rack1' };
    const a = assignReplicasToBrokers({
      brokers: toBrokers(racks),
      partitions: 12,
      replicationFactor: 3,
      random: rng(seed),
    });
    checkReplicaDistribution(a, racks, 6, 12, 3, { verifyReplicasDistribution: false });
  });

  it.each(SEEDS)('testAssignmentWith2ReplicasRackAware (seed %i)', (seed) => {
    const a = assignReplicasToBrokers({
      brokers: toBrokers(SIX),
      partitions: 12,
      replicationFactor: 2,
      random: rng(seed),
    });
    checkReplicaDistribution(a, SIX, 6, 12, 2);
  });

  it.each(SEEDS)('testRackAwareExpansion (seed %i)', (seed) => {
    const racks: RackMap = { 6: 'rack1', 7: 'rack2', 8: 'rack2', 9: 'rack3', 10: 'rack3', 11: 'rack1' };
    const a = assignReplicasToBrokers({
      brokers: toBrokers(racks),
      partitions: 12,
      replicationFactor: 2,
      fixedStartIndex: -1,
      startPartitionId: 12,
      random: rng(seed),
    });
    checkReplicaDistribution(a, racks, 6, 12, 2);
  });

  it.each(SEEDS)('testAssignmentWith2ReplicasRackAwareWith6Partitions (seed %i)', (seed) => {
    const a = assignReplicasToBrokers({
      brokers: toBrokers(SIX),
      partitions: 6,
      replicationFactor: 2,
      random: rng(seed),
    });
    checkReplicaDistribution(a, SIX, 6, 6, 2);
  });

  it.each(SEEDS)('testAssignmentWith2ReplicasRackAwareWith6PartitionsAnd3Brokers (seed %i)', (seed) => {
    const racks: RackMap = { 0: 'rack1', 1: 'rack2', 4: 'rack3' };
    const a = assignReplicasToBrokers({
      brokers: toBrokers(racks),
      partitions: 3,
      replicationFactor: 2,
      random: rng(seed),
    });
    checkReplicaDistribution(a, racks, 3, 3, 2);
  });

  it.each(SEEDS)('testLargeNumberPartitionsAssignment (seed %i)', (seed) => {
    const racks: RackMap = {
      ...SIX,
      6: 'rack1',
      7: 'rack2',
      8: 'rack2',
      9: 'rack3',
      10: 'rack1',
      11: 'rack3',
    };
    const a = assignReplicasToBrokers({
      brokers: toBrokers(racks),
      partitions: 96,
      replicationFactor: 3,
      random: rng(seed),
    });
    checkReplicaDistribution(a, racks, 12, 96, 3);
  });

  it.each(SEEDS)('testMoreReplicasThanRacks (seed %i)', (seed) => {
    const racks: RackMap = { 0: 'rack1', 1: 'rack2', 2: 'rack2', 3: 'rack3', 4: 'rack3', 5: 'rack2' };
    const a = assignReplicasToBrokers({
      brokers: toBrokers(racks),
      partitions: 6,
      replicationFactor: 5,
      random: rng(seed),
    });
    expect(a.map((r) => r.length)).toEqual(Array(6).fill(5));
    for (const replicas of a) expect(new Set(replicas.map((id) => racks[id])).size).toBe(3);
  });

  it.each(SEEDS)('testLessReplicasThanRacks (seed %i)', (seed) => {
    const racks: RackMap = { 0: 'rack1', 1: 'rack2', 2: 'rack2', 3: 'rack3', 4: 'rack3', 5: 'rack2' };
    const a = assignReplicasToBrokers({
      brokers: toBrokers(racks),
      partitions: 6,
      replicationFactor: 2,
      random: rng(seed),
    });
    expect(a.map((r) => r.length)).toEqual(Array(6).fill(2));
    for (const replicas of a) expect(new Set(replicas.map((id) => racks[id])).size).toBe(2);
  });

  it.each(SEEDS)('testSingleRack (seed %i)', (seed) => {
    const racks: RackMap = { 0: 'rack1', 1: 'rack1', 2: 'rack1', 3: 'rack1', 4: 'rack1', 5: 'rack1' };
    const a = assignReplicasToBrokers({
      brokers: toBrokers(racks),
      partitions: 6,
      replicationFactor: 3,
      random: rng(seed),
    });
    expect(a.map((r) => r.length)).toEqual(Array(6).fill(3));
    for (const replicas of a) expect(new Set(replicas.map((id) => racks[id])).size).toBe(1);
    expect(a.map((r) => r[0]).sort()).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('testSkipBrokerWithReplicaAlreadyAssigned', () => {
    const racks: RackMap = { 0: 'a', 1: 'b', 2: 'c', 3: 'a', 4: 'a' };
    const brokers = toBrokers(racks);
    expect(brokers.map((x) => x.id)).toEqual([0, 1, 2, 3, 4]);
    const a = assignReplicasToBrokers({ brokers, partitions: 6, replicationFactor: 4, fixedStartIndex: 2 });
    checkReplicaDistribution(a, racks, 5, 6, 4, {
      verifyRackAware: false,
      verifyLeaderDistribution: false,
      verifyReplicasDistribution: false,
    });
  });
});
