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

/**
 * The delivery chart's colours say what went wrong: red lost, amber duplicated, purple redelivered,
 * blue out of order (the palette's hues), grey failed (given up on, like the app's idle grey).
 */
export const DELIVERY_COLORS = {
  lost: PALETTE[2],
  duplicated: PALETTE[5],
  redelivered: PALETTE[6],
  outOfOrder: PALETTE[0],
  failed: 'var(--faint)',
} as const;
