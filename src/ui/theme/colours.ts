// Colours that mean something on the canvas: one per node kind, and one per consumer-group member, the
// same on the sink's chip and on every topic lane that member owns.

/** Ten hues that stay apart on white and on a projector (Tableau 10, with grey swapped out: grey means idle). */
export const PALETTE = [
  '#4e79a7',
  '#f28e2b',
  '#e15759',
  '#76b7b2',
  '#59a14f',
  '#d4a72c',
  '#b07aa1',
  '#ff9da7',
  '#9c755f',
  '#2f4b7c',
] as const;

/** FNV-1a: a stable hash, so a group keeps its colours across reloads and between components. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A trailing number counts on from its stem's slot, so sink-1, sink-2 ... sink-10 never share a colour. */
function hash(id: string): number {
  const match = /^(.*?)(\d{1,6})$/.exec(id);
  return match ? fnv1a(match[1]!) + Number(match[2]) : fnv1a(id);
}

const slot = (n: number) => PALETTE[((n % PALETTE.length) + PALETTE.length) % PALETTE.length]!;

/** The group's own colour: its markers on topic lanes, its series in charts. */
export function groupColour(groupNode: string): string {
  return slot(hash(groupNode));
}

/**
 * The colour of a group's member by its index in the group. Members of one group get distinct colours
 * (up to ten); the first member shares the group's colour.
 */
export function memberColour(groupNode: string, memberIndex: number): string {
  return slot(hash(groupNode) + memberIndex);
}
