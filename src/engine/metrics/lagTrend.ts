// Whether a group's lag grows, drains or holds, from a least-squares line through the lag samples of the
// last span of samples, and how long the backlog takes to drain when the consumers outpace the producers.
import type { Series } from './series';

export type LagTrend = 'measuring' | 'caught-up' | 'draining' | 'steady' | 'growing';

/** The least-squares line through the newest `samples` values of a series, x in samples. */
export interface LagFit {
  /** Change per sample. */
  slope: number;
  /** The residuals' standard deviation: how far the samples stray from the line (the commit saw-tooth). */
  noise: number;
}

export function fitLine(s: Series, samples: number): LagFit {
  const from = s.length - samples;
  const meanX = (samples - 1) / 2;
  let meanY = 0;
  for (let i = 0; i < samples; i++) meanY += s.at(from + i);
  meanY /= samples;
  let sxx = 0,
    sxy = 0;
  for (let i = 0; i < samples; i++) {
    sxx += (i - meanX) * (i - meanX);
    sxy += (i - meanX) * (s.at(from + i) - meanY);
  }
  const slope = sxx === 0 ? 0 : sxy / sxx;
  let ssr = 0;
  for (let i = 0; i < samples; i++) {
    const r = s.at(from + i) - (meanY + slope * (i - meanX));
    ssr += r * r;
  }
  return { slope, noise: samples > 2 ? Math.sqrt(ssr / (samples - 2)) : 0 };
}

/** The mean of the newest `samples` values. */
export function meanOfLast(s: Series | undefined, samples: number): number {
  if (!s || s.length === 0) return 0;
  const n = Math.min(samples, s.length);
  let sum = 0;
  for (let i = s.length - n; i < s.length; i++) sum += s.at(i);
  return sum / n;
}

/**
 * A move of the line over the span smaller than this many residual standard deviations is noise. A
 * steady group's committed lag is a saw-tooth (it climbs between auto-commits and drops at each); over more
 * than one commit interval such a saw-tooth tilts the line by at most about one standard deviation (1.04
 * at worst for a 5-sample tooth, over every span length from 6 to 30 and every phase).
 */
const SIGNIFICANCE = 2;

export interface LagTrendInput {
  /** Committed lag per sample (kafka-consumer-groups' LAG, summed over the group's partitions). */
  lag: Series | undefined;
  /** How many of the newest samples are measurements: taken since the group first committed. */
  measuredSamples: number;
  intervalMs: number;
  /** The group's auto.commit.interval.ms, or 0 when it commits after each poll. */
  commitIntervalMs: number;
  /** Records not yet processed: the high watermarks minus the group's processed positions. */
  backlog: number;
  /** Records/s the group processed, and records/s appended to its topics, per sample. */
  consumed: Series | undefined;
  produced: (Series | undefined)[];
}

export interface LagTrendResult {
  trend: LagTrend;
  /** The fitted line's slope in records/s; 0 while measuring. */
  slopePerSec: number;
  /** When the backlog reaches zero at the measured pace; null unless the lag is draining. */
  timeToDrainMs: number | null;
}

/**
 * The span: 20 s at the default 1 s interval, at least three commit intervals, and at least eight samples (the fluid
 * mode samples every 10 s: a line through three samples has one degree of freedom left to judge the noise by).
 */
export function spanSamples(intervalMs: number, commitIntervalMs: number): number {
  return Math.max(Math.round(20_000 / intervalMs), Math.ceil((3 * commitIntervalMs) / intervalMs), 8);
}

/** Samples needed before saying anything: five, and more than one commit interval (one whole saw-tooth). */
export function minimumSamples(intervalMs: number, commitIntervalMs: number): number {
  return Math.max(5, Math.ceil(commitIntervalMs / intervalMs) + 1);
}

export function lagTrend(input: LagTrendInput): LagTrendResult {
  const { lag, intervalMs, commitIntervalMs } = input;
  const available = Math.min(input.measuredSamples, lag?.length ?? 0);
  if (!lag || available < minimumSamples(intervalMs, commitIntervalMs))
    return { trend: 'measuring', slopePerSec: 0, timeToDrainMs: null };
  const n = Math.min(available, spanSamples(intervalMs, commitIntervalMs));
  const { slope, noise } = fitLine(lag, n);
  const slopePerSec = (slope * 1000) / intervalMs;
  const now = lag.last();
  if (now === 0) return { trend: 'caught-up', slopePerSec, timeToDrainMs: 0 };
  // How far the line moves over the span, against how far the samples stray from it.
  const move = Math.abs(slope) * (n - 1);
  if (move < 1 || move <= SIGNIFICANCE * noise) return { trend: 'steady', slopePerSec, timeToDrainMs: null };
  if (slope > 0) return { trend: 'growing', slopePerSec, timeToDrainMs: null };
  return { trend: 'draining', slopePerSec, timeToDrainMs: drainMs(input, n, slopePerSec) };
}

/** The rates are averaged over the newest 5 s: the fitted line lags a change of pace by half its span. */
const RATE_WINDOW_MS = 5_000;

/**
 * The backlog over the rate the consumers outpace the producers, both measured; when the rates do not
 * show it (the commits are catching up after a rebalance), the lag over its fitted fall.
 */
function drainMs(input: LagTrendInput, n: number, slopePerSec: number): number {
  const samples = Math.min(n, Math.max(1, Math.round(RATE_WINDOW_MS / input.intervalMs)));
  const consumed = meanOfLast(input.consumed, samples);
  let produced = 0;
  for (const p of input.produced) produced += meanOfLast(p, samples);
  const net = consumed - produced;
  if (net > 0) return Math.round((input.backlog / net) * 1000);
  return Math.round((input.lag!.last() / -slopePerSec) * 1000);
}
