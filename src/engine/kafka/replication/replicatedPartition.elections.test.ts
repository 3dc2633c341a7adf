// Pins Kafka's leader elections (KRaft's clean, unclean and preferred elections, controlled shutdown) on the replicated partition.
import { describe, expect, it } from 'vitest';
import { NO_LEADER } from './leaderElection';
import { PRODUCE_ACKNOWLEDGED, ReplicatedPartition, ReplicationError } from './replicatedPartition';
import { committedTen, fetchRound, truncations } from './replicatedPartition.testing';

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

  it('a stopped leader moves no high watermark when the controller shrinks the ISR under it', () => {
    const p = committedTen({ minInsyncReplicas: 1 });
    // Offsets 10..14 reach broker 3, and its next fetch tells the leader; broker 2 never fetches them.
    expect(p.appendToLeader(5, 300, 1)).toBe(10);
    fetchRound(p, 300, 3);
    fetchRound(p, 400, 3);
    expect(p.highWatermark).toBe(10);
    p.brokerStopped(1);
    // The controller fences broker 2: the ISR becomes [1, 3]. A running leader would now raise its HW to 15; a
    // stopped one computes nothing, so a consumer resetting to latest still finds 10.
    p.brokerFenced(2, 9300);
    expect(p.isr).toEqual([1, 3]);
    expect(p.leader).toBe(1);
    expect(p.highWatermark).toBe(10);
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
