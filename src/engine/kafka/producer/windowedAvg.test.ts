import { describe, expect, it } from 'vitest';
import { WindowedAvg } from './windowedAvg';

// Kafka's Avg over SampledStat with the producer's MetricConfig: samples of 30,000 ms (METRICS_SAMPLE_WINDOW_MS), 2 of them.
describe('WindowedAvg (Kafka metrics Avg)', () => {
  it('is NaN before any event, then the mean of the events in the live samples', () => {
    const a = new WindowedAvg();
    expect(a.measure(0)).toBeNaN();
    a.record(100, 0);
    a.record(200, 10_000);
    a.record(600, 29_999);
    expect(a.measure(30_000)).toBe(300);
  });

  it('keeps a sample until its last event is 60 s old, then forgets it', () => {
    const a = new WindowedAvg();
    a.record(100, 0); // sample 1: [0, 30 s)
    a.record(300, 30_000); // sample 2 starts at 30 s
    expect(a.measure(59_999)).toBe(200);
    // Sample 1's last event (0 ms) is 60 s old: purged (SampledStat.purgeObsoleteSamples).
    expect(a.measure(60_000)).toBe(300);
    expect(a.measure(90_000)).toBeNaN();
  });

  it('recycles the oldest of its 3 samples when a sample is complete', () => {
    const a = new WindowedAvg();
    a.record(10, 0);
    a.record(20, 30_000);
    a.record(30, 59_000); // still sample 2 (started at 30 s)
    a.record(40, 60_000); // sample 3
    expect(a.measure(60_000)).toBe(30); // sample 1 (last event at 0) is purged: (20 + 30 + 40) / 3
    a.record(50, 90_000); // back to the first slot, reset
    // Sample 2's last event (59 s) is 31 s old: kept. (20 + 30 + 40 + 50) / 4.
    expect(a.measure(90_000)).toBe(35);
  });
});
