// A source's load profile (model/loadProfile.ts) as a pure function of simulated time: the target rate at t and
// the records expected from time zero to t (the rate's integral). Arrivals walk that integral, so records follow
// the profile exactly whatever the tick: record k arrives when the expected count reaches k.
// Not a Kafka class. Pieces are kept in typed arrays built once per profile, and nothing here allocates per call.
import type { LoadProfile } from '../model/loadProfile';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const CONSTANT = 0;
/** A half cosine from the piece's rate to the next piece's: smooth at both ends (the daily curve). */
const RAMP = 1;

export class RateProfile {
  /** Per piece, within one cycle: start (ms), rate at the start and at the end (records/s), shape. */
  private readonly starts: Float64Array;
  private readonly from: Float64Array;
  private readonly to: Float64Array;
  private readonly shape: Uint8Array;
  /** Records expected from the cycle's start to each piece's start. */
  private readonly before: Float64Array;
  /** Records per cycle; the cycle's length in ms (Infinity: no repeat, the last piece holds forever). */
  private readonly perCycle: number;
  private readonly periodMs: number;
  /** Profile time minus simulated time. */
  private readonly shiftMs: number;
  /**
   * Where the last search ended: the piece, and in a ramp the ms into it, the count there and the rate. Arrivals
   * ask for counts one record apart, so the next answer is nearly always in the same piece, a step further on.
   */
  private lastPiece = 0;
  private lastS = -1;
  private lastNeed = 0;
  private lastRate = 0;

  private constructor(
    pieces: readonly { start: number; from: number; to: number; ramp: boolean }[],
    periodMs: number,
    shiftMs: number,
  ) {
    const n = pieces.length;
    this.starts = new Float64Array(n);
    this.from = new Float64Array(n);
    this.to = new Float64Array(n);
    this.shape = new Uint8Array(n);
    this.before = new Float64Array(n);
    this.periodMs = periodMs;
    this.shiftMs = shiftMs;
    for (let i = 0; i < n; i++) {
      const p = pieces[i]!;
      this.starts[i] = p.start;
      this.from[i] = p.from;
      this.to[i] = p.to;
      this.shape[i] = p.ramp ? RAMP : CONSTANT;
    }
    let sum = 0;
    for (let i = 0; i < n; i++) {
      this.before[i] = sum;
      if (i < n - 1 || periodMs !== Infinity) sum += this.records(i, this.length(i, periodMs));
    }
    this.perCycle = periodMs === Infinity ? Infinity : sum;
  }

  /** The profile of a source whose `rate` is the base; constant profiles have none (Arrivals keeps its own path). */
  static of(profile: LoadProfile, rate: number): RateProfile | null {
    switch (profile.type) {
      case 'constant':
        return null;
      case 'step':
        return new RateProfile([flat(0, rate), flat(profile.stepAtMs, profile.stepRate)], Infinity, 0);
      case 'spike': {
        const end = profile.spikeAtMs + profile.spikeDurationMs;
        return new RateProfile(
          [flat(0, rate), flat(profile.spikeAtMs, profile.spikeRate), flat(end, rate)],
          Infinity,
          0,
        );
      }
      case 'trace': {
        const points = profile.repeat ? profile.points.slice(0, -1) : profile.points;
        const period = profile.repeat ? profile.points[profile.points.length - 1]![0] * 1000 : Infinity;
        return new RateProfile(
          points.map(([t, r]) => flat(t * 1000, r)),
          period,
          0,
        );
      }
      case 'daily': {
        // The cycle starts at the trough: up to the peak, then down to the next day's trough.
        const rise = ((((profile.peakHour - profile.troughHour) * HOUR_MS) % DAY_MS) + DAY_MS) % DAY_MS;
        return new RateProfile(
          [
            { start: 0, from: profile.troughRate, to: profile.peakRate, ramp: true },
            { start: rise, from: profile.peakRate, to: profile.troughRate, ramp: true },
          ],
          DAY_MS,
          (profile.startHour - profile.troughHour) * HOUR_MS,
        );
      }
    }
  }

  /** The target rate at simulated time `tMs`, records/s. */
  rateAt(tMs: number): number {
    const x = tMs + this.shiftMs;
    const local = this.periodMs === Infinity ? x : x - Math.floor(x / this.periodMs) * this.periodMs;
    const i = this.pieceAtTime(local);
    const s = local - this.starts[i]!;
    if (this.shape[i] === CONSTANT) return this.from[i]!;
    const length = this.length(i, this.periodMs);
    return this.from[i]! + ((this.to[i]! - this.from[i]!) * (1 - Math.cos((Math.PI * s) / length))) / 2;
  }

  /** Records expected from profile time zero to simulated time `tMs` (only differences mean anything). */
  countAt(tMs: number): number {
    const x = tMs + this.shiftMs;
    let cycles = 0;
    let local = x;
    if (this.periodMs !== Infinity) {
      cycles = Math.floor(x / this.periodMs);
      local = x - cycles * this.periodMs;
    }
    const i = this.pieceAtTime(local);
    const inCycle = this.before[i]! + this.records(i, local - this.starts[i]!);
    return cycles === 0 ? inCycle : cycles * this.perCycle + inCycle;
  }

  /** The earliest simulated time at which countAt reaches `count`; Infinity when it never does. */
  timeOfCount(count: number): number {
    let cycles = 0;
    let rem = count;
    if (this.periodMs !== Infinity) {
      if (!(this.perCycle > 0)) return Infinity;
      // rem in (0, perCycle]: a count a cycle reaches at its very end belongs to that cycle, not the next one's start.
      cycles = Math.ceil(count / this.perCycle) - 1;
      rem = count - cycles * this.perCycle;
    }
    const i = this.pieceAtCount(rem);
    const need = rem - this.before[i]!;
    const s = need <= 0 ? 0 : this.solve(i, need);
    if (s === Infinity) return Infinity;
    const local = this.starts[i]! + s - this.shiftMs;
    return cycles === 0 ? local : cycles * this.periodMs + local;
  }

  private length(i: number, periodMs: number): number {
    const end = i + 1 < this.starts.length ? this.starts[i + 1]! : periodMs;
    return end - this.starts[i]!;
  }

  /** Records piece `i` brings in its first `s` ms. */
  private records(i: number, s: number): number {
    const r0 = this.from[i]!;
    if (this.shape[i] === CONSTANT) return (r0 * s) / 1000;
    const length = this.length(i, this.periodMs);
    const d = this.to[i]! - r0;
    return (r0 * s + d * (s / 2 - (length / (2 * Math.PI)) * Math.sin((Math.PI * s) / length))) / 1000;
  }

  /** The ms into piece `i` at which it has brought `need` records (need > 0 and within the piece). */
  private solve(i: number, need: number): number {
    const r0 = this.from[i]!;
    if (this.shape[i] === CONSTANT) return r0 > 0 ? (need * 1000) / r0 : Infinity;
    const length = this.length(i, this.periodMs);
    const total = (i + 1 < this.before.length ? this.before[i + 1]! : this.perCycle) - this.before[i]!;
    if (need >= total) return length;
    // Newton's method on the increasing integral, kept inside a shrinking bracket (the rate may touch zero),
    // starting a step on from the last answer when it was in this piece (one or two rounds then).
    let lo = 0;
    let hi = length;
    let s = (need / total) * length;
    if (i === this.lastPiece && this.lastS >= 0 && need >= this.lastNeed && this.lastRate > 0) {
      const guess = this.lastS + ((need - this.lastNeed) * 1000) / this.lastRate;
      if (guess > 0 && guess < length) s = guess;
    }
    for (let k = 0; k < 60; k++) {
      const f = this.records(i, s) - need;
      if (f > 0) hi = s;
      else lo = s;
      const rate = r0 + ((this.to[i]! - r0) * (1 - Math.cos((Math.PI * s) / length))) / 2;
      let next = rate > 0 ? s - (f * 1000) / rate : (lo + hi) / 2;
      // 0.1 µs: far below the millisecond a record's timestamp keeps, above the rounding of a large count.
      if (Math.abs(next - s) < 1e-4 || k === 59) {
        this.lastS = next;
        this.lastNeed = need;
        this.lastRate = rate;
        return next;
      }
      if (!(next > lo && next < hi)) next = (lo + hi) / 2;
      s = next;
    }
    return s;
  }

  /** The last piece that starts at or before `local` ms (of zero-length pieces, the later one). */
  private pieceAtTime(local: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= local) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** The last piece that starts with fewer than `rem` records behind it: the one that brings record `rem`. */
  private pieceAtCount(rem: number): number {
    const last = this.lastPiece;
    const n = this.before.length;
    if (this.before[last]! < rem && (last === n - 1 || this.before[last + 1]! >= rem)) return last;
    this.lastS = -1;
    let lo = 0;
    let hi = this.before.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.before[mid]! < rem) lo = mid;
      else hi = mid - 1;
    }
    this.lastPiece = lo;
    return lo;
  }
}

function flat(start: number, rate: number) {
  return { start, from: rate, to: rate, ramp: false };
}

/** The rate a source with this profile is asked for at `tMs`, records/s (the page's labels; builds the profile). */
export function profileRateAt(profile: LoadProfile, rate: number, tMs: number): number {
  return RateProfile.of(profile, rate)?.rateAt(tMs) ?? rate;
}

/** `count` rates evenly spread over [fromMs, toMs], for a preview of the profile (the inspector's sparkline). */
export function profileRates(
  profile: LoadProfile,
  rate: number,
  fromMs: number,
  toMs: number,
  count: number,
): number[] {
  const p = RateProfile.of(profile, rate);
  const rates: number[] = [];
  for (let i = 0; i < count; i++) {
    const t = count === 1 ? fromMs : fromMs + ((toMs - fromMs) * i) / (count - 1);
    rates.push(p ? p.rateAt(t) : rate);
  }
  return rates;
}
