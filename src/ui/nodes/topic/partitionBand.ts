// A topic's partitions as one heatmap band, for a topic of many partitions or a zoomed-out canvas: a cell per
// partition, shaded by how far its slowest group is behind (or, with no group reading, by how much it
// retains), in rows of at most BAND_COLUMNS. Pure, so the numbers are pinned by tests.
import { ownValue, type SimulationReport } from '../../../engine';
import { formatCount } from '../../format';
import { indexReport } from '../shared/lookups';

/** Cells per row: a thousand partitions make 20 rows of 50. */
export const BAND_COLUMNS = 50;

export interface PartitionBand {
  /** 0..1 per partition: its lag (or retained records) relative to the topic's largest. */
  heat: Float32Array;
  /** What the shade means. */
  shade: 'lag' | 'retained';
  columns: number;
  rows: number;
  /** The band in words, for its accessible name and tooltip. */
  summary: string;
}

export function partitionBand(
  topic: string,
  partitions: number,
  report: SimulationReport | null,
): PartitionBand {
  const reported = report ? indexReport(report).topics.get(topic)?.partitions : undefined;
  const committed = report
    ? report.groups.map((g) => ownValue(g.committed, topic)).filter((c) => c !== undefined)
    : [];
  const shade = committed.length > 0 ? 'lag' : 'retained';
  const values = new Float64Array(partitions);
  let retained = 0;
  let worst = 0;
  let worstPartition = -1;
  for (let p = 0; p < partitions; p++) {
    const start = reported?.[p]?.logStartOffset ?? 0;
    const end = reported?.[p]?.logEndOffset ?? 0;
    retained += Math.max(0, end - start);
    let value = Math.max(0, end - start);
    if (shade === 'lag') {
      value = 0;
      for (const c of committed) {
        const at = c[p];
        if (at !== null && at !== undefined) value = Math.max(value, end - at);
      }
    }
    values[p] = value;
    if (value > worst) [worst, worstPartition] = [value, p];
  }
  const heat = new Float32Array(partitions);
  if (worst > 0) for (let p = 0; p < partitions; p++) heat[p] = values[p]! / worst;
  const columns = Math.max(1, Math.min(BAND_COLUMNS, partitions));
  const most =
    shade === 'lag'
      ? worstPartition >= 0
        ? `most behind: partition ${worstPartition}, lag ${formatCount(worst)}`
        : 'no lag'
      : 'no group reads it';
  return {
    heat,
    shade,
    columns,
    rows: Math.ceil(partitions / columns),
    summary: `${formatCount(partitions)} partitions, ${formatCount(retained)} records retained; ${most}`,
  };
}
