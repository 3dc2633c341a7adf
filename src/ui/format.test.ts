import { describe, expect, it } from 'vitest';
import { formatAxisClock, formatClock, formatCompact, formatCount, formatSpeed } from './format';

describe('formatCount', () => {
  it('groups thousands and rounds to a whole record', () => {
    expect(formatCount(0)).toBe('0');
    expect(formatCount(2451)).toBe('2,451');
    expect(formatCount(1_234_567.6)).toBe('1,234,568');
  });
});

describe('formatCompact', () => {
  it('keeps counts under a thousand whole, and gives three significant digits past it', () => {
    expect(formatCompact(0)).toBe('0');
    expect(formatCompact(999)).toBe('999');
    expect(formatCompact(999.4)).toBe('999');
    expect(formatCompact(1000)).toBe('1.00k');
    expect(formatCompact(1234)).toBe('1.23k');
    expect(formatCompact(12_345)).toBe('12.3k');
    expect(formatCompact(123_456)).toBe('123k');
    expect(formatCompact(3_777_416)).toBe('3.78M');
    expect(formatCompact(1e9)).toBe('1.00B');
    expect(formatCompact(45_600_000_000)).toBe('45.6B');
  });

  it('moves up a suffix when rounding reaches a thousand of the one below', () => {
    expect(formatCompact(999.6)).toBe('1.00k');
    expect(formatCompact(999_499)).toBe('999k');
    expect(formatCompact(999_999)).toBe('1.00M');
    expect(formatCompact(999_999_999)).toBe('1.00B');
    expect(formatCompact(999_999_999_999)).toBe('1.00T');
  });

  it('is never longer than five characters below a quadrillion, so a node column holds it', () => {
    for (const n of [7, 1234, 99_999, 999_999, 3_777_416, 12_345_678, 987_654_321, 999_999_999_999, 5e14])
      expect(formatCompact(n).length).toBeLessThanOrEqual(5);
  });
});

describe('formatClock', () => {
  it('shows minutes and seconds, floored, and hours only once there are some', () => {
    expect(formatClock(0)).toBe('00:00');
    expect(formatClock(5999)).toBe('00:05');
    expect(formatClock(61_000)).toBe('01:01');
    expect(formatClock(59 * 60_000 + 59_999)).toBe('59:59');
    expect(formatClock(3_723_000)).toBe('1:02:03');
  });
});

describe('formatAxisClock', () => {
  it('reads as the clock under an hour and as hours and minutes past it, short enough for three labels', () => {
    expect(formatAxisClock(59 * 60_000 + 59_999)).toBe('59:59');
    expect(formatAxisClock(3_723_000)).toBe('1h02');
    expect(formatAxisClock(25 * 3_600_000 + 5 * 60_000)).toBe('25h05');
  });
});

describe('formatSpeed', () => {
  it('writes the factor with an x', () => {
    expect(formatSpeed(0.1)).toBe('0.1x');
    expect(formatSpeed(100)).toBe('100x');
  });
});
