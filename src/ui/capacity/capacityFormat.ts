// How the Capacity view reads its figures: utilisation as a percentage coloured against its planning limit, rates in
// MB/s, sizes in GB, the time until a disk is full in hours and minutes. Decimal units, as the design's MB/s are.
import { formatLatency } from '../format';
import { formatBytes, megabytesPerSec } from '../cluster/units';

export type Tone = 'under' | 'near' | 'over';

/** Within this many points of its limit a resource is near it (amber); at or past the limit it is over (red). */
export const NEAR_POINTS = 0.1;

export function toneOf(utilisation: number, limit: number): Tone {
  if (utilisation >= limit) return 'over';
  // 0.8 - 0.1 is 0.7000000000000001 in floating point: 70% is near an 80% limit.
  return utilisation >= limit - NEAR_POINTS - 1e-9 ? 'near' : 'under';
}

/** 0.843 -> "84%"; a resource with no capacity but load -> "no capacity". */
export function percent(utilisation: number): string {
  if (!Number.isFinite(utilisation)) return 'no capacity';
  return `${Math.round(utilisation * 100)}%`;
}

/** 42_100_000 -> "42 MB/s", 3_240_000 -> "3.2 MB/s". */
export function rate(bytesPerSec: number): string {
  return `${megabytesPerSec(bytesPerSec)} MB/s`;
}

export { formatBytes };

/** A broker's disk as its diskGB setting reads: 1e12 -> "1,000 GB". */
export function diskSize(bytes: number): string {
  return `${records(bytes / 1e9)} GB`;
}

/** A record count or rate: 52300 -> "52,300". */
export function records(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

/** When a disk is full: "full now", "in 45 s", "in 12 min", "in 3 h 20 min", "in 4 d 6 h". */
export function untilFull(ms: number): string {
  const s = Math.floor(ms / 1000);
  if (s <= 0) return 'full now';
  if (s < 60) return `in ${s} s`;
  const min = Math.floor(s / 60);
  if (min < 60) return `in ${min} min`;
  const h = Math.floor(min / 60);
  if (h < 24) return min % 60 === 0 ? `in ${h} h` : `in ${h} h ${min % 60} min`;
  const d = Math.floor(h / 24);
  return h % 24 === 0 ? `in ${d} d` : `in ${d} d ${h % 24} h`;
}

/** Seconds of lag or drain time: 0.4 -> "0.4 s", 95 -> "1 min 35 s". */
export function seconds(s: number): string {
  if (s < 10) return `${Number(s.toFixed(1))} s`;
  if (s < 60) return `${Math.round(s)} s`;
  const whole = Math.round(s);
  const min = Math.floor(whole / 60);
  if (min < 60) return whole % 60 === 0 ? `${min} min` : `${min} min ${whole % 60} s`;
  return untilFull(whole * 1000).replace(/^in /, '');
}

/** Percentiles of a latency in ms, "9.0 / 10 / 12 ms" (p50 / p99 / p99.9): a decimal below 10 ms. */
export function latencies(p: { p50: number; p99: number; p999: number }): string {
  return `${formatLatency(p.p50)} / ${formatLatency(p.p99)} / ${formatLatency(p.p999)} ms`;
}
