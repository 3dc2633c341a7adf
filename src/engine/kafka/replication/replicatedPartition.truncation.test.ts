// Pins the follower's truncation by leader epoch (AbstractFetcherThread, KIP-101, KIP-279, KIP-320) on the replicated partition.
import { describe, expect, it } from 'vitest';
import { ReplicatedPartition } from './replicatedPartition';
import { fetchRound, truncations } from './replicatedPartition.testing';

describe('truncation by leader epoch (KIP-101, KIP-279)', () => {
  it('a follower with an epoch the leader never had truncates to where the epochs agree', () => {
    // Epoch 0 (leader 1): offsets 0..9 everywhere; then 10..14 on 1 only, 10..12 on 2.
    const p = new ReplicatedPartition([1, 2, 3], { minInsyncReplicas: 1 }, 0);
    p.appendToLeader(10, 0, -1);
    fetchRound(p, 100, 2, 3);
    fetchRound(p, 200, 2, 3);
    p.appendToLeader(5, 300, 1);
    p.followerFetch(2, 13, 300);
    // Epoch 1 (leader 2): writes 13..15, which nobody fetches.
    p.brokerFailed(1, 400);
    expect(p.leader).toBe(2);
    expect(p.appendToLeader(3, 400, 1)).toBe(13);
    expect(p.epochEntries(2)).toEqual([
      [0, 0],
      [1, 13],
    ]);
    // Epoch 2 (leader 3, at its log end offset 10): writes 10..11.
    p.brokerFailed(2, 500);
    expect(p.leader).toBe(3);
    expect(p.leaderEpoch).toBe(2);
    expect(p.appendToLeader(2, 500, 1)).toBe(10);
    expect(p.epochEntries(3)).toEqual([
      [0, 0],
      [2, 10],
    ]);
    p.takeEvents();

    // 2 asks with lastFetchedEpoch 1; the leader answers epoch 0 ends at 10; 2's epoch 0 ends at 13: cut at 10.
    p.brokerRestarted(2, 600);
    expect(p.followerFetch(2, Infinity, 600)).toBe(0);
    // 1 asks with lastFetchedEpoch 0 (its log ends at 15): cut at 10 too.
    p.brokerRestarted(1, 600);
    expect(p.followerFetch(1, Infinity, 600)).toBe(0);
    expect(truncations(p.takeEvents())).toEqual([
      { type: 'truncated', brokerId: 2, fromOffset: 10, toOffset: 16 },
      { type: 'truncated', brokerId: 1, fromOffset: 10, toOffset: 15 },
    ]);
    expect(p.epochEntries(2)).toEqual([[0, 0]]);
    expect(p.followerFetch(2, Infinity, 700)).toBe(2);
    expect(p.followerFetch(1, Infinity, 700)).toBe(2);
    expect(p.epochEntries(1)).toEqual([
      [0, 0],
      [2, 10],
    ]);
    for (const b of [1, 2, 3]) {
      expect([b, p.epochOfOffset(b, 9), p.epochOfOffset(b, 10), p.epochOfOffset(b, 11)]).toEqual([
        b,
        0,
        2,
        2,
      ]);
    }
  });

  it('a follower that does not know the epoch the leader answers with truncates in two rounds', () => {
    const p = new ReplicatedPartition([1, 2, 3], { uncleanLeaderElectionEnable: true }, 0);
    // Epoch 0, leader 1: offsets 0..4 (acks=1); 3 copies all five, 2 only 0..2.
    p.appendToLeader(5, 0, 1);
    p.followerFetch(3, Infinity, 10);
    p.followerFetch(2, 3, 10);
    // 3 dies, then 1: leader 2 in epoch 1 from offset 3, writes 3..7.
    p.brokerFailed(3, 20);
    p.brokerFailed(1, 30);
    expect([p.leader, p.leaderEpoch]).toEqual([2, 1]);
    expect(p.appendToLeader(5, 30, 1)).toBe(3);
    // 3 restarts without fetching, 2 dies: 3 is elected uncleanly in epoch 2 from offset 5 and writes 5..6.
    p.brokerRestarted(3, 40);
    p.brokerFailed(2, 50);
    expect([p.leader, p.leaderEpoch]).toEqual([3, 2]);
    expect(p.appendToLeader(2, 50, 1)).toBe(5);
    // 2 restarts without fetching, 3 dies: 2 is elected uncleanly in epoch 3 from offset 8.
    p.brokerRestarted(2, 60);
    p.brokerFailed(3, 70);
    expect([p.leader, p.leaderEpoch]).toEqual([2, 3]);
    expect(p.epochEntries(2)).toEqual([
      [0, 0],
      [1, 3],
      [3, 8],
    ]);
    expect(p.epochEntries(3)).toEqual([
      [0, 0],
      [2, 5],
    ]);
    p.takeEvents();

    p.brokerRestarted(3, 80);
    // lastFetchedEpoch 2: the leader answers (epoch 1, end 8). 3 has no epoch 1, so it cuts to the end of its
    // epoch 0 (offset 5) and asks again.
    expect(p.followerFetch(3, Infinity, 80)).toBe(0);
    expect(p.epochEntries(3)).toEqual([[0, 0]]);
    // lastFetchedEpoch 0: the leader answers (epoch 0, end 3): cut to 3. Then the logs agree and it fetches.
    expect(p.followerFetch(3, Infinity, 90)).toBe(0);
    expect(p.followerFetch(3, Infinity, 100)).toBe(5);
    expect(truncations(p.takeEvents())).toEqual([
      { type: 'truncated', brokerId: 3, fromOffset: 5, toOffset: 7 },
      { type: 'truncated', brokerId: 3, fromOffset: 3, toOffset: 5 },
    ]);
    expect(p.epochEntries(3)).toEqual([
      [0, 0],
      [1, 3],
    ]);
    expect(p.hasRecord(3, 7, 1)).toBe(true);
  });
});
