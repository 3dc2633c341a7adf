// org.apache.kafka.common.metrics.stats.Avg over SampledStat, as the producer's Sender.SenderMetrics use it for
// batch-size-avg and records-per-request-avg (Kafka 4.x).
/**
 * Kafka's metrics sample settings, a sample span of 30,000 ms (METRICS_SAMPLE_WINDOW_MS) and 2 samples
 * (metrics.num.samples): values are recorded into the current sample until it is 30 s old, then the next of 3 samples
 * (2 + one "overlapping" placeholder) is reset and used. A measurement first resets every sample whose last event is
 * 60 s (2 x 30 s) old or more, then divides the sum of the values by the number of events over all samples: NaN when
 * there were none. A sample's event limit is Long.MAX_VALUE, so only time completes a sample. Fixed-size typed arrays:
 * recording allocates nothing.
 */
export const METRICS_SAMPLE_WINDOW_MS = 30_000;
export const METRICS_NUM_SAMPLES = 2;

export class WindowedAvg {
  private readonly value = new Float64Array(METRICS_NUM_SAMPLES + 1);
  private readonly eventCount = new Float64Array(METRICS_NUM_SAMPLES + 1);
  private readonly startTimeMs = new Float64Array(METRICS_NUM_SAMPLES + 1);
  private readonly lastEventMs = new Float64Array(METRICS_NUM_SAMPLES + 1);
  /** Java's samples.size(): samples are created lazily, the first at the first record or measure. */
  private size = 0;
  private current = 0;

  record(value: number, timeMs: number): void {
    let i = this.currentSample(timeMs);
    if (timeMs - this.startTimeMs[i]! >= METRICS_SAMPLE_WINDOW_MS) i = this.advance(timeMs);
    this.value[i]! += value;
    this.eventCount[i]! += 1;
    this.lastEventMs[i] = timeMs;
  }

  /** Avg.measure at `nowMs`: NaN when no event is left in the live samples. */
  measure(nowMs: number): number {
    const expireAge = METRICS_NUM_SAMPLES * METRICS_SAMPLE_WINDOW_MS;
    let total = 0;
    let count = 0;
    for (let i = 0; i < this.size; i++) {
      if (nowMs - this.lastEventMs[i]! >= expireAge) this.reset(i, nowMs);
      total += this.value[i]!;
      count += this.eventCount[i]!;
    }
    return count === 0 ? NaN : total / count;
  }

  private currentSample(timeMs: number): number {
    if (this.size === 0) {
      this.reset(0, timeMs);
      this.size = 1;
    }
    return this.current;
  }

  private advance(timeMs: number): number {
    this.current = (this.current + 1) % (METRICS_NUM_SAMPLES + 1);
    if (this.current >= this.size) this.size = this.current + 1;
    this.reset(this.current, timeMs);
    return this.current;
  }

  private reset(i: number, nowMs: number): void {
    this.value[i] = 0;
    this.eventCount[i] = 0;
    this.startTimeMs[i] = nowMs;
    this.lastEventMs[i] = nowMs;
  }
}
