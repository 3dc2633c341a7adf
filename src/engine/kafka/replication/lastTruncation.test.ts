// Pins what a replica remembers of its last truncation (offset, log end before, epoch kept): the record inspector shows it.
import { describe, expect, it } from 'vitest';
import { ReplicatedPartition } from './replicatedPartition';
import { fetchRound } from './replicatedPartition.testing';

describe('ReplicatedPartition.lastTruncation', () => {
  it("keeps each replica's last cut back to where its log agrees with the leader's", () => {
    // Epoch 0 (leader 1): 0..9 everywhere, then 10..14 on 1 only. Epoch 1 (leader 3 at 10) writes 10..11.
    const p = new ReplicatedPartition([1, 2, 3], { minInsyncReplicas: 1 }, 0);
    p.appendToLeader(10, 0, -1);
    fetchRound(p, 100, 2, 3);
    fetchRound(p, 200, 2, 3);
    p.appendToLeader(5, 300, 1);
    expect(p.lastTruncation(1)).toBeNull();
    p.brokerFailed(1, 400);
    p.brokerFailed(2, 400);
    expect(p.leader).toBe(3);
    expect(p.appendToLeader(2, 500, 1)).toBe(10);
    p.brokerRestarted(1, 600);
    expect(p.followerFetch(1, Infinity, 600)).toBe(0);
    expect(p.lastTruncation(1)).toEqual({ offset: 10, fromOffset: 15, epoch: 0 });
    expect(p.lastTruncation(2)).toBeNull();
    expect(p.lastTruncation(3)).toBeNull();
    // It fetches the new leader's records on: the truncation stays remembered.
    expect(p.followerFetch(1, Infinity, 700)).toBe(2);
    expect(p.lastTruncation(1)).toEqual({ offset: 10, fromOffset: 15, epoch: 0 });
  });
});
