// A group's two lags per partition, as the tools that show them count them: kafka-consumer-groups.sh --describe and
// Burrow from the committed offset (CURRENT-OFFSET), the client's records-lag metric (FetchManagerMetrics) from the
// consumer's position. Pure, so the numbers are pinned by tests.
import {
  commitModeOf,
  ownValue,
  type CommitMode,
  type GroupReport,
  type SimulationReport,
} from '../../engine';

export interface PartitionLags {
  label: string;
  highWatermark: number;
  /** null before the group's first commit here. */
  committed: number | null;
  /** null when no live consumer owns the partition. */
  position: number | null;
  /** High watermark minus the committed offset; null before the first commit. */
  committedLag: number | null;
  /** High watermark minus the position; null when no consumer owns it. */
  positionLag: number | null;
}

/** Each partition of the topics the group reads whose partitions the report carries, in topic then partition order. */
export function groupLags(group: GroupReport, report: SimulationReport): PartitionLags[] {
  const rows: PartitionLags[] = [];
  for (const topic of Object.keys(group.committed).sort()) {
    const partitions = report.topics.find((t) => t.name === topic)?.partitions ?? [];
    const committed = ownValue(group.committed, topic) ?? [];
    const positions = (group.positions && ownValue(group.positions, topic)) ?? [];
    for (const p of partitions) {
      const c = committed[p.partition] ?? null;
      const at = positions[p.partition] ?? null;
      rows.push({
        label: `${topic}-${p.partition}`,
        highWatermark: p.highWatermark,
        committed: c,
        position: at,
        committedLag: c === null ? null : Math.max(0, p.highWatermark - c),
        positionLag: at === null ? null : Math.max(0, p.highWatermark - at),
      });
    }
  }
  return rows;
}

/** Why the two lags differ, for the group's commit mode. */
export function whyLagsDiffer(config: {
  commitMode?: CommitMode | undefined;
  enableAutoCommit: boolean;
  autoCommitIntervalMs: number;
}): string {
  const mode = commitModeOf(config);
  if (mode === 'auto')
    return `Offsets are committed every auto.commit.interval.ms = ${config.autoCommitIntervalMs / 1000} s, so the committed lag saw-tooths above the position lag and drops at each commit.`;
  if (mode === 'after-processing')
    return 'This consumer commits after processing each poll, so the committed lag stays above the position lag by about the records of the poll in hand.';
  return 'This consumer commits right after each poll, before processing, so the two lags are close.';
}
