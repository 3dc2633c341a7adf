// When a source's records arrive: evenly spaced, a Poisson process, or Poisson bursts with quiet gaps
// (an on/off process whose average is still the configured rate).
import type { SourceConfig } from '../model/schema';
import type { Rng } from '../common/rng';

export class Arrivals {
  /** Simulated time of the next record; Infinity when the rate is zero. */
  next = Infinity;

  constructor(
    private config: SourceConfig,
    private readonly rng: Rng,
    nowMs: number,
  ) {
    this.restart(config, nowMs);
  }

  restart(config: SourceConfig, nowMs: number): void {
    this.config = config;
    this.next = config.rate > 0 ? nowMs + this.gap(nowMs) : Infinity;
  }

  /** Moves to the arrival after the current one. */
  advance(): void {
    // The constant case stays in this method: a double passed to or returned from a call V8 does not
    // inline is boxed, and this runs once per record.
    if (this.config.arrival === 'constant') this.next += 1000 / this.config.rate;
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
}
