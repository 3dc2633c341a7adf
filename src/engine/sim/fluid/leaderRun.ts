// Partition.appendRecordsToLeader for a run of records (the fluid mode): the same replication state decides whether
// the leader takes them (a leader, its broker up, enough in-sync replicas for acks=all), the log appends them in bulk
// (PartitionLog.appendRun), and the leader's network in and disk carry their bytes, as LeaderAppend does per batch.
import { UNKNOWN } from '../../kafka/log/partitionLog';
import type { TopicRuntime } from '../topicRuntime';
import type { RecordBytes } from './writerShape';

/**
 * Appends `count` records to partition `p`'s leader; false when the leader refuses them (they wait, as a producer's
 * batches wait and retry). The leader is whatever the controller last elected.
 */
export function appendRunToLeader(
  topic: TopicRuntime,
  p: number,
  count: number,
  bytes: RecordBytes,
  acks: 0 | 1 | -1,
  nowMs: number,
): boolean {
  const replicas = topic.replicas[p]!;
  const leader = replicas.leaderBroker();
  if (leader === null || !leader.alive) return false;
  const rp = replicas.rp;
  if (rp.appendToLeader(count, nowMs, acks) < 0) return false;
  const log = replicas.log;
  const stored = count * bytes.stored;
  const recordBytes = count * bytes.record;
  // No producer batch is known by its sequence: a run's records are nobody's to lose in a later truncation.
  log.appendProducer = UNKNOWN;
  const base = log.appendRun(count, recordBytes, stored, nowMs);
  replicas.batches.append(base, UNKNOWN, rp.leaderEpoch);
  replicas.appendEpoch = rp.leaderEpoch;
  leader.networkIn.use(count * bytes.produce);
  leader.disk.use(stored);
  topic.recordsIn[p]! += count;
  topic.bytesIn[p]! += recordBytes;
  return true;
}
