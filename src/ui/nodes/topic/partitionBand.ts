// A topic's partitions as one heatmap band, for a topic of many partitions or a zoomed-out canvas: a cell per
// partition, shaded by how far its slowest group is behind (or, with no lag anywhere, by how much it
// retains), in rows of at most BAND_COLUMNS. Pure, so the numbers are pinned by tests.
import type { TopicDigest } from '../../../protocol/viewNeed';
import { formatCount } from '../../format';

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

/**
 * `partitions`: the design's count (a partition just added is an empty cell until reported). `digest`: the
 * worker's summary of the topic (worker/viewReport.ts), which every report carries whatever the view.
 */
export function partitionBand(partitions: number, digest: TopicDigest | undefined): PartitionBand {
  const lag = new Float64Array(partitions);
  const kept = new Float64Array(partitions);
  let retained = 0;
  let worst = 0;
  let worstPartition = -1;
  for (let p = 0; p < partitions; p++) {
    kept[p] = digest?.retained[p] ?? 0;
    retained += kept[p]!;
    lag[p] = digest?.lag[p] ?? 0;
    if (lag[p]! > worst) [worst, worstPartition] = [lag[p]!, p];
  }
  // With no lag anywhere the band shows what each partition retains, so it still tells partitions apart.
  const shade = worst > 0 ? 'lag' : 'retained';
  const values = shade === 'lag' ? lag : kept;
  const top = Math.max(0, ...values);
  const heat = new Float32Array(partitions);
  if (top > 0) for (let p = 0; p < partitions; p++) heat[p] = values[p]! / top;
  const columns = Math.max(1, Math.min(BAND_COLUMNS, partitions));
  const most =
    shade === 'lag'
      ? `most behind: partition ${worstPartition}, lag ${formatCount(worst)}`
      : digest?.read
        ? 'no lag'
        : 'no group reads it';
  return {
    heat,
    shade,
    columns,
    rows: Math.ceil(partitions / columns),
    summary: `${formatCount(partitions)} partitions, ${formatCount(retained)} records retained; ${most}`,
  };
}
