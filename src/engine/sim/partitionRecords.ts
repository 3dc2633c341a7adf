// One partition's records for the record inspector, as kafka-dump-log.sh would print them and kafka-consumer-groups.sh
// --describe would place the groups among them: the leader's log joined to each record's leader epoch (the leader's
// LeaderEpochFileCache), the high watermark, every group's committed offset and position, and each replica's log end,
// high watermark and last truncation.
import { readLogRecords } from '../kafka/log/recordRead';
import { groupPositionOf } from './groupPositions';
import type { SimulationState } from './simulationState';

/** Records a page shows when the page does not say. */
export const DEFAULT_RECORD_LIMIT = 200;
/** The most records one page carries. */
export const MAX_RECORD_LIMIT = 1000;

export interface RecordQuery {
  /** The topic's name. */
  topic: string;
  partition: number;
  /** The first offset to read; null: the newest `limit` records. */
  fromOffset: number | null;
  limit: number;
}

export interface RecordRow {
  offset: number;
  timestampMs: number;
  /** The key as text; null for a null key or when the key is not known (records that came back after a truncation). */
  key: string | null;
  valueBytes: number;
  tombstone: boolean;
  /** The leader epoch the record was written in (from the leader's epoch entries); -1 when unknown. */
  leaderEpoch: number;
  /** The producer's client id and number; null and -1 when unknown. */
  producer: string | null;
  producerId: number;
  /** The producer's batch number on this partition; -1 when unknown. */
  sequence: number;
  /** Its batch's base offset; -1 when the batch began before the kept details. */
  batchBaseOffset: number;
  /** Below the high watermark: consumers can read it. */
  committed: boolean;
}

export interface GroupMark {
  groupId: string;
  node: string;
  /** The group's committed offset here; null before its first commit. */
  committed: number | null;
  /** The fetch position of the consumer that owns the partition; null when no live consumer owns it. */
  position: number | null;
}

export interface ReplicaMark {
  brokerId: number;
  leader: boolean;
  inIsr: boolean;
  logEndOffset: number;
  /** The replica's own high watermark (a follower's is the leader's as of its last fetch). */
  highWatermark: number;
  /** Its last truncation after its log diverged from the leader's: cut back to `offset` from `fromOffset`, keeping `epoch`. */
  truncation: { offset: number; fromOffset: number; epoch: number } | null;
}

export interface RecordPage {
  topic: string;
  partition: number;
  /** The offsets read: [fromOffset, toOffset); records the cleaner removed leave gaps. */
  fromOffset: number;
  toOffset: number;
  logStartOffset: number;
  logEndOffset: number;
  highWatermark: number;
  /** The first offset whose details the log keeps (older records are known by their segment only). */
  firstKeptOffset: number;
  /** Offsets in [fromOffset, toOffset) removed by compaction. */
  removed: number;
  leader: number;
  leaderEpoch: number;
  records: RecordRow[];
  groups: GroupMark[];
  replicas: ReplicaMark[];
}

/** The page of `query`'s partition, or null when the topic or partition does not exist (any more). */
export function partitionRecords(state: SimulationState, query: RecordQuery): RecordPage | null {
  const topic = state.topics.get(query.topic);
  const p = query.partition;
  if (!topic || !Number.isInteger(p) || p < 0 || p >= topic.partitionCount) return null;
  const log = topic.partitions[p]!;
  const rp = topic.replicas[p]!.rp;
  const limit = Math.max(1, Math.min(MAX_RECORD_LIMIT, Math.floor(query.limit) || DEFAULT_RECORD_LIMIT));
  const read = readLogRecords(log, query.fromOffset, limit);
  const hw = topic.highWatermark(p);
  // Offline, the last leader's log is the one consumers read again; the first replica stands in before any.
  const epochOf = rp.leader >= 0 ? rp.leader : rp.replicas[0]!;
  const isr = new Set(rp.isr);
  return {
    topic: topic.name,
    partition: p,
    fromOffset: read.fromOffset,
    toOffset: read.toOffset,
    logStartOffset: log.logStartOffset,
    logEndOffset: log.logEndOffset,
    highWatermark: hw,
    firstKeptOffset: read.firstKeptOffset,
    removed: read.removed,
    leader: rp.leader,
    leaderEpoch: rp.leaderEpoch,
    records: read.records.map((r) => ({
      offset: r.offset,
      timestampMs: r.timestampMs,
      key: state.keys.name(r.keyId),
      valueBytes: r.valueBytes,
      tombstone: r.tombstone,
      leaderEpoch: rp.epochOfOffset(epochOf, r.offset),
      producer: state.producers.clientIdOf(r.producerId),
      producerId: r.producerId,
      sequence: r.sequence,
      batchBaseOffset: r.batchBaseOffset,
      committed: r.offset < hw,
    })),
    groups: [...state.groups.values()]
      .filter((g) => g.subscribedTopics().includes(topic.name))
      .map((g) => {
        const committed = g.coordinator.committedOffset(topic.name, p);
        const position = groupPositionOf(g, topic.name, p);
        return {
          groupId: g.groupId,
          node: g.nodeId,
          committed: committed < 0 ? null : committed,
          position: position < 0 ? null : position,
        };
      }),
    replicas: rp.replicas.map((b) => ({
      brokerId: b,
      leader: b === rp.leader,
      inIsr: isr.has(b),
      logEndOffset: rp.replicaLogEndOffset(b),
      highWatermark: rp.replicaHighWatermark(b),
      truncation: rp.lastTruncation(b),
    })),
  };
}
