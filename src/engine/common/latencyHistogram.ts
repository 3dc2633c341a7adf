// A fixed-size log-linear histogram of latencies in ms, as HdrHistogram keeps them: values are counted in buckets
// whose width grows with the value (SUB_BUCKETS linear buckets per power of two), so a percentile is known to within
// a fixed relative error whatever the range, and recording a value allocates nothing (one typed array, made once).

/** Linear buckets per power of two: a bucket is at most 1/128 of its lower bound wide. */
const SUB_BUCKETS = 128;
/** Values are counted in units of 1/1000 ms (1 µs); below one unit they count as zero. */
const UNITS_PER_MS = 1000;
/** Powers of two covered above one unit: up to 2^40 µs, about 12.7 days. */
const MAGNITUDES = 40;

/**
 * The largest relative error of a reported percentile: the value is reported as the middle of its bucket, which is at
 * most 1/128 of its lower bound wide, so within ±1/256 (0.4%) of any value in it (plus 1 µs near zero).
 */
export const LATENCY_RELATIVE_ERROR = 1 / (2 * SUB_BUCKETS);

export interface LatencyPercentiles {
  p50: number;
  p99: number;
  p999: number;
}

export class LatencyHistogram {
  /** Bucket 0 is [0, 1 µs); then per magnitude m >= 0, SUB_BUCKETS buckets over [2^m, 2^(m+1)) µs. */
  private readonly counts = new Float64Array(1 + MAGNITUDES * SUB_BUCKETS);
  private total = 0;

  /** Values recorded since the start (or the last reset). */
  get count(): number {
    return this.total;
  }

  /** Counts `n` values of `ms` milliseconds (negative values count as zero; values past the range in the last bucket). */
  record(ms: number, n = 1): void {
    this.counts[bucketOf(ms)]! += n;
    this.total += n;
  }

  reset(): void {
    this.counts.fill(0);
    this.total = 0;
  }

  /** The value at quantile `q` (0..1), as the middle of its bucket in ms; NaN when nothing was recorded. */
  valueAt(q: number): number {
    if (this.total === 0) return NaN;
    // The smallest value with at least q of the values at or below it (HdrHistogram's getValueAtPercentile).
    const rank = Math.max(1, Math.ceil(q * this.total));
    const counts = this.counts;
    let seen = 0;
    for (let i = 0; i < counts.length; i++) {
      seen += counts[i]!;
      if (seen >= rank) return middleOf(i);
    }
    return middleOf(counts.length - 1);
  }

  /** p50, p99 and p99.9 in ms, rounded to µs; null when nothing was recorded. */
  percentiles(): LatencyPercentiles | null {
    if (this.total === 0) return null;
    return {
      p50: roundUs(this.valueAt(0.5)),
      p99: roundUs(this.valueAt(0.99)),
      p999: roundUs(this.valueAt(0.999)),
    };
  }
}

function bucketOf(ms: number): number {
  const units = ms * UNITS_PER_MS;
  if (!(units >= 1)) return 0;
  if (units < 1_073_741_824) {
    // Whole µs below 2^30 (17 minutes), the hot case: the power of two from the leading zeros, integer steps only.
    const whole = units >>> 0;
    const m = 31 - Math.clz32(whole);
    const floor = 1 << m;
    return 1 + m * SUB_BUCKETS + ((((whole - floor) * SUB_BUCKETS) / floor) | 0);
  }
  const m = Math.floor(Math.log2(units));
  if (m >= MAGNITUDES) return MAGNITUDES * SUB_BUCKETS;
  const base = 2 ** m;
  const sub = Math.floor(((units - base) / base) * SUB_BUCKETS);
  return 1 + m * SUB_BUCKETS + (sub < SUB_BUCKETS ? sub : SUB_BUCKETS - 1);
}

function middleOf(bucket: number): number {
  if (bucket === 0) return 0;
  const m = Math.floor((bucket - 1) / SUB_BUCKETS);
  const sub = (bucket - 1) % SUB_BUCKETS;
  const base = 2 ** m;
  return (base + ((sub + 0.5) * base) / SUB_BUCKETS) / UNITS_PER_MS;
}

function roundUs(ms: number): number {
  return Math.round(ms * UNITS_PER_MS) / UNITS_PER_MS;
}
