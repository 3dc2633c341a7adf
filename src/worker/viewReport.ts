// A report trimmed to what the page shows (protocol/viewNeed.ts): the Cluster and Capacity views get it whole;
// elsewhere a topic keeps its partitions only when its lanes are drawn, and a group its committed offsets only
// for those topics (partitionStatus only in the Capacity view, its one reader). Every topic is summed up in a
// TopicDigest, which is all its heatmap band and replication line need. Pure, so the sizes are pinned by tests.
import { ownValue, type GroupReport, type SimulationReport } from '../engine';
import { WHOLE_REPORT_VIEWS, type TopicDigest, type ViewNeed } from '../protocol/viewNeed';

export interface ViewReport {
  report: SimulationReport;
  /** By topic name, as own keys (a topic may be named "constructor"). */
  digests: Record<string, TopicDigest>;
  /** Every partition and committed offset is in `report` (no need told yet, or the Cluster or Capacity view). */
  whole: boolean;
}

type TopicReport = SimulationReport['topics'][number];

/** `need` null: the page has not said what it shows, so the report stays whole. */
export function viewReport(report: SimulationReport, need: ViewNeed | null): ViewReport {
  const stopped = new Set(report.brokers.filter((b) => b.status === 'stopped').map((b) => b.id));
  const digests = Object.fromEntries(
    report.topics.map((t) => [t.name, topicDigest(t, report.groups, stopped)]),
  );
  if (need === null || need.whole || WHOLE_REPORT_VIEWS.includes(need.view))
    return { report, digests, whole: true };
  const detail = new Set(need.topics);
  return {
    report: {
      ...report,
      topics: report.topics.map((t) => (detail.has(t.name) ? t : { ...t, partitions: [] })),
      groups: report.groups.map((g) => trimGroup(g, detail)),
    },
    digests,
    whole: false,
  };
}

/** The same keys (the topics the group reads, which the edges' rates use), arrays only for topics in detail. */
function trimGroup(group: GroupReport, detail: ReadonlySet<string>): GroupReport {
  return {
    ...group,
    committed: Object.fromEntries(
      Object.entries(group.committed).map(([topic, offsets]) => [topic, detail.has(topic) ? offsets : []]),
    ),
    partitionStatus: Object.fromEntries(Object.keys(group.partitionStatus).map((topic) => [topic, []])),
    // The positions as the committed offsets: arrays only for topics in detail.
    ...(group.positions && {
      positions: Object.fromEntries(
        Object.entries(group.positions).map(([topic, at]) => [topic, detail.has(topic) ? at : []]),
      ),
    }),
  };
}

export function topicDigest(
  topic: TopicReport,
  groups: readonly GroupReport[],
  stoppedBrokers: ReadonlySet<number> = new Set(),
): TopicDigest {
  const count = topic.partitions.length;
  const retained = new Array<number>(count);
  const lag = new Array<number>(count).fill(0);
  let offline = 0;
  let underMinIsr = 0;
  let underReplicated = 0;
  let unfencedLeaders = 0;
  for (let p = 0; p < count; p++) {
    const partition = topic.partitions[p]!;
    retained[p] = Math.max(0, partition.logEndOffset - partition.logStartOffset);
    if (partition.offline) offline++;
    if (partition.underMinIsr) underMinIsr++;
    if (partition.underReplicated) underReplicated++;
    if (stoppedBrokers.has(partition.leader)) unfencedLeaders++;
  }
  let read = false;
  for (const group of groups) {
    const committed = ownValue(group.committed, topic.name);
    if (committed === undefined) continue;
    read = true;
    for (let p = 0; p < count; p++) {
      const at = committed[p];
      if (at !== null && at !== undefined) lag[p] = Math.max(lag[p]!, topic.partitions[p]!.logEndOffset - at);
    }
  }
  return {
    partitions: count,
    replicationFactor: topic.partitions[0]?.replicas.length ?? 0,
    offline,
    underMinIsr,
    underReplicated,
    unfencedLeaders,
    retained,
    lag,
    read,
  };
}
