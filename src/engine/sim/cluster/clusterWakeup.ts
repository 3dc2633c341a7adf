// When the cluster next has something to do, for the step loop's event skipping (sim/nextEvent.ts): the controller's
// timers (QuorumController fencing a silent broker, its periodic unclean elections and leader rebalance, the
// ReplicaManager's isr-expiration schedule) and each follower's replica fetcher (AbstractFetcherThread: a fetch reaching
// the leader, a response reaching the follower, a caught-up follower's long poll running out). Each function returns
// the earliest end of a tick at which ClusterRuntime.tick could change anything: `nowMs` (the next tick) whenever it
// cannot tell.
import type { ClusterRuntime } from './clusterRuntime';
import type { PartitionReplicas } from './partitionReplicas';

export function clusterWakeMs(cluster: ClusterRuntime, nowMs: number): number {
  let wake = cluster.nextIsrCheckMs;
  const brokers = cluster.brokerList;
  for (let i = 0; i < brokers.length; i++) {
    const b = brokers[i]!;
    if (!b.fenced && b.fenceAtMs < wake) wake = b.fenceAtMs;
  }
  const unclean = cluster.nextUncleanElectionCheckMs;
  if (unclean !== null && unclean < wake) wake = unclean;
  const rebalance = cluster.nextLeaderRebalanceMs;
  // maybeBalanceLeaders acts on the next tick when a leader moved, or to drop a schedule once the setting is off.
  if (
    cluster.config.autoLeaderRebalanceEnable ? rebalance === null && cluster.leadersMoved : rebalance !== null
  )
    return nowMs;
  if (rebalance !== null && rebalance < wake) wake = rebalance;
  const partitions = cluster.partitions;
  for (let i = 0; i < partitions.length && wake > nowMs; i++) {
    const p = partitions[i]!;
    if (p.rp.hasEvents) return nowMs;
    const w = replicaFetchWakeMs(p, nowMs);
    if (w < wake) wake = w;
  }
  return wake;
}

/** PartitionReplicas.fetch: when one of the partition's followers next fetches or receives. */
function replicaFetchWakeMs(p: PartitionReplicas, nowMs: number): number {
  const brokers = p.brokers;
  if (brokers.length === 1) return Infinity;
  const rp = p.rp;
  const leaderIndex = rp.leaderIndex;
  if (leaderIndex < 0) return Infinity;
  const leader = brokers[leaderIndex]!;
  if (!leader.alive || leader.isolated) return Infinity;
  // The tick's end records a high watermark that moved since (an append in a later phase of the last tick).
  if (rp.highWatermark > p.ackedFrontier) return nowMs;
  const leaderLeo = rp.logEndOffset;
  const epoch = rp.leaderEpoch;
  const legs = p.legs;
  let wake = Infinity;
  for (let i = 0; i < brokers.length; i++) {
    if (i === leaderIndex) continue;
    const b = brokers[i]!;
    const response = p.responseEnd[i]!;
    // A response that a stopped follower or a new leader epoch voids is dropped on the next tick.
    if (response >= 0 && (!b.alive || b.isolated || p.responseEpoch[i] !== epoch)) return nowMs;
    if (!b.alive || b.isolated) continue;
    let w: number;
    if (response >= 0) w = legs.responseAtFollowerMs[i]!;
    else {
      w = legs.fetchAtLeaderMs[i]!;
      // A caught-up follower's fetch waits at the leader until replica.fetch.wait.max.ms runs out.
      const from = rp.logEndOffsetAt(i);
      if (w <= nowMs && !(from === leaderLeo && rp.fetchOffsetAt(i) === from)) return nowMs;
      if (w <= nowMs) w = p.nextIdleFetchMs[i]!;
    }
    if (w < wake) wake = w;
  }
  return wake;
}
