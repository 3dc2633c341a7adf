// When a source's records arrive: evenly spaced, a Poisson process, or Poisson bursts with quiet gaps
// (an on/off process whose average is still the configured rate).
// With a load profile (sim/rateProfile.ts) the same three walk the profile's expected record count instead of
// time: record k arrives when the count reaches k (constant), or after exponential steps of mean one record
// (Poisson, a non-homogeneous Poisson process by time rescaling), so the rate follows the profile.
import type { SourceConfig } from '../model/schema';
import type { Rng } from '../common/rng';
import { RateProfile } from './rateProfile';

export class Arrivals {
  /** Simulated time of the next record; Infinity when the rate is zero. */
  next = Infinity;
  /** The source's load profile; null for a constant one, which keeps the plain path below. */
  private profile: RateProfile | null = null;
  /** With a profile: the profile's expected record count at `next`. */
  private count = 0;

  constructor(
    private config: SourceConfig,
    private readonly rng: Rng,
    nowMs: number,
  ) {
    this.restart(config, nowMs);
  }

  restart(config: SourceConfig, nowMs: number): void {
    this.config = config;
    this.profile = RateProfile.of(config.profile, config.rate);
    if (this.profile === null) {
      this.next = config.rate > 0 ? nowMs + this.gap(nowMs) : Infinity;
      return;
    }
    this.count = this.profile.countAt(nowMs);
    this.advanceProfiled();
  }

  /** The rate the source is asked for at `nowMs`, records/s: the profile's, or `rate`. */
  targetRate(nowMs: number): number {
    return this.profile === null ? this.config.rate : this.profile.rateAt(nowMs);
  }

  /** Moves to the arrival after the current one. */
  advance(): void {
    // The constant case stays in this method: a double passed to or returned from a call V8 does not
    // inline is boxed, and this runs once per record.
    if (this.profile !== null) this.advanceProfiled();
    else if (this.config.arrival === 'constant') this.next += 1000 / this.config.rate;
    else this.next += this.gap(this.next);
  }

  private gap(atMs: number): number {
    const { rate, arrival, burstOnMs, burstOffMs } = this.config;
    const meanGap = 1000 / rate;
    if (arrival === 'constant') return meanGap;
    if (arrival === 'poisson') return this.rng.nextExponential(meanGap);
    // Bursty: during the on-phase the rate is raised so that the long-run mean stays `rate`.
    const period = burstOnMs + burstOffMs;
    const onGap = (meanGap * burstOnMs) / period;
    const candidate = atMs + this.rng.nextExponential(onGap);
    const phase = candidate % period;
    if (phase < burstOnMs) return candidate - atMs;
    return candidate - phase + period - atMs;
  }

  /** The next arrival under the profile, by the same three rules in records instead of milliseconds. */
  private advanceProfiled(): void {
    const profile = this.profile!;
    const { arrival, burstOnMs, burstOffMs } = this.config;
    if (arrival === 'constant') {
      this.count += 1;
      this.next = profile.timeOfCount(this.count);
      return;
    }
    if (arrival === 'poisson') {
      this.count += this.rng.nextExponential(1);
      this.next = profile.timeOfCount(this.count);
      return;
    }
    // Bursty: the on-phase carries period/burstOnMs times the profile's rate; a record that would fall in the
    // off-phase waits for the next on-phase, as without a profile.
    const period = burstOnMs + burstOffMs;
    this.count += this.rng.nextExponential(burstOnMs / period);
    const candidate = profile.timeOfCount(this.count);
    const phase = candidate % period;
    if (!(phase >= burstOnMs)) {
      this.next = candidate;
      return;
    }
    this.next = candidate - phase + period;
    this.count = profile.countAt(this.next);
  }
}
