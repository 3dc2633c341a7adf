import { describe, expect, it } from 'vitest';
import { LATENCY_RELATIVE_ERROR, LatencyHistogram } from './latencyHistogram';

describe('LatencyHistogram', () => {
  it('reports percentiles within its relative error', () => {
    const h = new LatencyHistogram();
    // 1..1000 ms, one value each: p50 = 500, p99 = 990, p99.9 = 999.
    for (let v = 1; v <= 1000; v++) h.record(v);
    const p = h.percentiles()!;
    expect(Math.abs(p.p50 - 500) / 500).toBeLessThanOrEqual(LATENCY_RELATIVE_ERROR);
    expect(Math.abs(p.p99 - 990) / 990).toBeLessThanOrEqual(LATENCY_RELATIVE_ERROR);
    expect(Math.abs(p.p999 - 999) / 999).toBeLessThanOrEqual(LATENCY_RELATIVE_ERROR);
    expect(LATENCY_RELATIVE_ERROR).toBeCloseTo(0.0039, 4);
  });

  it('counts weights, zero and nothing', () => {
    const h = new LatencyHistogram();
    expect(h.percentiles()).toBeNull();
    h.record(0, 90);
    h.record(10, 10);
    expect(h.count).toBe(100);
    expect(h.valueAt(0.5)).toBe(0);
    expect(h.valueAt(0.95)).toBeCloseTo(10, 1);
    h.reset();
    expect(h.count).toBe(0);
  });
});
