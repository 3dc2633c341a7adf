// The charts draw at most a few lines each: with a thousand partitions, one line per partition would be a
// thousand SVG paths redrawn twice a second and a message of 300,000 numbers. The busiest series (by rate or
// lag over the charts' span) keep a line of their own; the rest are summed into one "others" line.

/** Lines of their own in the lag charts (per group, per partition): the rest are summed as "others". */
export const TOP_LAG_SERIES = 10;
/** Topics with lines of their own in the throughput chart (each draws two: produced and consumed). */
export const TOP_TOPIC_SERIES = 6;

/** The series summed into one line: how many, and their sum at each sample. */
export interface OtherSeries {
  count: number;
  values: number[];
}

const total = (values: readonly number[]) => {
  let sum = 0;
  for (const v of values) sum += v;
  return sum;
};

/**
 * The `limit` items of highest `score` (their sum over the span), in their original order so a line keeps its
 * colour while it stays among them; ties go to the earlier item. `rest` is every other item, in order.
 */
export function splitTop<T>(
  items: readonly T[],
  limit: number,
  values: (item: T) => readonly number[],
): { top: T[]; rest: T[] } {
  if (items.length <= limit) return { top: [...items], rest: [] };
  const scores = items.map((item) => total(values(item)));
  const order = items.map((_, i) => i).sort((a, b) => scores[b]! - scores[a]! || a - b);
  const kept = new Set(order.slice(0, limit));
  const top: T[] = [];
  const rest: T[] = [];
  items.forEach((item, i) => (kept.has(i) ? top : rest).push(item));
  return { top, rest };
}

/** The element-wise sum of `values` over `items`, `n` samples long; null when there are none. */
export function sumSeries<T>(
  items: readonly T[],
  n: number,
  values: (item: T) => readonly number[],
): OtherSeries | null {
  if (items.length === 0) return null;
  const out = new Array<number>(n).fill(0);
  for (const item of items) {
    const v = values(item);
    for (let i = 0; i < n; i++) out[i]! += v[i] ?? 0;
  }
  return { count: items.length, values: out };
}
