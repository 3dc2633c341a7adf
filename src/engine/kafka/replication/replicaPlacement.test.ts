// Kafka's StripedReplicaPlacerTest (apache/kafka 1eb7644349cb), with its MockRandom, plus the public assignReplicas.

import { describe, expect, it } from 'vitest';
import { Rng } from '../../common/rng';
import { assignReplicas, ReplicaPlacementError, type PlacementBroker } from './replicaPlacement';
import { MockRandom, ZERO_RANDOM } from './replicaPlacement.testing';
import { BrokerList, placeStriped, RackList, type UsableBroker } from './stripedReplicaPlacer';

const b = (id: number, rack: string | null, fenced: boolean): UsableBroker => ({ id, rack, fenced });

function placeThrows(fn: () => unknown): ReplicaPlacementError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ReplicaPlacementError);
    return e as ReplicaPlacementError;
  }
  throw new Error('expected a ReplicaPlacementError');
}

describe('StripedReplicaPlacerTest', () => {
  it('testBrokerList', () => {
    const empty = new BrokerList();
    expect(empty.size).toBe(0);
    expect(empty.next(1)).toBe(-1);
    const brokers = new BrokerList().add(0).add(1).add(2).add(3);
    expect(brokers.size).toBe(4);
    expect([0, 0, 0, 0, 0, 0].map((e) => brokers.next(e))).toEqual([0, 1, 2, 3, -1, -1]);
    expect([1, 1, 1, 1, 1].map((e) => brokers.next(e))).toEqual([1, 2, 3, 0, -1]);
  });

  it('testAvoidFencedReplicaIfPossibleOnSingleRack', () => {
    const rackList = new RackList(new MockRandom(), [
      b(3, null, false),
      b(1, null, true),
      b(0, null, false),
      b(4, null, false),
      b(2, null, false),
    ]);
    expect(rackList.numTotalBrokers).toBe(5);
    expect(rackList.numUnfencedBrokers).toBe(4);
    expect(rackList.rackNames).toEqual([null]);
    expect(placeThrows(() => rackList.place(0)).kind).toBe('InvalidReplicationFactorException');
    expect(placeThrows(() => rackList.place(-1)).kind).toBe('InvalidReplicationFactorException');
    expect(rackList.place(4)).toEqual([3, 4, 0, 2]);
    expect(rackList.place(4)).toEqual([4, 0, 2, 3]);
    expect(rackList.place(4)).toEqual([0, 2, 3, 4]);
    expect(rackList.place(4)).toEqual([2, 3, 4, 0]);
    expect(rackList.place(4)).toEqual([0, 4, 3, 2]);
  });

  it('testMultiPartitionTopicPlacementOnSingleUnfencedBroker', () => {
    expect(placeStriped([b(0, null, false), b(1, null, true)], 3, 1, new MockRandom())).toEqual([
      [0],
      [0],
      [0],
    ]);
  });

  it('testPlacementOnFencedReplicaOnSingleRack', () => {
    const rackList = new RackList(new MockRandom(), [b(3, null, false), b(1, null, true), b(2, null, false)]);
    expect(rackList.numTotalBrokers).toBe(3);
    expect(rackList.numUnfencedBrokers).toBe(2);
    expect(rackList.rackNames).toEqual([null]);
    expect(rackList.place(3)).toEqual([3, 2, 1]);
    expect(rackList.place(3)).toEqual([2, 3, 1]);
    expect(rackList.place(3)).toEqual([3, 2, 1]);
    expect(rackList.place(3)).toEqual([2, 3, 1]);
  });

  it('testRackListWithMultipleRacks', () => {
    const rackList = new RackList(new MockRandom(), [
      b(11, '1', false),
      b(10, '1', false),
      b(30, '3', false),
      b(31, '3', false),
      b(21, '2', false),
      b(20, '2', true),
    ]);
    expect(rackList.numTotalBrokers).toBe(6);
    expect(rackList.numUnfencedBrokers).toBe(5);
    expect(rackList.rackNames).toEqual(['1', '2', '3']);
    expect(rackList.place(4)).toEqual([11, 21, 31, 10]);
    expect(rackList.place(4)).toEqual([21, 30, 10, 20]);
    expect(rackList.place(4)).toEqual([31, 11, 21, 30]);
  });

  it('testRackListWithInvalidRacks', () => {
    const rackList = new RackList(new MockRandom(), [
      b(11, '1', false),
      b(10, '1', false),
      b(30, '3', true),
      b(31, '3', true),
      b(20, '2', true),
      b(21, '2', true),
      b(41, '4', false),
      b(40, '4', true),
    ]);
    expect(rackList.numTotalBrokers).toBe(8);
    expect(rackList.numUnfencedBrokers).toBe(3);
    expect(rackList.rackNames).toEqual(['1', '2', '3', '4']);
    expect(rackList.place(4)).toEqual([41, 11, 21, 30]);
    expect(rackList.place(4)).toEqual([10, 20, 31, 41]);
    expect(rackList.place(4)).toEqual([41, 21, 30, 11]);
  });

  it('testAllBrokersFenced', () => {
    const e = placeThrows(() => placeStriped([b(11, '1', true), b(10, '1', true)], 1, 1, new MockRandom()));
    expect(e.kind).toBe('InvalidReplicationFactorException');
    expect(e.message).toBe('All brokers are currently fenced.');
  });

  it('testNotEnoughBrokers', () => {
    const e = placeThrows(() => placeStriped([b(11, '1', false), b(10, '1', false)], 1, 3, new MockRandom()));
    expect(e.message).toBe(
      'The target replication factor of 3 cannot be reached because only 2 broker(s) are registered.',
    );
  });

  it('testNonPositiveReplicationFactor', () => {
    const e = placeThrows(() => placeStriped([b(11, '1', false), b(10, '1', false)], 1, 0, new MockRandom()));
    expect(e.message).toBe('Invalid replication factor 0: the replication factor must be positive.');
  });

  it('testSuccessfulPlacement', () => {
    const brokers = [b(0, null, false), b(3, null, false), b(2, null, false), b(1, null, false)];
    expect(placeStriped(brokers, 5, 3, new MockRandom())).toEqual([
      [2, 3, 0],
      [3, 0, 1],
      [0, 1, 2],
      [1, 2, 3],
      [1, 0, 2],
    ]);
  });

  it('testEvenDistribution', () => {
    const brokers = [0, 1, 2, 3].map((id) => b(id, null, false));
    const counts = new Map<string, number>();
    for (const replicas of placeStriped(brokers, 200, 2, new MockRandom())) {
      counts.set(replicas.join(','), (counts.get(replicas.join(',')) ?? 0) + 1);
    }
    expect(Object.fromEntries(counts)).toEqual({
      '0,1': 14,
      '0,2': 22,
      '0,3': 14,
      '1,0': 17,
      '1,2': 17,
      '1,3': 16,
      '2,0': 13,
      '2,1': 17,
      '2,3': 20,
      '3,0': 20,
      '3,1': 19,
      '3,2': 11,
    });
  });

  it('testRackListAllBrokersFenced', () => {
    const rackList = new RackList(new MockRandom(), [b(0, null, true), b(1, null, true), b(2, null, true)]);
    expect(rackList.numTotalBrokers).toBe(3);
    expect(rackList.numUnfencedBrokers).toBe(0);
    expect(rackList.rackNames).toEqual([null]);
    expect(placeThrows(() => rackList.place(3)).message).toBe('All brokers are currently fenced.');
  });

  it('testRackListNotEnoughBrokers', () => {
    const rackList = new RackList(new MockRandom(), [b(11, '1', false), b(10, '1', false)]);
    expect(placeThrows(() => rackList.place(3)).message).toBe(
      'The target replication factor of 3 cannot be reached because only 2 broker(s) are registered.',
    );
  });

  it('testRackListNonPositiveReplicationFactor', () => {
    const rackList = new RackList(new MockRandom(), [b(11, '1', false), b(10, '1', false)]);
    expect(placeThrows(() => rackList.place(-1)).message).toBe(
      'Invalid replication factor -1: the replication factor must be positive.',
    );
  });
});

describe('StripedReplicaPlacer javadoc', () => {
  it('racks A, B, C of three brokers each, all offsets 0: A0 B0 C0 / B1 C1 A1 / C2 A2 B2', () => {
    // A0..A2 = 0..2, B0..B2 = 10..12, C0..C2 = 20..22.
    const brokers = ['A', 'B', 'C'].flatMap((rack, r) => [0, 1, 2].map((i) => b(r * 10 + i, rack, false)));
    expect(placeStriped(brokers, 3, 3, ZERO_RANDOM)).toEqual([
      [0, 10, 20],
      [11, 21, 1],
      [22, 2, 12],
    ]);
  });
});

describe('assignReplicas (what a Kafka 4.x controller does for CreateTopics and CreatePartitions)', () => {
  const brokers: PlacementBroker[] = [0, 1, 2, 3, 4, 5].map((id) => ({ id, rack: `rack${id % 3}` }));

  it('gives the same placement as Kafka for the same draws', () => {
    const fromList = placeStriped(
      brokers.map((x) => b(x.id, x.rack ?? null, false)),
      6,
      3,
      new MockRandom(),
    );
    expect(
      assignReplicas({ brokers, partitions: 6, replicationFactor: 3, random: new MockRandom() }),
    ).toEqual(fromList);
  });

  it('is reproducible from the simulation seed and puts each replica on its own broker and rack', () => {
    const run = () => assignReplicas({ brokers, partitions: 12, replicationFactor: 3, random: new Rng(42) });
    const placement = run();
    expect(run()).toEqual(placement);
    expect(placement).toHaveLength(12);
    for (const replicas of placement) {
      expect(new Set(replicas).size).toBe(3);
      expect(new Set(replicas.map((id) => id % 3)).size).toBe(3);
    }
  });

  it('never makes a fenced broker the leader', () => {
    const some = brokers.map((x) => ({ ...x, fenced: x.id !== 4 }));
    const placement = assignReplicas({
      brokers: some,
      partitions: 10,
      replicationFactor: 2,
      random: new Rng(7),
    });
    expect(placement.every((replicas) => replicas[0] === 4)).toBe(true);
  });

  it("throws the placer's InvalidReplicationFactorException messages", () => {
    const few = [{ id: 1 }, { id: 2 }];
    const e = placeThrows(() =>
      assignReplicas({ brokers: few, partitions: 1, replicationFactor: 3, random: new Rng(1) }),
    );
    expect(e.name).toBe('InvalidReplicationFactorException');
    expect(e.message).toBe(
      'The target replication factor of 3 cannot be reached because only 2 broker(s) are registered.',
    );
    const fenced = few.map((x) => ({ ...x, fenced: true }));
    expect(
      placeThrows(() =>
        assignReplicas({ brokers: fenced, partitions: 1, replicationFactor: 1, random: new Rng(1) }),
      ).message,
    ).toBe('All brokers are currently fenced.');
  });

  it('treats brokers without a rack as one more rack, sorted first, rather than refusing them', () => {
    const mixed: PlacementBroker[] = [{ id: 0 }, { id: 1, rack: 'a' }, { id: 2, rack: 'b' }];
    const placement = assignReplicas({
      brokers: mixed,
      partitions: 3,
      replicationFactor: 3,
      random: ZERO_RANDOM,
    });
    expect(placement).toEqual([
      [0, 1, 2],
      [1, 2, 0],
      [2, 0, 1],
    ]);
  });
});
