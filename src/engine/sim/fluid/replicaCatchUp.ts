// The followers of the fluid mode: a follower that runs and reaches its leader keeps up, so within a step it fetches
// everything the leader has (Partition.updateFollowerFetchState twice: the fetch that takes the records, the next that
// tells the leader the new log end offset, which moves the high watermark, as in Kafka one fetch later). The same
// replication state decides truncation, the ISR and the high watermark; the bytes cross the leader's network out and
// the follower's network in and disk: the records' key and value bytes and their batches' headers, as the per-record
// followers count them (PartitionReplicas.fetch).
import type { PartitionReplicas } from '../cluster/partitionReplicas';
import type { FluidPartitions } from './fluidPartitions';

/** The followers of partition `p`, whose topic's fluid state is `parts`. */
export function catchUpFollowers(
  replicas: PartitionReplicas,
  parts: FluidPartitions,
  p: number,
  nowMs: number,
): void {
  const brokers = replicas.brokers;
  if (brokers.length === 1) return;
  const rp = replicas.rp;
  const leaderIndex = rp.leaderIndex;
  if (leaderIndex < 0) return;
  const leader = brokers[leaderIndex]!;
  if (!leader.alive || leader.isolated) return;
  const log = replicas.log;
  const leo = rp.logEndOffset;
  let min = leo;
  for (let i = 0; i < brokers.length; i++) {
    const b = brokers[i]!;
    if (i === leaderIndex || !b.alive || b.isolated) {
      if (i !== leaderIndex && rp.logEndOffsetAt(i) < min) min = rp.logEndOffsetAt(i);
      continue;
    }
    const from = rp.logEndOffsetAt(i);
    // Caught up and known to be (its last fetch told the leader): nothing to fetch this step.
    if (from === leo && rp.fetchOffsetAt(i) === from) continue;
    rp.followerFetch(b.id, Infinity, nowMs);
    const to = rp.logEndOffsetAt(i);
    if (to > from) {
      const bytes = parts.fetchBytes(log, p, from, to);
      leader.networkOut.useForReplication(bytes);
      b.networkIn.useForReplication(bytes);
      b.disk.useForReplication(bytes);
    }
    // The next fetch tells the leader where the follower's log ends now.
    rp.followerFetch(b.id, Infinity, nowMs);
    if (rp.logEndOffsetAt(i) < min) min = rp.logEndOffsetAt(i);
  }
  const hw = rp.highWatermark;
  if (hw > replicas.ackedFrontier) replicas.ackedFrontier = hw;
  replicas.batches.trimBelow(min);
}
