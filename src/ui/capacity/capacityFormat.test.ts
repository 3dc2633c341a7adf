import { describe, expect, it } from 'vitest';
import { diskSize, latencies, percent, rate, seconds, toneOf, untilFull } from './capacityFormat';

describe('how the Capacity view reads its figures', () => {
  it('colours utilisation under, near (within 10 points) or over its limit', () => {
    expect(toneOf(0.69, 0.8)).toBe('under');
    expect(toneOf(0.7, 0.8)).toBe('near');
    expect(toneOf(0.79, 0.8)).toBe('near');
    expect(toneOf(0.8, 0.8)).toBe('over');
    expect(toneOf(0.84, 0.85)).toBe('near');
    expect(toneOf(Infinity, 0.8)).toBe('over');
  });

  it('writes percentages, rates and disk sizes', () => {
    expect(percent(0.843)).toBe('84%');
    expect(percent(Infinity)).toBe('no capacity');
    expect(rate(42_100_000)).toBe('42 MB/s');
    expect(rate(3_240_000)).toBe('3.2 MB/s');
    expect(diskSize(1e12)).toBe('1,000 GB');
  });

  it('says when a disk is full in the largest two units', () => {
    expect(untilFull(0)).toBe('full now');
    expect(untilFull(45_000)).toBe('in 45 s');
    expect(untilFull(12 * 60_000 + 30_000)).toBe('in 12 min');
    expect(untilFull((3 * 3600 + 20 * 60) * 1000)).toBe('in 3 h 20 min');
    expect(untilFull(2 * 3600_000)).toBe('in 2 h');
    expect(untilFull((4 * 24 + 6) * 3600_000)).toBe('in 4 d 6 h');
  });

  it('writes lag and drain times', () => {
    expect(seconds(0.42)).toBe('0.4 s');
    expect(seconds(42.4)).toBe('42 s');
    expect(seconds(95)).toBe('1 min 35 s');
    expect(seconds(7200)).toBe('2 h');
    expect(latencies({ p50: 9.04, p99: 10.4, p999: 1234.5 })).toBe('9.0 / 10 / 1,235 ms');
  });
});
