// The colours of the series Franz draws, from the app's one palette (theme/colours.ts): a topic keeps
// its colour in the throughput chart and on the canvas's moving records; a group keeps the colour of its
// markers on the topic lanes.
import { groupColour, PALETTE } from '../theme/colours';

export const SERIES_COLORS: readonly string[] = PALETTE;

/** The colour of the i-th series (the i-th topic of the design), cycling past the end of the palette. */
export function seriesColor(index: number): string {
  const n = SERIES_COLORS.length;
  return SERIES_COLORS[((index % n) + n) % n]!;
}

/** A consumer group's colour, by its sink or processor node id: the same as on the topic lanes. */
export { groupColour };
