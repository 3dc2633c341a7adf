// Level of detail on the canvas, by React Flow's zoom: a big design at fit view draws each node as its name
// (grown so it stays readable, clipped to its card so names never overlap), and a topic's partitions as one
// heatmap band; zoomed in, the nodes show their figures and the topics their partition lanes again. Pure, so
// the thresholds are pinned by tests.

/** Below this zoom a node shows only its name (and a topic its band): its figures would be under 6 px. */
export const COMPACT_BELOW_ZOOM = 0.45;
/** A topic with more partitions than this draws them as a band unless zoomed in to LANES_ZOOM_MANY. */
export const MANY_PARTITIONS = 32;
/** Life-size: where a topic of many partitions shows its lanes again. */
export const LANES_ZOOM_MANY = 1;
/** A compact node's name is drawn this many screen pixels high, as far as MAX_LABEL_SCALE allows. */
const LABEL_SCREEN_PX = 9;
/** The name's own size (nodes.css, .fnode__name). */
const NAME_PX = 15;
/** At most this many times its own size: past it (zoom 0.2) the name shrinks with the card. */
const MAX_LABEL_SCALE = 3;

export type NodeDetail = 'full' | 'compact';
export type PartitionDetail = 'lanes' | 'band';

export function nodeDetail(zoom: number): NodeDetail {
  return zoom < COMPACT_BELOW_ZOOM ? 'compact' : 'full';
}

/** Lanes for a few partitions at any readable zoom; a band when zoomed out, or for many until life-size. */
export function partitionDetail(partitions: number, zoom: number): PartitionDetail {
  if (nodeDetail(zoom) === 'compact') return 'band';
  return partitions > MANY_PARTITIONS && zoom < LANES_ZOOM_MANY ? 'band' : 'lanes';
}

/**
 * How many times its own size a compact node's name is drawn at `zoom`, in steps of 0.1 (so a zoom gesture
 * restyles the names a few times, not every frame); 1 where nodes are not compact. About 9 screen pixels.
 */
export function labelScale(zoom: number): number {
  if (nodeDetail(zoom) === 'full') return 1;
  const scale = Math.min(MAX_LABEL_SCALE, LABEL_SCREEN_PX / (NAME_PX * zoom));
  return Math.max(1, Math.round(scale * 10) / 10);
}
