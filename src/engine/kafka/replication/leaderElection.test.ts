// Pins KRaft's PartitionChangeBuilder / ReplicationControlManager election rules (Kafka 4.0) with concrete brokers.
import { describe, expect, it } from 'vitest';
import {
  ControllerError,
  NO_LEADER,
  buildPartitionChange,
  electLeader,
  electLeaderFor,
  electPreferredLeader,
  electUncleanLeader,
  onAlterPartition,
  onBrokerControlledShutdown,
  onBrokerFenced,
  onBrokerUnfenced,
  type PartitionRegistration,
} from './leaderElection';

const all = () => true;
const activeIn =
  (...ids: number[]) =>
  (id: number) =>
    ids.includes(id);

function reg(replicas: number[], isr: number[], leader: number, leaderEpoch = 5, partitionEpoch = 9) {
  return { replicas, isr, leader, leaderEpoch, partitionEpoch } satisfies PartitionRegistration;
}

describe('electLeader: offline (a leader died)', () => {
  it('picks the first live ISR replica in assignment order, and dead brokers leave the ISR', () => {
    expect(electLeader('offline', [1, 2, 3], [1, 2, 3], [2, 3], false)).toEqual({
      leader: 2,
      isr: [2, 3],
      unclean: false,
    });
    // Assignment order decides, not ISR order.
    expect(electLeader('offline', [3, 1, 2], [2, 1], [1, 2], false, { currentLeader: 3 })).toEqual({
      leader: 1,
      isr: [2, 1],
      unclean: false,
    });
  });

  it('keeps a current leader that is still live and in the ISR (KRaft electAnyLeader)', () => {
    expect(electLeader('offline', [1, 2, 3], [1, 2, 3], [2, 3], false, { currentLeader: 3 })).toEqual({
      leader: 3,
      isr: [2, 3],
      unclean: false,
    });
  });

  it('with no live ISR replica and unclean election off: no leader, and the ISR keeps its last member', () => {
    expect(electLeader('offline', [1, 2, 3], [1], [2, 3], false, { currentLeader: 1 })).toEqual({
      leader: NO_LEADER,
      isr: [1],
      unclean: false,
    });
  });

  it('with unclean election on: the first live replica in assignment order, and the ISR becomes just it', () => {
    expect(electLeader('offline', [1, 2, 3], [1], [3, 2], true, { currentLeader: 1 })).toEqual({
      leader: 2,
      isr: [2],
      unclean: true,
    });
    // Unclean is only the fallback: a live ISR replica still wins.
    expect(electLeader('offline', [1, 2, 3], [1, 3], [2, 3], true, { currentLeader: 1 })).toEqual({
      leader: 3,
      isr: [3],
      unclean: false,
    });
  });

  it('with nothing live: no leader even when unclean election is on', () => {
    expect(electLeader('offline', [1, 2, 3], [1], [], true, { currentLeader: 1 })).toEqual({
      leader: NO_LEADER,
      isr: [1],
      unclean: false,
    });
  });
});

describe('electLeader: preferred', () => {
  it('moves leadership to the first assigned replica when it is live and in the ISR', () => {
    expect(electLeader('preferred', [1, 2, 3], [1, 2, 3], [1, 2, 3], false, { currentLeader: 2 })).toEqual({
      leader: 1,
      isr: [1, 2, 3],
      unclean: false,
    });
  });

  it('leaves the current leader when the preferred replica is out of the ISR or down', () => {
    expect(electLeader('preferred', [1, 2, 3], [2, 3], [1, 2, 3], false, { currentLeader: 2 })).toEqual({
      leader: 2,
      isr: [2, 3],
      unclean: false,
    });
    expect(electLeader('preferred', [1, 2, 3], [1, 2, 3], [2, 3], false, { currentLeader: 2 })).toEqual({
      leader: 2,
      isr: [1, 2, 3],
      unclean: false,
    });
  });
});

describe('electLeader: controlledShutdown', () => {
  it('moves leadership to the first live ISR replica not shutting down, which leaves the ISR', () => {
    expect(
      electLeader('controlledShutdown', [1, 2, 3], [1, 2, 3], [1, 2, 3], false, {
        currentLeader: 1,
        shuttingDownBrokers: [1],
      }),
    ).toEqual({ leader: 2, isr: [2, 3], unclean: false });
    expect(
      electLeader('controlledShutdown', [1, 2, 3], [1, 2, 3], [1, 2, 3], false, {
        currentLeader: 1,
        shuttingDownBrokers: [1, 2],
      }),
    ).toEqual({ leader: 3, isr: [3], unclean: false });
  });

  it('a follower shutting down only leaves the ISR', () => {
    expect(
      electLeader('controlledShutdown', [1, 2, 3], [1, 2, 3], [1, 2, 3], false, {
        currentLeader: 1,
        shuttingDownBrokers: [3],
      }),
    ).toEqual({ leader: 1, isr: [1, 2], unclean: false });
  });
});

describe('electLeaderFor (PartitionChangeBuilder.electLeader)', () => {
  it('PREFERRED falls back to the current leader, then to the next valid replica', () => {
    expect(electLeaderFor('PREFERRED', [1, 2, 3], [2, 3], 3, all)).toEqual({ leader: 3, unclean: false });
    expect(electLeaderFor('PREFERRED', [1, 2, 3], [2, 3], NO_LEADER, all)).toEqual({
      leader: 2,
      unclean: false,
    });
    expect(electLeaderFor('PREFERRED', [1, 2, 3], [1], NO_LEADER, activeIn(2, 3))).toEqual({
      leader: NO_LEADER,
      unclean: false,
    });
  });

  it('ONLINE never leaves the ISR; UNCLEAN does only when the ISR has no acceptable replica', () => {
    expect(electLeaderFor('ONLINE', [1, 2, 3], [1], NO_LEADER, activeIn(3))).toEqual({
      leader: NO_LEADER,
      unclean: false,
    });
    expect(electLeaderFor('UNCLEAN', [1, 2, 3], [1], NO_LEADER, activeIn(3))).toEqual({
      leader: 3,
      unclean: true,
    });
  });
});

describe('buildPartitionChange (PartitionChangeBuilder.build + PartitionRegistration.merge)', () => {
  it('a new leader bumps the leader epoch and the partition epoch', () => {
    const change = buildPartitionChange(reg([1, 2, 3], [1, 2, 3], 1), {
      targetIsr: [2, 3],
      isAcceptableLeader: activeIn(2, 3),
    });
    expect(change).toEqual({
      next: { replicas: [1, 2, 3], isr: [2, 3], leader: 2, leaderEpoch: 6, partitionEpoch: 10 },
      unclean: false,
    });
  });

  it('an ISR change alone bumps only the partition epoch (metadata.version >= 3.6)', () => {
    const change = buildPartitionChange(reg([1, 2, 3], [1, 2, 3], 1), {
      targetIsr: [1, 2],
      isAcceptableLeader: all,
    });
    expect(change?.next).toEqual({
      replicas: [1, 2, 3],
      isr: [1, 2],
      leader: 1,
      leaderEpoch: 5,
      partitionEpoch: 10,
    });
  });

  it('no change writes nothing', () => {
    expect(buildPartitionChange(reg([1, 2, 3], [1, 2, 3], 1), { isAcceptableLeader: all })).toBeNull();
  });

  it('going leaderless bumps the leader epoch but keeps a non-empty ISR (ELR off never writes an empty ISR)', () => {
    const change = buildPartitionChange(reg([1, 2, 3], [1], 1), {
      targetIsr: [],
      isAcceptableLeader: activeIn(2, 3),
    });
    expect(change?.next).toEqual({
      replicas: [1, 2, 3],
      isr: [1],
      leader: NO_LEADER,
      leaderEpoch: 6,
      partitionEpoch: 10,
    });
  });
});

describe('controller reactions to brokers (ReplicationControlManager)', () => {
  it('a fenced follower leaves the ISR at once; the leader and leader epoch stay', () => {
    const change = onBrokerFenced(reg([1, 2, 3], [1, 2, 3], 1), 3, activeIn(1, 2), false);
    expect(change?.next).toEqual({
      replicas: [1, 2, 3],
      isr: [1, 2],
      leader: 1,
      leaderEpoch: 5,
      partitionEpoch: 10,
    });
  });

  it('a fenced leader is replaced by the first acceptable ISR replica', () => {
    const change = onBrokerFenced(reg([1, 2, 3], [1, 2, 3], 1), 1, activeIn(2, 3), false);
    expect(change?.next).toEqual({
      replicas: [1, 2, 3],
      isr: [2, 3],
      leader: 2,
      leaderEpoch: 6,
      partitionEpoch: 10,
    });
  });

  it('a fenced broker outside the ISR changes nothing', () => {
    expect(onBrokerFenced(reg([1, 2, 3], [1, 2], 1), 3, activeIn(1, 2), true)).toBeNull();
  });

  it('the last ISR member fenced: leaderless, ISR kept; unclean election instead picks the first live replica', () => {
    expect(onBrokerFenced(reg([1, 2, 3], [1], 1), 1, activeIn(2, 3), false)?.next).toEqual({
      replicas: [1, 2, 3],
      isr: [1],
      leader: NO_LEADER,
      leaderEpoch: 6,
      partitionEpoch: 10,
    });
    expect(onBrokerFenced(reg([1, 2, 3], [1], 1), 1, activeIn(2, 3), true)).toEqual({
      next: { replicas: [1, 2, 3], isr: [2], leader: 2, leaderEpoch: 6, partitionEpoch: 10 },
      unclean: true,
    });
  });

  it('an unfenced broker leads a leaderless partition only if it is in the ISR (clean)', () => {
    const offline = reg([1, 2, 3], [1], NO_LEADER, 6, 10);
    expect(onBrokerUnfenced(offline, 2, activeIn(3), false)).toBeNull();
    expect(onBrokerUnfenced(offline, 1, activeIn(2, 3), false)?.next).toEqual({
      replicas: [1, 2, 3],
      isr: [1],
      leader: 1,
      leaderEpoch: 7,
      partitionEpoch: 11,
    });
    // With unclean election on, the first acceptable replica in assignment order.
    expect(onBrokerUnfenced(offline, 3, activeIn(2), true)?.next.leader).toBe(2);
    // A partition with a leader is not looked at.
    expect(onBrokerUnfenced(reg([1, 2, 3], [2, 3], 2), 1, all, false)).toBeNull();
  });

  it('controlled shutdown of the leader moves leadership and removes it from the ISR', () => {
    expect(onBrokerControlledShutdown(reg([1, 2, 3], [1, 2, 3], 1), 1, activeIn(2, 3), false)?.next).toEqual({
      replicas: [1, 2, 3],
      isr: [2, 3],
      leader: 2,
      leaderEpoch: 6,
      partitionEpoch: 10,
    });
  });
});

describe('elections on request', () => {
  it('preferred: NONE when it moves, ELECTION_NOT_NEEDED when already there, NOT_AVAILABLE when it cannot', () => {
    const moved = electPreferredLeader(reg([1, 2, 3], [1, 2, 3], 2), all);
    expect(moved.error).toBe(ControllerError.NONE);
    expect(moved.change?.next).toEqual({
      replicas: [1, 2, 3],
      isr: [1, 2, 3],
      leader: 1,
      leaderEpoch: 6,
      partitionEpoch: 10,
    });
    expect(electPreferredLeader(reg([1, 2, 3], [1, 2, 3], 1), all)).toEqual({
      error: ControllerError.ELECTION_NOT_NEEDED,
      change: null,
    });
    expect(electPreferredLeader(reg([1, 2, 3], [2, 3], 2), all)).toEqual({
      error: ControllerError.PREFERRED_LEADER_NOT_AVAILABLE,
      change: null,
    });
  });

  it('unclean: only for a leaderless partition, and only with a live replica', () => {
    expect(electUncleanLeader(reg([1, 2, 3], [1, 2], 1), all).error).toBe(
      ControllerError.ELECTION_NOT_NEEDED,
    );
    expect(electUncleanLeader(reg([1, 2, 3], [1], NO_LEADER), activeIn(3)).change).toEqual({
      next: { replicas: [1, 2, 3], isr: [3], leader: 3, leaderEpoch: 6, partitionEpoch: 10 },
      unclean: true,
    });
    expect(electUncleanLeader(reg([1, 2, 3], [1], NO_LEADER), activeIn()).error).toBe(
      ControllerError.ELIGIBLE_LEADERS_NOT_AVAILABLE,
    );
  });

  it('AlterPartition: validated like validateAlterPartitionData, then applied as an ISR change', () => {
    const p = reg([1, 2, 3], [1, 2], 1);
    expect(onAlterPartition(p, 1, 5, [1, 2, 3], all, false).change?.next.isr).toEqual([1, 2, 3]);
    expect(onAlterPartition(p, 1, 4, [1], all, false).error).toBe(ControllerError.FENCED_LEADER_EPOCH);
    expect(onAlterPartition(p, 2, 5, [1, 2], all, false).error).toBe(ControllerError.INVALID_REQUEST);
    expect(onAlterPartition(p, 1, 5, [2], all, false).error).toBe(ControllerError.INVALID_REQUEST);
    expect(onAlterPartition(p, 1, 5, [1, 4], all, false).error).toBe(ControllerError.INVALID_REQUEST);
    expect(onAlterPartition(p, 1, 5, [1, 2, 3], activeIn(1, 2), false).error).toBe(
      ControllerError.INELIGIBLE_REPLICA,
    );
  });
});
