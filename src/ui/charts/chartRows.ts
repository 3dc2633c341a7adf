// Turns the worker's chart series (one array per line) into chart rows (one object per sample).
import type { ChartSeries } from '../../protocol/messages';
import { groupColour, SERIES_COLORS, seriesColor } from './palette';

/** The most samples a chart draws; the worker already sends no more, this keeps it so. */
export const MAX_POINTS = 300;

/** One sample time and the value of every line at it (null where a line has no sample yet). */
export interface ChartRow {
  t: number;
  [line: string]: number | null;
}

export interface LineSpec {
  /** The row field this line reads: short, stable and free of dots (a chart library reads dots as paths). */
  key: string;
  name: string;
  color: string;
  dashed: boolean;
}

export interface LegendItem {
  name: string;
  color: string;
  dashed?: boolean;
  /** What the line counts, shown on hover where the name alone is terse. */
  title?: string;
}

export interface ChartData {
  rows: ChartRow[];
  lines: LineSpec[];
  /** What the legend lists: one entry per topic for throughput, per line otherwise. */
  legend: LegendItem[];
}

export const EMPTY_CHART: ChartData = { rows: [], lines: [], legend: [] };

/** The "others" line of a chart that draws only its busiest series: the app's idle grey. */
export const OTHERS_COLOR = '#8a94a6';

/** "30 other partitions", "1 other group". */
const othersName = (count: number, one: string) => `${count} other ${one}${count === 1 ? '' : 's'}`;

const legendOf = (lines: LineSpec[]): LegendItem[] =>
  lines.map(({ name, color, dashed }) => (dashed ? { name, color, dashed } : { name, color }));

interface Column {
  key: string;
  values: readonly number[];
}

/**
 * Rows for the newest MAX_POINTS sample times. A column shorter than the time axis (a topic added
 * mid-run) is aligned on the newest sample, so its first values fall on the right times.
 */
export function toRows(timeMs: readonly number[], columns: readonly Column[]): ChartRow[] {
  const n = timeMs.length;
  const first = Math.max(0, n - MAX_POINTS);
  const rows: ChartRow[] = [];
  for (let i = first; i < n; i++) {
    const row: ChartRow = { t: timeMs[i]! };
    for (const c of columns) {
      const j = i - (n - c.values.length);
      row[c.key] = j >= 0 ? (c.values[j] ?? null) : null;
    }
    rows.push(row);
  }
  return rows;
}

/**
 * Records/s produced (solid) and consumed (dashed) per topic, both in the topic's colour.
 * `topicColors` gives each topic's palette index (its place among the design's topics).
 */
export function throughputChart(series: ChartSeries, topicColors: ReadonlyMap<string, number>): ChartData {
  const columns: Column[] = [];
  const lines: LineSpec[] = [];
  const legend: LegendItem[] = [];
  series.topics.forEach((topic, i) => {
    const color = seriesColor(topicColors.get(topic.name) ?? i);
    legend.push({ name: topic.name, color });
    columns.push({ key: `p${i}`, values: topic.produced }, { key: `c${i}`, values: topic.consumed });
    lines.push(
      { key: `p${i}`, name: `${topic.name} produced`, color, dashed: false },
      { key: `c${i}`, name: `${topic.name} consumed`, color, dashed: true },
    );
  });
  const others = series.otherTopics;
  if (others) {
    const name = othersName(others.count, 'topic');
    legend.push({ name, color: OTHERS_COLOR, title: 'their records/s, summed' });
    columns.push({ key: 'po', values: others.produced }, { key: 'co', values: others.consumed });
    lines.push(
      { key: 'po', name: `${name} produced`, color: OTHERS_COLOR, dashed: false },
      { key: 'co', name: `${name} consumed`, color: OTHERS_COLOR, dashed: true },
    );
  }
  return { rows: toRows(series.timeMs, columns), lines, legend };
}

/** Total lag per group, each line named after its sink or processor node and in the group's colour. */
export function groupLagChart(series: ChartSeries, nodeNames: ReadonlyMap<string, string>): ChartData {
  const columns = series.groups.map((g, i) => ({ key: `g${i}`, values: g.lag }));
  const colors = distinctGroupColors(series.groups.map((g) => g.node));
  const lines = series.groups.map((g, i) => ({
    key: `g${i}`,
    name: nodeNames.get(g.node) ?? g.groupId,
    color: colors[i]!,
    dashed: false,
  }));
  withOthers(columns, lines, series.otherGroups, 'group');
  return { rows: toRows(series.timeMs, columns), lines, legend: legendOf(lines) };
}

/**
 * Each group's own colour (as on the topic lanes), unless a group earlier in the list already has it:
 * then the next colour of the palette nobody has, so no two lines of one chart look alike.
 */
export function distinctGroupColors(nodes: readonly string[]): string[] {
  const used = new Set<string>();
  return nodes.map((node) => {
    let color = groupColour(node);
    if (used.has(color) && used.size < SERIES_COLORS.length) {
      let k = SERIES_COLORS.indexOf(color);
      while (used.has(color)) color = seriesColor(++k);
    }
    used.add(color);
    return color;
  });
}

/**
 * Lag per partition of the group on `node`; empty while the series holds another group's. With `owners` (label to
 * colour, partitionOwners.ts), each line is in its owner's colour, a member's second partition dashed, and a
 * partition nobody owns grey, the app's colour for idle.
 */
export function partitionLagChart(
  series: ChartSeries,
  node: string | null,
  owners?: ReadonlyMap<string, string>,
): ChartData {
  const lag = series.partitionLag;
  if (!lag || (node !== null && lag.node !== node)) return EMPTY_CHART;
  const columns = lag.partitions.map((p, i) => ({ key: `q${i}`, values: p.lag }));
  const seen = new Map<string, number>();
  // Past the palette's ten colours, lines repeat a colour dashed, so no two look alike.
  const lines = lag.partitions.map((p, i) => {
    const owner = owners?.get(p.label);
    if (!owners)
      return {
        key: `q${i}`,
        name: p.label,
        color: seriesColor(i),
        dashed: Math.floor(i / SERIES_COLORS.length) % 2 === 1,
      };
    const color = owner ?? OTHERS_COLOR;
    const nth = seen.get(color) ?? 0;
    seen.set(color, nth + 1);
    return { key: `q${i}`, name: p.label, color, dashed: nth % 2 === 1 };
  });
  withOthers(columns, lines, lag.others, 'partition');
  return { rows: toRows(series.timeMs, columns), lines, legend: legendOf(lines) };
}

/** Adds the summed line of the series a chart does not draw one by one, if there are any. */
function withOthers(
  columns: Column[],
  lines: LineSpec[],
  others: { count: number; values: number[] } | undefined,
  one: string,
) {
  if (!others) return;
  columns.push({ key: 'o', values: others.values });
  lines.push({ key: 'o', name: othersName(others.count, one), color: OTHERS_COLOR, dashed: true });
}

const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });

/** Axis ticks: 950 -> "950", 12_300 -> "12.3K", 2_000_000 -> "2M". */
export function formatAxisCount(n: number): string {
  return compact.format(n);
}
