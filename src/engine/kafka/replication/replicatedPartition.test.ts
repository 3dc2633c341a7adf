// Pins Kafka's replication (Partition, Replica, fetch with truncation by leader epoch, KRaft elections) with numbers.
import { describe, expect, it } from 'vitest';
import {
  PRODUCE_ACKNOWLEDGED,
  PRODUCE_PENDING,
  ReplicatedPartition,
  ReplicationError,
} from './replicatedPartition';
import { committedTen, fetchRound } from './replicatedPartition.testing';

describe('a new partition', () => {
  it('starts with the first replica leading at epoch 0, everyone in the ISR, nothing written', () => {
    const p = new ReplicatedPartition([1, 2, 3], { minInsyncReplicas: 2 });
    expect(p.leader).toBe(1);
    expect(p.leaderEpoch).toBe(0);
    expect(p.isr).toEqual([1, 2, 3]);
    expect(p.highWatermark).toBe(0);
    expect(p.logEndOffset).toBe(0);
    expect(p.isUnderReplicated).toBe(false);
    expect(p.isOffline).toBe(false);
    expect(p.epochEntries(1)).toEqual([[0, 0]]);
    expect(p.epochEntries(2)).toEqual([]);
  });

  it('rejects bad replica lists and configs', () => {
    expect(() => new ReplicatedPartition([])).toThrow(RangeError);
    expect(() => new ReplicatedPartition([1, 1])).toThrow(RangeError);
    expect(() => new ReplicatedPartition([1, 2], { minInsyncReplicas: 0 })).toThrow(RangeError);
    expect(() => new ReplicatedPartition([1, 2]).followerFetch(7, 0, 0)).toThrow(RangeError);
  });
});

describe('RF 3, acks=all, min.insync.replicas=2: the high watermark', () => {
  it('is the smallest log end offset over the ISR, as the leader learned it from each follower fetch', () => {
    const p = new ReplicatedPartition([1, 2, 3], { minInsyncReplicas: 2 }, 0);
    expect(p.appendToLeader(10, 0, -1)).toBe(0);
    expect(p.logEndOffset).toBe(10);
    expect(p.checkEnoughReplicasReachOffset(10, 0)).toBe(PRODUCE_PENDING);

    // First round: the followers copy offsets 0..9, but their fetches said "I am at 0".
    expect(p.followerFetch(2, Infinity, 100)).toBe(10);
    expect(p.followerFetch(3, Infinity, 100)).toBe(10);
    expect(p.replicaLogEndOffset(2)).toBe(10);
    expect(p.highWatermark).toBe(0);

    // Second round: the fetches at offset 10 tell the leader; the HW follows the slower follower.
    expect(p.followerFetch(2, Infinity, 200)).toBe(0);
    expect(p.highWatermark).toBe(0);
    expect(p.followerFetch(3, Infinity, 200)).toBe(0);
    expect(p.highWatermark).toBe(10);
    expect(p.checkEnoughReplicasReachOffset(10, 0)).toBe(PRODUCE_ACKNOWLEDGED);

    // Followers at different speeds: 2 takes only up to offset 12, 3 takes all 15.
    expect(p.appendToLeader(5, 300, -1)).toBe(10);
    expect(p.followerFetch(2, 12, 300)).toBe(2);
    expect(p.followerFetch(3, Infinity, 300)).toBe(5);
    fetchRound(p, 400, 2, 3);
    expect(p.followerFetchOffset(2)).toBe(12);
    expect(p.followerFetchOffset(3)).toBe(15);
    expect(p.highWatermark).toBe(12); // min(15, 12, 15)
    expect(p.checkEnoughReplicasReachOffset(15, 0)).toBe(PRODUCE_PENDING);
    // A follower's own HW is the leader's as of its fetch (10 when 3 fetched at t = 400).
    expect(p.replicaHighWatermark(3)).toBe(10);
    fetchRound(p, 500, 2, 3);
    expect(p.highWatermark).toBe(15);
    expect(p.checkEnoughReplicasReachOffset(15, 0)).toBe(PRODUCE_ACKNOWLEDGED);
  });

  it('a follower that stops fetching leaves the ISR after replica.lag.time.max.ms (30000), then the HW advances', () => {
    const p = committedTen();
    // Both followers were caught up at t = 200 (their fetch reached the leader's log end offset 10).
    expect(p.lastCaughtUpTime(3)).toBe(200);
    expect(p.appendToLeader(10, 1000, -1)).toBe(10);
    // Broker 3 stops fetching; broker 2 goes on.
    fetchRound(p, 1000, 2);
    fetchRound(p, 1500, 2);
    expect(p.lastCaughtUpTime(2)).toBe(1500);
    expect(p.highWatermark).toBe(10); // held back by 3, still in the ISR at offset 10

    expect(p.maybeShrinkIsr(30200)).toBe(0); // 30200 - 200 = 30000: not more than the max lag yet
    expect(p.isr).toEqual([1, 2, 3]);
    expect(p.maybeShrinkIsr(30201)).toBe(1);
    expect(p.isr).toEqual([1, 2]);
    expect(p.isUnderReplicated).toBe(true);
    expect(p.highWatermark).toBe(20);
    expect(p.checkEnoughReplicasReachOffset(20, 0)).toBe(PRODUCE_ACKNOWLEDGED);
    expect(p.takeEvents()).toEqual([{ type: 'isrChanged', isr: [1, 2], partitionEpoch: 1 }]);

    // When 3 fetches again it first reports offset 10 (< HW 20: not back yet), then 20 and rejoins.
    expect(p.followerFetch(3, Infinity, 31000)).toBe(10);
    expect(p.isr).toEqual([1, 2]);
    expect(p.followerFetch(3, Infinity, 31500)).toBe(0);
    expect(p.isr).toEqual([1, 2, 3]);
    expect(p.partitionEpoch).toBe(2);
    expect(p.leaderEpoch).toBe(0); // ISR changes alone keep the leader epoch
  });

  it('a follower that fetches but never reaches the leader end, with produces between fetches, stays in sync', () => {
    // Replica.updateFetchStateOrThrow: reaching the LEO the leader had at the previous fetch counts as caught up then.
    const p = committedTen();
    let t = 200;
    for (let k = 0; k < 100; k++) {
      t += 1000;
      p.appendToLeader(1, t, -1);
      fetchRound(p, t, 2, 3);
    }
    expect(p.maybeShrinkIsr(t)).toBe(0);
    expect(p.lastCaughtUpTime(2)).toBe(t - 1000);
    expect(p.isr).toEqual([1, 2, 3]);
    expect(p.highWatermark).toBe(109);
  });

  it('ISR = {leader} with min.insync 2: acks=all is refused with NOT_ENOUGH_REPLICAS, acks=1 is written, the HW stays', () => {
    const p = new ReplicatedPartition([1, 2, 3], { minInsyncReplicas: 2 }, 0);
    expect(p.appendToLeader(5, 0, 1)).toBe(0);
    // The followers never fetch: at 30001 ms they leave the ISR.
    expect(p.maybeShrinkIsr(30001)).toBe(2);
    expect(p.isr).toEqual([1]);
    expect(p.isUnderMinIsr).toBe(true);
    expect(p.appendToLeader(1, 30001, -1)).toBe(-ReplicationError.NOT_ENOUGH_REPLICAS);
    expect(p.logEndOffset).toBe(5); // nothing written
    expect(p.appendToLeader(3, 30001, 1)).toBe(5);
    expect(p.appendToLeader(2, 30001, 0)).toBe(8);
    expect(p.logEndOffset).toBe(10);
    // Kafka 3.7+ (KAFKA-15583, "strict min ISR"): the HW does not advance under min ISR, so consumers see none of it.
    expect(p.highWatermark).toBe(0);
  });

  it('ISR = {leader} with min.insync 1: acks=all is accepted and the HW is the leader log end offset', () => {
    const p = new ReplicatedPartition([1, 2, 3], { minInsyncReplicas: 1 }, 0);
    expect(p.appendToLeader(5, 0, 1)).toBe(0);
    expect(p.maybeShrinkIsr(30001)).toBe(2);
    expect(p.highWatermark).toBe(5);
    expect(p.appendToLeader(3, 30001, -1)).toBe(5);
    expect(p.highWatermark).toBe(8);
    expect(p.checkEnoughReplicasReachOffset(8, 0)).toBe(PRODUCE_ACKNOWLEDGED);
  });

  it('min.insync.replicas larger than the replication factor counts as the replication factor', () => {
    const p = new ReplicatedPartition([1, 2], { minInsyncReplicas: 3 }, 0);
    expect(p.appendToLeader(1, 0, -1)).toBe(0);
    expect(p.isUnderMinIsr).toBe(false);
  });

  it('a produce whose HW arrives after the ISR fell under min.insync gets NOT_ENOUGH_REPLICAS_AFTER_APPEND', () => {
    const p = committedTen();
    // (Followers whose fetch offset equals the leader log end offset never lag; one more record makes them.)
    p.appendToLeader(1, 300, 1);
    expect(p.maybeShrinkIsr(30201)).toBe(2);
    expect(p.checkEnoughReplicasReachOffset(10, 0)).toBe(-ReplicationError.NOT_ENOUGH_REPLICAS_AFTER_APPEND);
  });
});
