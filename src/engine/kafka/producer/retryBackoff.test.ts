import { describe, expect, it } from 'vitest';
import { retryBackoffMs } from './retryBackoff';

describe('retryBackoffMs (ExponentialBackoff, KIP-580)', () => {
  it('doubles from retry.backoff.ms up to retry.backoff.max.ms, with no jitter at the midpoint draw', () => {
    expect([0, 1, 2, 3, 4, 10].map((n) => retryBackoffMs(100, 1000, n, 0.5))).toEqual([
      100, 200, 400, 800, 1000, 1000,
    ]);
  });

  it('spreads each wait by ±20%, never past the maximum', () => {
    expect(retryBackoffMs(100, 1000, 0, 0)).toBe(80);
    expect(retryBackoffMs(100, 1000, 0, 0.999999)).toBe(119);
    expect(retryBackoffMs(100, 1000, 3, 0.999999)).toBe(959);
    // 2^log2(10) reaches the maximum exactly; the jitter above it is cut at the maximum.
    expect(retryBackoffMs(100, 1000, 5, 0.999999)).toBe(1000);
  });

  it('is a constant retry.backoff.ms when the maximum is not above it', () => {
    expect(retryBackoffMs(500, 500, 3, 0.1)).toBe(500);
    expect(retryBackoffMs(2000, 1000, 0, 0.9)).toBe(1000);
  });
});
