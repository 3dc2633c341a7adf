// The figures a sweep or a compare reads off one run, taken from the report as the Capacity view and the node
// cards show them. Not a Kafka class; Kafka's own names are in each field's comment.
import type { GroupReport, SimulationReport } from '../sim/report';

export interface RunFigures {
  /** The highest lag (records) of any group, sampled every simulated second over the run. */
  maxLag: number;
  /** At the end: the worst group's lag in produce time (`lagSeconds`), seconds. */
  lagSeconds: number;
  /**
   * At the end: how long the slowest group takes to catch up, seconds, from its lag trend: `timeToDrainMs` while
   * draining; 0 when caught up or steady (a steady lag is the auto-commit saw-tooth, not a backlog); null when some
   * group's lag keeps growing (it never drains at this pace).
   */
  timeToDrainSeconds: number | null;
  /** The worst group's end-to-end p99 latency (`latencyMs.p99`), ms; null before any record was consumed. */
  p99LatencyMs: number | null;
  /** The busiest broker's highest use of network in, out or disk (the capacity report's utilisation), 0 to 1+. */
  brokerUtilisation: number;
  /** Acknowledged records lost, over all sources (`recordsLost`: truncated after a leader change). */
  recordsLost: number;
}

export type FigureKey = keyof RunFigures;

/** The figures in the order tables show them, with a short label and unit. */
export const FIGURES: readonly { key: FigureKey; label: string; unit: string }[] = [
  { key: 'maxLag', label: 'max lag', unit: 'records' },
  { key: 'lagSeconds', label: 'lag at end', unit: 's' },
  { key: 'timeToDrainSeconds', label: 'time to drain', unit: 's' },
  { key: 'p99LatencyMs', label: 'p99 latency', unit: 'ms' },
  { key: 'brokerUtilisation', label: 'broker use', unit: '%' },
  { key: 'recordsLost', label: 'records lost', unit: 'records' },
];

/** A figure's column heading: seconds and milliseconds named; records and percentages speak for themselves. */
export function figureHeading(f: (typeof FIGURES)[number]): string {
  return f.unit === 's' || f.unit === 'ms' ? `${f.label} (${f.unit})` : f.label;
}

function drainSeconds(g: GroupReport, worst: number): number | null {
  if (g.lagTrend === 'caught-up' || g.lagTrend === 'steady' || g.lag === 0) return worst;
  if (g.lagTrend === 'draining' && g.timeToDrainMs !== null) return Math.max(worst, g.timeToDrainMs / 1000);
  return null;
}

/** Reads the figures from a report with its capacity section, given the highest lag sampled during the run. */
export function figuresOf(report: SimulationReport, maxLag: number): RunFigures {
  let lagSeconds = 0;
  let drain: number | null = 0;
  let p99: number | null = null;
  for (const g of report.groups) {
    lagSeconds = Math.max(lagSeconds, g.lagSeconds);
    if (drain !== null) drain = drainSeconds(g, drain);
    if (g.latencyMs) p99 = Math.max(p99 ?? 0, g.latencyMs.p99);
  }
  let utilisation = 0;
  for (const b of report.capacity?.brokers ?? [])
    utilisation = Math.max(
      utilisation,
      b.utilisation.networkIn,
      b.utilisation.networkOut,
      b.utilisation.disk,
    );
  return {
    maxLag: Math.max(maxLag, ...report.groups.map((g) => g.lag)),
    lagSeconds,
    timeToDrainSeconds: drain,
    p99LatencyMs: p99,
    brokerUtilisation: utilisation,
    recordsLost: report.sources.reduce((sum, s) => sum + s.recordsLost, 0),
  };
}

/** A figure as tables show it, in its unit: "12,480", "4.2", "never", "37%", "-" (none). */
export function figureText(key: FigureKey, value: number | null): string {
  if (value === null) return key === 'timeToDrainSeconds' ? 'never' : '-';
  if (key === 'brokerUtilisation') return `${(value * 100).toFixed(1)}%`;
  if (key === 'maxLag' || key === 'recordsLost') return Math.round(value).toLocaleString('en-US');
  return value.toLocaleString('en-US', { maximumFractionDigits: 1 });
}

/** B minus A per figure; null where either is null. */
export function figureDifference(a: RunFigures, b: RunFigures): Record<FigureKey, number | null> {
  const out = {} as Record<FigureKey, number | null>;
  for (const { key } of FIGURES) {
    const x = a[key];
    const y = b[key];
    out[key] = x === null || y === null ? null : y - x;
  }
  return out;
}

/**
 * B - A as tables show it, with which way it went: every figure here is better lower, so a rise is worse. A
 * difference that reads as zero in the figure's unit is "0"; a drain time that is "never" on one side only is worse
 * ("B never drains") or better ("B drains").
 */
export function differenceText(
  key: FigureKey,
  a: number | null,
  b: number | null,
): { text: string; verdict: 'worse' | 'better' | null } {
  if (a === null || b === null) {
    if (key !== 'timeToDrainSeconds' || a === b) return { text: '-', verdict: null };
    return b === null
      ? { text: 'B never drains', verdict: 'worse' }
      : { text: 'B drains', verdict: 'better' };
  }
  const size = figureText(key, Math.abs(b - a));
  if (/^0(\.0+)?%?$/.test(size)) return { text: '0', verdict: null };
  return b > a ? { text: `+${size}`, verdict: 'worse' } : { text: `−${size}`, verdict: 'better' };
}
