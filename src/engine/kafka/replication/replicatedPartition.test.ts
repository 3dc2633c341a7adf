// Pins Kafka's replication (Partition, Replica, fetch with truncation by leader epoch, KRaft elections) with numbers.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NO_LEADER } from './leaderElection';
import {
  PRODUCE_ACKNOWLEDGED,
  PRODUCE_PENDING,
  ReplicatedPartition,
  ReplicationError,
  type ReplicationEvent,
} from './replicatedPartition';

/** One fetch by each follower, in order, at `nowMs`, taking everything the leader has. */
function fetchRound(p: ReplicatedPartition, nowMs: number, ...brokers: number[]): void {
  for (const b of brokers) p.followerFetch(b, Infinity, nowMs);
}

function truncations(events: ReplicationEvent[]) {
  return events.filter((e) => e.type === 'truncated');
}

/** RF 3 on brokers 1, 2, 3 with 10 records replicated and committed (HW 10) by t = 200. */
function committedTen(config: { minInsyncReplicas?: number; uncleanLeaderElectionEnable?: boolean } = {}) {
  const p = new ReplicatedPartition([1, 2, 3], { minInsyncReplicas: 2, ...config }, 0);
  expect(p.appendToLeader(10, 0, -1)).toBe(0);
  fetchRound(p, 100, 2, 3);
  fetchRound(p, 200, 2, 3);
  expect(p.highWatermark).toBe(10);
  p.takeEvents();
  return p;
}

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

describe('broker failure and clean leader election', () => {
  it('the first live ISR replica in assignment order leads and no acks=all record is lost', () => {
    const p = committedTen();
    // 5 more records with acks=all: 2 copies all, 3 copies up to 12; the leader only knows both are at 10.
    expect(p.appendToLeader(5, 300, -1)).toBe(10);
    p.followerFetch(2, Infinity, 300);
    p.followerFetch(3, 12, 300);
    expect(p.highWatermark).toBe(10);

    p.brokerFailed(1, 400);
    expect(p.leader).toBe(2);
    expect(p.leaderEpoch).toBe(1);
    expect(p.isr).toEqual([2, 3]);
    expect(p.takeEvents()).toEqual([
      {
        type: 'leaderChanged',
        leader: 2,
        previousLeader: 1,
        leaderEpoch: 1,
        unclean: false,
        leaderLogEndOffset: 15,
      },
      { type: 'isrChanged', isr: [2, 3], partitionEpoch: 1 },
    ]);
    // The pending acks=all produce of offsets 10..14 fails on the old leader; the producer will retry it.
    expect(p.checkEnoughReplicasReachOffset(15, 0)).toBe(-ReplicationError.NOT_LEADER_OR_FOLLOWER);
    // Every acknowledged record (offsets 0..9, epoch 0) is on the new leader.
    for (let o = 0; o < 10; o++) expect(p.hasRecord(2, o, 0)).toBe(true);
    // The new leader starts epoch 1 at its log end offset 15 and keeps the HW it had as a follower.
    expect(p.epochEntries(2)).toEqual([
      [0, 0],
      [1, 15],
    ]);
    expect(p.highWatermark).toBe(10);

    // 3 is not diverging (its last epoch 0 ends at 15 on the new leader): it fetches 12..14.
    expect(p.followerFetch(3, Infinity, 500)).toBe(3);
    expect(p.highWatermark).toBe(12);
    expect(p.followerFetch(3, Infinity, 600)).toBe(0);
    expect(p.highWatermark).toBe(15);
    expect(truncations(p.takeEvents())).toEqual([]);
  });

  it('while the dead leader is not yet fenced, produces and fetches fail; fencing elects', () => {
    const p = committedTen();
    p.brokerStopped(1);
    expect(p.leader).toBe(1);
    expect(p.appendToLeader(1, 300, -1)).toBe(-ReplicationError.NETWORK_EXCEPTION);
    expect(p.followerFetch(2, Infinity, 300)).toBe(-ReplicationError.NETWORK_EXCEPTION);
    expect(p.maybeShrinkIsr(100000)).toBe(0); // a dead leader shrinks nothing
    p.brokerFenced(1, 9300); // broker.session.timeout.ms (9000) after the last heartbeat
    expect(p.leader).toBe(2);
    expect(p.appendToLeader(1, 9300, -1)).toBe(10);
  });

  it('KRaft removes a fenced follower from the ISR at once, not after replica.lag.time.max.ms', () => {
    const p = committedTen();
    p.brokerFailed(3, 300);
    expect(p.isr).toEqual([1, 2]);
    expect(p.leader).toBe(1);
    expect(p.leaderEpoch).toBe(0);
    expect(p.followerFetch(3, Infinity, 300)).toBe(-ReplicationError.REPLICA_NOT_AVAILABLE);
  });

  it('the last ISR member failing leaves the partition offline until it returns (clean election)', () => {
    const p = committedTen();
    p.brokerFailed(3, 300);
    p.brokerFailed(2, 300);
    expect(p.isr).toEqual([1]);
    p.brokerFailed(1, 300);
    expect(p.isOffline).toBe(true);
    expect(p.leader).toBe(NO_LEADER);
    expect(p.isr).toEqual([1]); // KRaft keeps the last member
    expect(p.isUnderReplicated).toBe(false); // the metric only counts partitions with a leader
    expect(p.appendToLeader(1, 300, 1)).toBe(-ReplicationError.LEADER_NOT_AVAILABLE);
    // 2 comes back, but it is not in the ISR: still offline.
    p.brokerRestarted(2, 400);
    expect(p.isOffline).toBe(true);
    // 1 comes back and leads again with everything it had.
    p.brokerRestarted(1, 500);
    expect(p.leader).toBe(1);
    expect(p.leaderEpoch).toBe(2); // 0 -> 1 (no leader) -> 2
    expect(p.highWatermark).toBe(10);
    expect(p.logEndOffset).toBe(10);
  });
});

describe('acks=1 with the leader killed before the followers catch up', () => {
  it('loses exactly the records beyond the new leader log end offset; the old leader truncates and rejoins', () => {
    const p = new ReplicatedPartition([1, 2, 3], { minInsyncReplicas: 2 }, 0);
    expect(p.appendToLeader(100, 0, -1)).toBe(0);
    fetchRound(p, 100, 2, 3);
    fetchRound(p, 200, 2, 3);
    expect(p.highWatermark).toBe(100);
    // 20 records acknowledged by the leader alone (acks=1), then it dies before any follower fetches them.
    expect(p.appendToLeader(20, 300, 1)).toBe(100);
    p.brokerFailed(1, 310);
    expect(p.leader).toBe(2);
    expect(p.takeEvents()[0]).toEqual({
      type: 'leaderChanged',
      leader: 2,
      previousLeader: 1,
      leaderEpoch: 1,
      unclean: false,
      leaderLogEndOffset: 100,
    });
    // The new leader writes offsets 100..104 in epoch 1: the same offsets, different records.
    expect(p.appendToLeader(5, 400, -1)).toBe(100);
    fetchRound(p, 400, 3);
    fetchRound(p, 500, 3);
    expect(p.highWatermark).toBe(105);

    p.brokerRestarted(1, 1000);
    expect(p.leader).toBe(2);
    expect(p.replicaLogEndOffset(1)).toBe(120);
    // First fetch: lastFetchedEpoch 0 ends at 100 on the leader: diverging; 1 truncates to 100.
    expect(p.followerFetch(1, Infinity, 1000)).toBe(0);
    expect(p.takeEvents()).toEqual([{ type: 'truncated', brokerId: 1, fromOffset: 100, toOffset: 120 }]);
    for (let o = 100; o < 120; o++) expect(p.hasRecordAnywhere(o, 0)).toBe(false);
    // Then it copies 100..104 (epoch 1), and rejoins once its fetch offset reaches the HW.
    expect(p.followerFetch(1, Infinity, 1100)).toBe(5);
    expect(p.epochEntries(1)).toEqual([
      [0, 0],
      [1, 100],
    ]);
    expect(p.isr).toEqual([2, 3]);
    expect(p.followerFetch(1, Infinity, 1200)).toBe(0);
    expect(p.isr).toEqual([1, 2, 3]);
    expect(p.hasRecord(1, 104, 1)).toBe(true);
  });
});

describe('unclean leader election', () => {
  /** min.insync 1: ISR {1} after 2 and 3 fell behind at offset 50; 1 has 100 records, all acknowledged (acks=all). */
  function leaderAlone(uncleanLeaderElectionEnable: boolean) {
    const p = new ReplicatedPartition([1, 2, 3], { minInsyncReplicas: 1, uncleanLeaderElectionEnable }, 0);
    p.appendToLeader(50, 0, -1);
    fetchRound(p, 100, 2, 3);
    fetchRound(p, 200, 2, 3);
    expect(p.appendToLeader(50, 1000, -1)).toBe(50);
    expect(p.maybeShrinkIsr(30201)).toBe(2);
    expect(p.isr).toEqual([1]);
    expect(p.highWatermark).toBe(100);
    expect(p.checkEnoughReplicasReachOffset(100, 0)).toBe(PRODUCE_ACKNOWLEDGED);
    p.takeEvents();
    return p;
  }

  it('with unclean election on, an out-of-sync replica leads and 50 acknowledged records are lost', () => {
    const p = leaderAlone(true);
    p.brokerFailed(1, 30300);
    expect(p.leader).toBe(2);
    expect(p.isr).toEqual([2]);
    expect(p.leaderEpoch).toBe(1);
    expect(p.takeEvents()[0]).toEqual({
      type: 'leaderChanged',
      leader: 2,
      previousLeader: 1,
      leaderEpoch: 1,
      unclean: true,
      leaderLogEndOffset: 50,
    });
    expect(p.highWatermark).toBe(50); // the new leader alone in the ISR: its whole log
    expect(p.appendToLeader(10, 30400, -1)).toBe(50);
    // The old leader returns: offsets 50..99 of epoch 0 go, from the last replica that had them.
    p.brokerRestarted(1, 31000);
    p.followerFetch(1, Infinity, 31000);
    expect(truncations(p.takeEvents())).toEqual([
      { type: 'truncated', brokerId: 1, fromOffset: 50, toOffset: 100 },
    ]);
    let lost = 0;
    for (let o = 0; o < 100; o++) if (!p.hasRecordAnywhere(o, 0)) lost++;
    expect(lost).toBe(50);
  });

  it('with unclean election off, the partition stays offline and nothing is lost', () => {
    const p = leaderAlone(false);
    p.brokerFailed(1, 30300);
    expect(p.isOffline).toBe(true);
    expect(p.isr).toEqual([1]);
    expect(p.appendToLeader(1, 30400, 1)).toBe(-ReplicationError.LEADER_NOT_AVAILABLE);
    expect(p.followerFetch(2, Infinity, 30400)).toBe(-ReplicationError.LEADER_NOT_AVAILABLE);
    p.brokerRestarted(1, 31000);
    expect(p.leader).toBe(1);
    expect(p.highWatermark).toBe(100);
    for (let o = 0; o < 100; o++) expect(p.hasRecord(1, o, 0)).toBe(true);
  });

  it('an admin unclean election brings the offline partition back at the cost of the same records', () => {
    const p = leaderAlone(false);
    p.brokerFailed(1, 30300);
    expect(p.electUncleanLeader(30400)).toBe(ReplicationError.NONE);
    expect(p.leader).toBe(2);
    expect(p.isr).toEqual([2]);
    expect(p.electUncleanLeader(30500)).toBe(ReplicationError.ELECTION_NOT_NEEDED);
  });

  it('with min.insync 2 the HW stopped with the ISR: unclean election then loses only acks=1 records', () => {
    const p = new ReplicatedPartition(
      [1, 2, 3],
      { minInsyncReplicas: 2, uncleanLeaderElectionEnable: true },
      0,
    );
    p.appendToLeader(50, 0, -1);
    fetchRound(p, 100, 2, 3);
    fetchRound(p, 200, 2, 3);
    expect(p.maybeShrinkIsr(30201)).toBe(0); // caught up: the leader log end is where they fetched
    expect(p.appendToLeader(50, 30300, 1)).toBe(50);
    expect(p.maybeShrinkIsr(30301)).toBe(2);
    expect(p.appendToLeader(1, 30301, -1)).toBe(-ReplicationError.NOT_ENOUGH_REPLICAS);
    expect(p.highWatermark).toBe(50);
    p.brokerFailed(1, 30400);
    expect(p.leader).toBe(2);
    // Everything below the HW (0..49) survives; the lost 50..99 were acks=1 records.
    for (let o = 0; o < 50; o++) expect(p.hasRecord(2, o, 0)).toBe(true);
  });
});

describe('preferred leader election', () => {
  it('moves leadership back once the preferred replica has rejoined the ISR', () => {
    const p = committedTen();
    p.brokerFailed(1, 300);
    expect(p.leader).toBe(2);
    // The new leader's HW is the one it had as a follower: 0, since its last fetch came before 3's at t = 200.
    expect(p.highWatermark).toBe(0);
    expect(p.appendToLeader(10, 400, -1)).toBe(10);
    fetchRound(p, 400, 3);
    fetchRound(p, 500, 3);
    expect(p.highWatermark).toBe(20);

    p.brokerRestarted(1, 1000);
    expect(p.electPreferredLeader(1000)).toBe(ReplicationError.PREFERRED_LEADER_NOT_AVAILABLE);
    // 1 reports offset 10: at the epoch-1 start offset (10) but below the HW (20): not back yet.
    expect(p.followerFetch(1, Infinity, 1000)).toBe(10);
    expect(p.isr).toEqual([2, 3]);
    expect(p.followerFetch(1, Infinity, 1100)).toBe(0);
    expect(p.isr).toEqual([1, 2, 3]);
    p.takeEvents();

    expect(p.electPreferredLeader(1200)).toBe(ReplicationError.NONE);
    expect(p.leader).toBe(1);
    expect(p.leaderEpoch).toBe(2);
    expect(p.isr).toEqual([1, 2, 3]);
    expect(p.takeEvents()).toEqual([
      {
        type: 'leaderChanged',
        leader: 1,
        previousLeader: 2,
        leaderEpoch: 2,
        unclean: false,
        leaderLogEndOffset: 20,
      },
    ]);
    expect(p.electPreferredLeader(1300)).toBe(ReplicationError.ELECTION_NOT_NEEDED);
    // The HW waits for both followers to fetch from the new leader, then carries on.
    expect(p.appendToLeader(5, 1300, -1)).toBe(20);
    fetchRound(p, 1300, 2, 3);
    fetchRound(p, 1400, 2, 3);
    expect(p.highWatermark).toBe(25);
  });
});

describe('controlled shutdown', () => {
  it('moves leadership first; the leader acks=1 tail is truncated when it comes back', () => {
    const p = committedTen();
    expect(p.appendToLeader(3, 300, 1)).toBe(10);
    p.controlledShutdown(1, 310);
    expect(p.leader).toBe(2);
    expect(p.isr).toEqual([2, 3]);
    expect(p.isAlive(1)).toBe(false);
    expect(p.isFenced(1)).toBe(true);
    p.brokerRestarted(1, 2000);
    p.followerFetch(1, Infinity, 2000);
    expect(truncations(p.takeEvents())).toEqual([
      { type: 'truncated', brokerId: 1, fromOffset: 10, toOffset: 13 },
    ]);
  });
});

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

// ---- Properties over random schedules (fast-check, seeded) ---------------------------------------------------

type Action =
  | { k: 'append'; count: number; acks: 0 | 1 | -1 }
  | { k: 'fetch'; broker: number; extra: number | null }
  | { k: 'round' }
  | { k: 'tick'; dt: number }
  | { k: 'fail'; broker: number }
  | { k: 'stop'; broker: number }
  | { k: 'fence'; broker: number }
  | { k: 'shutdown'; broker: number }
  | { k: 'restart'; broker: number }
  | { k: 'preferred' };

const BROKERS = [1, 2, 3];

function actionArb(acks: readonly (0 | 1 | -1)[]): fc.Arbitrary<Action> {
  const broker = fc.constantFrom(...BROKERS);
  return fc.oneof(
    {
      weight: 5,
      arbitrary: fc.record({
        k: fc.constant('append' as const),
        count: fc.integer({ min: 1, max: 5 }),
        acks: fc.constantFrom(...acks),
      }),
    },
    {
      weight: 8,
      arbitrary: fc.record({
        k: fc.constant('fetch' as const),
        broker,
        extra: fc.option(fc.integer({ min: 0, max: 4 }), { nil: null }),
      }),
    },
    // Every running follower fetches all it can: what replica fetchers do all the time.
    { weight: 8, arbitrary: fc.record({ k: fc.constant('round' as const) }) },
    // Time passes (mostly less than replica.lag.time.max.ms) and the leader checks its ISR.
    {
      weight: 3,
      arbitrary: fc.record({
        k: fc.constant('tick' as const),
        dt: fc.oneof(fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 0, max: 40000 })),
      }),
    },
    { weight: 1, arbitrary: fc.record({ k: fc.constant('fail' as const), broker }) },
    { weight: 1, arbitrary: fc.record({ k: fc.constant('stop' as const), broker }) },
    { weight: 1, arbitrary: fc.record({ k: fc.constant('fence' as const), broker }) },
    { weight: 1, arbitrary: fc.record({ k: fc.constant('shutdown' as const), broker }) },
    { weight: 2, arbitrary: fc.record({ k: fc.constant('restart' as const), broker }) },
    { weight: 1, arbitrary: fc.record({ k: fc.constant('preferred' as const) }) },
  );
}

interface Tally {
  acknowledged: number;
  leaderChanges: number;
  truncatedRecords: number;
}

/**
 * Runs one schedule on RF 3 (brokers 1, 2, 3), min.insync.replicas 2, and checks after every step:
 * - every acks=all record acknowledged (checkEnoughReplicasReachOffset) is on the leader and on every ISR member;
 * - every record that was ever below a leader's high watermark (what consumers may have read) keeps its offset
 *   (no other record ever appears there below a HW), is on the leader and every ISR member, and is never removed
 *   from any replica that held it;
 * - the HW never passes the leader's log end offset and never moves back under one leader epoch.
 * Returns the first violation, or null.
 */
function runSchedule(
  actions: readonly Action[],
  maxFailures: number,
  uncleanLeaderElectionEnable: boolean,
  tally: Tally,
): string | null {
  const p = new ReplicatedPartition([1, 2, 3], { minInsyncReplicas: 2, uncleanLeaderElectionEnable }, 0);
  let now = 0;
  let failures = 0;
  const pending: { base: number; end: number; epoch: number }[] = [];
  const acked = new Map<number, number>();
  const committed = new Map<number, number>();
  let hwEpoch = p.leaderEpoch;
  let hwSeen = 0;
  const holders = (o: number, e: number) => BROKERS.filter((b) => p.hasRecord(b, o, e));

  for (const [step, a] of actions.entries()) {
    // Who holds each committed record before the step.
    const before = new Map<number, number[]>();
    for (const [o, e] of committed) before.set(o, holders(o, e));

    switch (a.k) {
      case 'append': {
        const epoch = p.leaderEpoch;
        const base = p.appendToLeader(a.count, now, a.acks);
        if (base >= 0 && a.acks === -1) pending.push({ base, end: base + a.count, epoch });
        break;
      }
      case 'fetch': {
        const upTo = a.extra === null ? Infinity : p.replicaLogEndOffset(a.broker) + a.extra;
        p.followerFetch(a.broker, upTo, now);
        break;
      }
      case 'round':
        for (const b of BROKERS) p.followerFetch(b, Infinity, now);
        break;
      case 'tick':
        now += a.dt;
        p.maybeShrinkIsr(now);
        break;
      case 'fail':
      case 'stop':
      case 'shutdown':
        if (!p.isAlive(a.broker) || failures >= maxFailures) break;
        failures++;
        if (a.k === 'fail') p.brokerFailed(a.broker, now);
        else if (a.k === 'stop') p.brokerStopped(a.broker);
        else p.controlledShutdown(a.broker, now);
        break;
      case 'fence':
        if (!p.isAlive(a.broker)) p.brokerFenced(a.broker, now);
        break;
      case 'restart':
        if (!p.isAlive(a.broker)) p.brokerRestarted(a.broker, now);
        break;
      case 'preferred':
        p.electPreferredLeader(now);
        break;
    }

    for (const e of p.takeEvents()) {
      if (e.type === 'leaderChanged') tally.leaderChanges++;
      if (e.type === 'truncated') tally.truncatedRecords += e.toOffset - e.fromOffset;
    }

    // DelayedProduce: acknowledge the acks=all produces whose offsets the HW now covers.
    for (let k = pending.length - 1; k >= 0; k--) {
      const w = pending[k];
      if (w === undefined) continue;
      const r = p.checkEnoughReplicasReachOffset(w.end, w.epoch);
      if (r === PRODUCE_PENDING) continue;
      pending.splice(k, 1);
      if (r === PRODUCE_ACKNOWLEDGED) {
        tally.acknowledged += w.end - w.base;
        for (let o = w.base; o < w.end; o++) acked.set(o, w.epoch);
      }
    }

    const where = `step ${step} (${JSON.stringify(a)})`;
    if (p.leader !== NO_LEADER) {
      const hw = p.highWatermark;
      if (hw > p.logEndOffset) return `${where}: HW ${hw} past the leader log end ${p.logEndOffset}`;
      if (p.leaderEpoch === hwEpoch && hw < hwSeen) return `${where}: HW went back from ${hwSeen} to ${hw}`;
      if (p.leaderEpoch !== hwEpoch) hwEpoch = p.leaderEpoch;
      hwSeen = hw;
      for (let o = 0; o < hw; o++) {
        const e = p.epochOfOffset(p.leader, o);
        const had = committed.get(o);
        if (had !== undefined && had !== e)
          return `${where}: offset ${o} below the HW was epoch ${had}, now ${e}`;
        committed.set(o, e);
      }
    }
    const mustHold = p.leader === NO_LEADER ? p.isr : [...new Set([p.leader, ...p.isr])];
    for (const [o, e] of acked) {
      if (committed.get(o) !== e) return `${where}: acknowledged record ${o}@${e} was never below a HW`;
    }
    for (const [o, e] of committed) {
      for (const b of mustHold) {
        if (!p.hasRecord(b, o, e)) return `${where}: committed record ${o}@${e} missing on ${b}`;
      }
      for (const b of before.get(o) ?? []) {
        if (!p.hasRecord(b, o, e)) return `${where}: committed record ${o}@${e} truncated from ${b}`;
      }
    }
  }
  return null;
}

describe('properties (fast-check, seeded)', () => {
  it('acks=all, min.insync 2, RF 3, at most one broker failure, clean election: no acknowledged record is lost', () => {
    const tally: Tally = { acknowledged: 0, leaderChanges: 0, truncatedRecords: 0 };
    let runs = 0;
    fc.assert(
      fc.property(fc.array(actionArb([-1]), { minLength: 10, maxLength: 80, size: 'max' }), (actions) => {
        runs++;
        const violation = runSchedule(actions, 1, false, tally);
        if (violation !== null) throw new Error(violation);
      }),
      { numRuns: 600, seed: 20260805 },
    );
    console.log(
      `replication: ${runs} schedules ran (one failure, acks=all): ${tally.acknowledged} records acknowledged, ` +
        `${tally.leaderChanges} leader changes, ${tally.truncatedRecords} uncommitted records truncated`,
    );
    expect(tally.acknowledged).toBeGreaterThan(0);
    expect(tally.leaderChanges).toBeGreaterThan(0);
  });

  it('any acks, up to three failures and restarts, clean election: nothing below a high watermark is ever lost', () => {
    const tally: Tally = { acknowledged: 0, leaderChanges: 0, truncatedRecords: 0 };
    let runs = 0;
    fc.assert(
      fc.property(
        fc.array(actionArb([0, 1, -1]), { minLength: 10, maxLength: 120, size: 'max' }),
        (actions) => {
          runs++;
          const violation = runSchedule(actions, 3, false, tally);
          if (violation !== null) throw new Error(violation);
        },
      ),
      { numRuns: 600, seed: 20260806 },
    );
    console.log(
      `replication: ${runs} schedules ran (three failures, any acks): ${tally.acknowledged} acks=all records ` +
        `acknowledged, ${tally.leaderChanges} leader changes, ${tally.truncatedRecords} uncommitted records truncated`,
    );
    expect(tally.truncatedRecords).toBeGreaterThan(0);
  });

  it('with unclean election the same check finds a schedule that loses committed records', () => {
    const tally: Tally = { acknowledged: 0, leaderChanges: 0, truncatedRecords: 0 };
    const result = fc.check(
      fc.property(
        fc.array(actionArb([0, 1, -1]), { minLength: 10, maxLength: 120, size: 'max' }),
        (actions) => {
          return runSchedule(actions, 3, true, tally) === null;
        },
      ),
      { numRuns: 2000, seed: 20260807 },
    );
    expect(result.failed).toBe(true);
  });
});
