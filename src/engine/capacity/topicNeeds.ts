// Partitions a topic needs: max(T/p, T/c), where p is the most one partition can take and c what one consumer
// processes (Jun Rao, "How to choose the number of topics/partitions in a Kafka cluster?",
// https://www.confluent.io/blog/how-to-choose-the-number-of-topicspartitions-in-a-kafka-cluster/). Skew: the
// hottest partition's share of the topic's records in, as the simulation measured it (zipf keys make hot partitions).
import type { Candidate } from './verdict';
import type { CapacityGroup, CapacityTopic, CapacityTopicReport } from './types';
import type { TopicLoad } from './topicLoad';

const n = (v: number) => Math.round(v).toLocaleString('en-US');

/**
 * p: the producer's ceiling on one partition (topicLoad.ts), and the leader's planning share of its network in and
 * disk (`limitBytesPerSec`, the smallest leader's) over the bytes one record costs there.
 */
export function topicNeeds(
  topic: CapacityTopic,
  load: TopicLoad | undefined,
  groups: readonly CapacityGroup[],
  limitBytesPerSec: number,
): { report: CapacityTopicReport; candidate: Candidate | null } {
  let t = 0;
  let produceBytes = 0;
  if (load)
    for (let p = 0; p < load.partitions; p++) {
      t += load.records[p]!;
      // The larger of what a record costs on the leader's network in and on its disk (they differ when it recompresses).
      produceBytes += Math.max(load.produceBytes[p]!, load.storedBytes[p]!);
    }
  const bytesPerRecord = t > 0 ? produceBytes / t : 0;
  const byLeader = bytesPerRecord > 0 ? limitBytesPerSec / bytesPerRecord : Infinity;
  const p = Math.min(load?.producerCeiling ?? Infinity, byLeader);
  let c: number | null = null;
  for (const g of groups) {
    if (!g.topics.includes(topic.name) || g.processingRate === null) continue;
    c = c === null ? g.processingRate : Math.min(c, g.processingRate);
  }
  const needed = Math.max(1, Math.ceil(Math.max(t / p, c === null ? 0 : c > 0 ? t / c : Infinity) - 1e-9));
  let sum = 0;
  let hottest = 0;
  for (const part of topic.partitions) {
    sum += part.recordsInPerSec;
    if (part.recordsInPerSec > hottest) hottest = part.recordsInPerSec;
  }
  const has = topic.partitions.length;
  const report: CapacityTopicReport = {
    name: topic.name,
    partitions: has,
    partitionsNeeded: Number.isFinite(needed) ? needed : has,
    hottestPartitionShare: sum > 0 ? hottest / sum : null,
    perPartitionRecordsPerSec: Number.isFinite(p) ? p : 0,
    perConsumerRecordsPerSec: c,
    recordsPerSec: t,
  };
  if (t <= 0) return { report, candidate: null };
  const byConsumers = c !== null && t / c >= t / p;
  const cause = byConsumers
    ? `${topic.name}: ${has} partitions x ${n(c!)} records/s per consumer ${has * c! < t ? '<' : '>='} ${n(t)} records/s in: needs at least ${report.partitionsNeeded} partitions and ${report.partitionsNeeded} consumers`
    : `${topic.name}: ${has} partitions x ${n(p)} records/s per partition ${has * p < t ? '<' : '>='} ${n(t)} records/s in: needs at least ${report.partitionsNeeded} partitions`;
  const u = report.partitionsNeeded / has;
  return {
    report,
    candidate: { resource: 'partitions', topic: topic.name, utilisation: u, pressure: u, cause },
  };
}

/** A group's consumers against what its topics bring: min(consumers, partitions) x processing rate; a growing lag. */
export function groupCandidate(
  g: CapacityGroup,
  recordsPerSec: number,
  partitions: number,
): Candidate | null {
  const active = Math.min(g.consumers, partitions);
  const capacity = g.processingRate === null ? Infinity : active * g.processingRate;
  let u = capacity > 0 ? recordsPerSec / capacity : recordsPerSec > 0 ? Infinity : 0;
  const growing = g.lagTrend === 'growing';
  if (growing && u < 1) u = 1;
  if (!growing && !Number.isFinite(capacity)) return null;
  const cause =
    growing && !(recordsPerSec > capacity)
      ? `group ${g.groupId}: lag grows over the span`
      : `group ${g.groupId}: ${active} consumer${active === 1 ? '' : 's'} x ${n(g.processingRate ?? 0)} records/s ${u >= 1 ? '<' : '>='} ${n(recordsPerSec)} records/s in`;
  return {
    resource: 'consumers',
    group: g.groupId,
    utilisation: Number.isFinite(u) ? u : 0,
    pressure: Number.isFinite(u) ? u : 1e9,
    cause,
  };
}
