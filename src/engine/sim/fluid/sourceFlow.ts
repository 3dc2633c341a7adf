// How many records a source asks to send in a span of simulated time, as a rate: the expected count of the arrival
// process sim/arrivals.ts draws record by record (the load profile's count, the configured rate, and for bursty
// arrivals the on-phases at period/burstOnMs times the rate, nothing in the off-phases).
import type { SourceConfig } from '../../model/schema';
import { RateProfile } from '../rateProfile';

export class SourceFlow {
  private readonly profile: RateProfile | null;

  constructor(private readonly config: SourceConfig) {
    this.profile = RateProfile.of(config.profile, config.rate);
  }

  /** The expected records of [fromMs, toMs). */
  expected(fromMs: number, toMs: number): number {
    if (toMs <= fromMs) return 0;
    const c = this.config;
    if (c.arrival !== 'bursty') return this.base(fromMs, toMs);
    const period = c.burstOnMs + c.burstOffMs;
    const boost = period / c.burstOnMs;
    let total = 0;
    for (let start = Math.floor(fromMs / period) * period; start < toMs; start += period) {
      const a = start > fromMs ? start : fromMs;
      const onEnd = start + c.burstOnMs;
      const b = onEnd < toMs ? onEnd : toMs;
      if (b > a) total += this.base(a, b) * boost;
    }
    return total;
  }

  /** The milliseconds of [fromMs, toMs) in which records arrive (the on-phases of bursty arrivals). */
  activeMs(fromMs: number, toMs: number): number {
    const c = this.config;
    if (c.arrival !== 'bursty') return toMs - fromMs;
    const period = c.burstOnMs + c.burstOffMs;
    let total = 0;
    for (let start = Math.floor(fromMs / period) * period; start < toMs; start += period) {
      const a = start > fromMs ? start : fromMs;
      const onEnd = start + c.burstOnMs;
      const b = onEnd < toMs ? onEnd : toMs;
      if (b > a) total += b - a;
    }
    return total;
  }

  private base(fromMs: number, toMs: number): number {
    const p = this.profile;
    if (p === null) return (this.config.rate * (toMs - fromMs)) / 1000;
    return p.countAt(toMs) - p.countAt(fromMs);
  }
}
