// Follows KRaft's PartitionChangeBuilder (electLeader, tryElection, build) and ReplicationControlManager (handleBrokerFenced, handleBrokerUnfenced, handleBrokerInControlledShutdown, electLeader, alterPartition), Kafka 4.0.

/**
 * The controller's side of replication for one partition: which replica leads, which are in sync, and how that
 * changes when brokers are fenced, come back, shut down, or when an election is asked for.
 *
 * Modelled as KRaft with Eligible Leader Replicas off (`eligible.leader.replicas.version=0`, the default in 4.0 and in
 * clusters upgraded to 4.x; new 4.1+ clusters turn ELR on, which is not modelled). What that means here:
 * - A fenced broker leaves the ISR of every partition at once (handleBrokerFenced), not after
 *   `replica.lag.time.max.ms`, and loses any leadership it had.
 * - The ISR is never emptied: when its last member is fenced the partition goes leaderless (offline) and the ISR keeps
 *   that member, so it can lead again when it comes back (handleBrokerUnfenced); build() only writes an empty target
 *   ISR when ELR is on.
 * - An unclean election (unclean.leader.election.enable) picks the first live replica in assignment order and sets
 *   the ISR to just that leader: records the ISR had and it lacks are lost.
 * - The leader epoch goes up exactly when the leader field changes (PartitionRegistration.merge), including to and
 *   from "no leader"; every change bumps the partition epoch. An ISR shrink alone keeps the leader epoch
 *   (metadata.version >= 3.6).
 *
 * Brokers are "active" (acceptable leaders) when registered, unfenced and not in controlled shutdown
 * (ClusterControlManager.isActive).
 */

/** KRaft's NO_LEADER. */
export const NO_LEADER = -1;

/** Kafka protocol error codes the controller answers with (org.apache.kafka.common.protocol.Errors). */
export const ControllerError = {
  NONE: 0,
  FENCED_LEADER_EPOCH: 74,
  INVALID_REQUEST: 42,
  PREFERRED_LEADER_NOT_AVAILABLE: 80,
  ELIGIBLE_LEADERS_NOT_AVAILABLE: 83,
  ELECTION_NOT_NEEDED: 84,
  INELIGIBLE_REPLICA: 107,
} as const;

/** PartitionChangeBuilder.Election. */
export type Election = 'PREFERRED' | 'ONLINE' | 'UNCLEAN';

/** The fields of KRaft's PartitionRegistration this model uses. `replicas` is the assignment, preferred leader first. */
export interface PartitionRegistration {
  readonly replicas: readonly number[];
  readonly isr: readonly number[];
  readonly leader: number;
  readonly leaderEpoch: number;
  readonly partitionEpoch: number;
}

export interface PartitionChange {
  /** The registration after the change. */
  readonly next: PartitionRegistration;
  /** True when the leader was elected from outside the ISR (the ISR was reset to the leader alone). */
  readonly unclean: boolean;
}

export interface ElectionResult {
  /** The elected broker, or NO_LEADER. */
  readonly leader: number;
  /** True when `leader` is not from the target ISR. */
  readonly unclean: boolean;
}

function isValidNewLeader(
  replica: number,
  targetIsr: readonly number[],
  isAcceptableLeader: (id: number) => boolean,
) {
  // With ELR off a valid new leader must be in the target ISR and acceptable.
  return replica !== NO_LEADER && targetIsr.includes(replica) && isAcceptableLeader(replica);
}

/**
 * PartitionChangeBuilder.electLeader: PREFERRED takes the first assigned replica if valid, else keeps a valid current
 * leader, else the next valid replica. ONLINE and UNCLEAN keep a valid current leader, else take the first valid
 * replica in assignment order; UNCLEAN then falls back to the first acceptable replica, in sync or not.
 */
export function electLeaderFor(
  election: Election,
  replicas: readonly number[],
  targetIsr: readonly number[],
  currentLeader: number,
  isAcceptableLeader: (id: number) => boolean,
): ElectionResult {
  if (election === 'PREFERRED') {
    const preferred = replicas[0] ?? NO_LEADER;
    if (isValidNewLeader(preferred, targetIsr, isAcceptableLeader))
      return { leader: preferred, unclean: false };
    if (isValidNewLeader(currentLeader, targetIsr, isAcceptableLeader))
      return { leader: currentLeader, unclean: false };
    for (let k = 1; k < replicas.length; k++) {
      const r = replicas[k] ?? NO_LEADER;
      if (isValidNewLeader(r, targetIsr, isAcceptableLeader)) return { leader: r, unclean: false };
    }
    return { leader: NO_LEADER, unclean: false };
  }
  if (isValidNewLeader(currentLeader, targetIsr, isAcceptableLeader))
    return { leader: currentLeader, unclean: false };
  for (const r of replicas) {
    if (isValidNewLeader(r, targetIsr, isAcceptableLeader)) return { leader: r, unclean: false };
  }
  if (election === 'UNCLEAN') {
    for (const r of replicas) {
      if (isAcceptableLeader(r)) return { leader: r, unclean: true };
    }
  }
  return { leader: NO_LEADER, unclean: false };
}

function sameList(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}

export interface ChangeRequest {
  /** The ISR the caller wants (defaults to the current one). */
  readonly targetIsr?: readonly number[];
  readonly election?: Election;
  readonly isAcceptableLeader: (id: number) => boolean;
}

/**
 * PartitionChangeBuilder.build (without reassignment, ELR and directories): elects, then writes the target ISR
 * unless the election was unclean (ISR = [leader]) or the target ISR is empty (never written with ELR off).
 * Returns null when nothing changes (KRaft writes no PartitionChangeRecord).
 */
export function buildPartitionChange(
  p: PartitionRegistration,
  request: ChangeRequest,
): PartitionChange | null {
  const targetIsr = request.targetIsr ?? p.isr;
  const election = request.election ?? 'ONLINE';
  const result = electLeaderFor(election, p.replicas, targetIsr, p.leader, request.isAcceptableLeader);
  const leaderChanges = result.leader !== p.leader;
  let isr: readonly number[] | null = null;
  if (leaderChanges && result.unclean) {
    // "If the election was unclean, we have to forcibly set the ISR to just the new leader. This can result in
    // data loss!"
    isr = [result.leader];
  }
  if (isr === null && targetIsr.length > 0 && !sameList(targetIsr, p.isr)) isr = targetIsr.slice();
  if (!leaderChanges && isr === null) return null;
  return {
    next: {
      replicas: p.replicas,
      isr: isr ?? p.isr,
      leader: leaderChanges ? result.leader : p.leader,
      leaderEpoch: leaderChanges ? p.leaderEpoch + 1 : p.leaderEpoch,
      partitionEpoch: p.partitionEpoch + 1,
    },
    unclean: leaderChanges && result.unclean,
  };
}

function without(list: readonly number[], id: number): number[] {
  const out: number[] = [];
  for (const r of list) if (r !== id) out.push(r);
  return out;
}

/**
 * ReplicationControlManager.handleBrokerFenced for one partition: if the broker is in the ISR, remove it and elect
 * (it is never an acceptable leader). `isActive` must already report the broker as fenced.
 */
export function onBrokerFenced(
  p: PartitionRegistration,
  brokerId: number,
  isActive: (id: number) => boolean,
  uncleanLeaderElectionEnable: boolean,
): PartitionChange | null {
  if (!p.isr.includes(brokerId)) return null; // brokersToIsrs.partitionsWithBrokerInIsr
  return buildPartitionChange(p, {
    targetIsr: without(p.isr, brokerId),
    election: uncleanLeaderElectionEnable ? 'UNCLEAN' : 'ONLINE',
    isAcceptableLeader: (r) => r !== brokerId && isActive(r),
  });
}

/**
 * ReplicationControlManager.handleBrokerInControlledShutdown for one partition: same as fencing (the broker leaves the
 * ISR and any leadership moves), while the broker is still running. Kafka then lets it exit and fences it.
 */
export function onBrokerControlledShutdown(
  p: PartitionRegistration,
  brokerId: number,
  isActive: (id: number) => boolean,
  uncleanLeaderElectionEnable: boolean,
): PartitionChange | null {
  return onBrokerFenced(p, brokerId, isActive, uncleanLeaderElectionEnable);
}

/**
 * ReplicationControlManager.handleBrokerUnfenced for one partition: only a leaderless partition is looked at
 * (brokersToIsrs.partitionsWithNoLeader); the unfenced broker is acceptable even before its registration says so.
 */
export function onBrokerUnfenced(
  p: PartitionRegistration,
  brokerId: number,
  isActive: (id: number) => boolean,
  uncleanLeaderElectionEnable: boolean,
): PartitionChange | null {
  if (p.leader !== NO_LEADER) return null;
  return buildPartitionChange(p, {
    election: uncleanLeaderElectionEnable ? 'UNCLEAN' : 'ONLINE',
    isAcceptableLeader: (r) => r === brokerId || isActive(r),
  });
}

export interface ElectionReply {
  /** A ControllerError code. */
  readonly error: number;
  readonly change: PartitionChange | null;
}

/**
 * ReplicationControlManager.electLeader(PREFERRED): ELECTION_NOT_NEEDED when the first assigned replica already
 * leads; PREFERRED_LEADER_NOT_AVAILABLE when the election changes nothing (the preferred replica is down or out of
 * the ISR, so the current leader stays).
 */
export function electPreferredLeader(
  p: PartitionRegistration,
  isActive: (id: number) => boolean,
): ElectionReply {
  if (p.leader !== NO_LEADER && p.leader === p.replicas[0]) {
    return { error: ControllerError.ELECTION_NOT_NEEDED, change: null };
  }
  const change = buildPartitionChange(p, { election: 'PREFERRED', isAcceptableLeader: isActive });
  if (change === null) return { error: ControllerError.PREFERRED_LEADER_NOT_AVAILABLE, change: null };
  return { error: ControllerError.NONE, change };
}

/**
 * ReplicationControlManager.electLeader(UNCLEAN), also what maybeTriggerUncleanLeaderElectionForLeaderlessPartitions
 * runs once unclean election is enabled: only for a partition without a leader.
 */
export function electUncleanLeader(
  p: PartitionRegistration,
  isActive: (id: number) => boolean,
): ElectionReply {
  if (p.leader !== NO_LEADER) return { error: ControllerError.ELECTION_NOT_NEEDED, change: null };
  const change = buildPartitionChange(p, { election: 'UNCLEAN', isAcceptableLeader: isActive });
  if (change === null) return { error: ControllerError.ELIGIBLE_LEADERS_NOT_AVAILABLE, change: null };
  return { error: ControllerError.NONE, change };
}

/**
 * ReplicationControlManager.alterPartition (validateAlterPartitionData, then build): the leader asks for a new ISR.
 * The requester must be the leader at the current leader epoch, the ISR must be replicas and hold the leader, and
 * every member must be eligible (registered, unfenced, not in controlled shutdown: ineligibleReplicasForIsr).
 */
export function onAlterPartition(
  p: PartitionRegistration,
  requesterId: number,
  requesterLeaderEpoch: number,
  newIsr: readonly number[],
  isActive: (id: number) => boolean,
  uncleanLeaderElectionEnable: boolean,
): ElectionReply {
  if (requesterLeaderEpoch < p.leaderEpoch)
    return { error: ControllerError.FENCED_LEADER_EPOCH, change: null };
  if (requesterId !== p.leader) return { error: ControllerError.INVALID_REQUEST, change: null };
  for (const r of newIsr) {
    if (!p.replicas.includes(r)) return { error: ControllerError.INVALID_REQUEST, change: null };
  }
  if (!newIsr.includes(p.leader)) return { error: ControllerError.INVALID_REQUEST, change: null };
  for (const r of newIsr) {
    if (!isActive(r)) return { error: ControllerError.INELIGIBLE_REPLICA, change: null };
  }
  const change = buildPartitionChange(p, {
    targetIsr: newIsr,
    election: uncleanLeaderElectionEnable ? 'UNCLEAN' : 'ONLINE',
    isAcceptableLeader: isActive,
  });
  return { error: ControllerError.NONE, change };
}

export type ElectionKind = 'offline' | 'preferred' | 'controlledShutdown';

export interface ElectLeaderOptions {
  /** The leader before the election (KRaft keeps it when it is still a valid choice). Default: NO_LEADER. */
  readonly currentLeader?: number;
  /** Brokers in controlled shutdown: never acceptable, and removed from the ISR for 'controlledShutdown'. */
  readonly shuttingDownBrokers?: readonly number[];
}

export interface ElectLeaderResult {
  /** The new leader, or NO_LEADER (the partition is offline). */
  readonly leader: number;
  /** The ISR after the election. */
  readonly isr: number[];
  /** True when the leader came from outside the ISR (unclean.leader.election.enable). */
  readonly unclean: boolean;
}

/**
 * The controller's election in one call, on plain lists (the same rules as above).
 *
 * - 'offline': brokers not in `liveBrokers` leave the ISR, then the current leader stays if still valid, else the
 *   first live ISR replica in assignment order leads; if none and `uncleanLeaderElectionEnable`, the first live
 *   replica in assignment order leads and the ISR becomes [leader]; else no leader, and the ISR is left as it was
 *   (KRaft never empties it). KRaft fences brokers one at a time: for brokers that failed together, call once per
 *   broker in fencing order to get the same ISR.
 * - 'preferred': the first assigned replica if live and in the ISR; else the current leader stays.
 * - 'controlledShutdown': shutting-down brokers leave the ISR and cannot lead; otherwise as 'offline'
 *   (KRaft applies unclean election here too when the topic enables it).
 */
export function electLeader(
  kind: ElectionKind,
  assignment: readonly number[],
  isr: readonly number[],
  liveBrokers: Iterable<number>,
  uncleanLeaderElectionEnable: boolean,
  options: ElectLeaderOptions = {},
): ElectLeaderResult {
  const live = new Set(liveBrokers);
  const shuttingDown = new Set(options.shuttingDownBrokers ?? []);
  const isActive = (r: number) => live.has(r) && !shuttingDown.has(r);
  const current = options.currentLeader ?? NO_LEADER;
  const p: PartitionRegistration = {
    replicas: assignment,
    isr,
    leader: current,
    leaderEpoch: 0,
    partitionEpoch: 0,
  };
  let request: ChangeRequest;
  if (kind === 'preferred') {
    request = { election: 'PREFERRED', isAcceptableLeader: isActive };
  } else {
    const targetIsr = isr.filter((r) => (kind === 'offline' ? live.has(r) : isActive(r)));
    request = {
      targetIsr,
      election: uncleanLeaderElectionEnable ? 'UNCLEAN' : 'ONLINE',
      isAcceptableLeader: isActive,
    };
  }
  const change = buildPartitionChange(p, request);
  if (change === null) return { leader: current, isr: isr.slice(), unclean: false };
  return { leader: change.next.leader, isr: change.next.isr.slice(), unclean: change.unclean };
}
