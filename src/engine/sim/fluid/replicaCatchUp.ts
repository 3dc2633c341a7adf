// The followers of the fluid mode: a follower that runs and reaches its leader keeps up, so within a step it fetches
// everything the leader has (Partition.updateFollowerFetchState twice: the fetch that takes the records, the next that
// tells the leader the new log end offset, which moves the high watermark, as in Kafka one fetch later). The same
// replication state decides truncation, the ISR and the high watermark; the bytes cross the leader's network out and
// the follower's network in and disk, batch headers included.
import type { PartitionReplicas } from '../cluster/partitionReplicas';

export function catchUpFollowers(replicas: PartitionReplicas, nowMs: number): void {
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
    rp.followerFetch(b.id, Infinity, nowMs);
    const to = rp.logEndOffsetAt(i);
    if (to > from) {
      const bytes = storedBytes(log, from, to);
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

/**
 * The on-disk bytes of [from, to): the log's mean stored bytes per record (records and batch headers, as its segments
 * count them) times the records, which is what a follower's fetches of those batches carry.
 */
function storedBytes(log: PartitionReplicas['log'], from: number, to: number): number {
  const records = log.logEndOffset - log.logStartOffset;
  return records > 0 ? (log.sizeInBytes() * (to - from)) / records : 0;
}
