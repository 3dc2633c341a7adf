// How numbers and times read on the page: the same in every table, pinned by format.test.ts.

const counts = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** A whole count with thousands separators: 2451 -> "2,451". */
export function formatCount(n: number): string {
  return counts.format(Math.round(n));
}

/** Ascending: a count takes the smallest one that keeps it under a thousand. */
const SUFFIXES = [
  { at: 1e3, suffix: 'k' },
  { at: 1e6, suffix: 'M' },
  { at: 1e9, suffix: 'B' },
  { at: 1e12, suffix: 'T' },
];

/**
 * A count short enough for a node's narrow column, three significant digits past a thousand:
 * 999 -> "999", 1234 -> "1.23k", 12345 -> "12.3k", 3777416 -> "3.78M", 999999 -> "1.00M" (not
 * "1000k"), 1e9 -> "1.00B" (billions: a count, never bytes). The exact value belongs in a tooltip and
 * in the inspector (formatCount).
 */
export function formatCompact(n: number): string {
  const whole = Math.round(n);
  if (Math.abs(whole) < 1000) return formatCount(whole);
  for (const { at, suffix } of SUFFIXES) {
    const digits = (whole / at).toPrecision(3);
    if (Math.abs(Number(digits)) < 1000) return `${digits}${suffix}`;
  }
  const { at, suffix } = SUFFIXES[SUFFIXES.length - 1]!;
  return `${formatCount(whole / at)}${suffix}`;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Simulated time as a clock: "00:05", "12:34", and past an hour "1:02:03". Seconds are floored. */
/** A latency in ms: one decimal below 10 ms ("9.0"), whole ms above ("1,235"); without the unit. */
export function formatLatency(ms: number): string {
  return ms < 10 ? ms.toFixed(1) : formatCount(Math.round(ms));
}

export function formatClock(ms: number): string {
  const total = Math.floor(ms / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  return hours > 0 ? `${hours}:${pad(minutes)}:${pad(seconds)}` : `${pad(minutes)}:${pad(seconds)}`;
}

/**
 * Simulated time on a chart's time axis, where three labels share a narrow chart: as the clock under an hour, and
 * hours and minutes past it (3,723,000 -> "1h02"), which the fluid mode's long runs reach.
 */
export function formatAxisClock(ms: number): string {
  if (ms < 3_600_000) return formatClock(ms);
  const minutes = Math.floor(ms / 60_000);
  return `${Math.floor(minutes / 60)}h${pad(minutes % 60)}`;
}

/** A speed factor as the select shows it: 0.1 -> "0.1x", 10 -> "10x". */
export function formatSpeed(factor: number): string {
  return `${factor}x`;
}
