import type { SimulationReport } from '../engine';

/** One row of the Topics table. */
export interface TopicRowData {
  name: string;
  partitions: number;
  /** Records ever appended: the sum of the partitions' log-end offsets. */
  recordsIn: number;
  recordsPerSec: number;
}

export function toTopicRows(report: SimulationReport): TopicRowData[] {
  return report.topics.map((t) => ({
    name: t.name,
    partitions: t.partitions.length,
    recordsIn: t.partitions.reduce((sum, p) => sum + p.logEndOffset, 0),
    recordsPerSec: t.recordsPerSec,
  }));
}
