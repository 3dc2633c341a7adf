import { describe, expect, it } from 'vitest';
import { formatClock, formatCount, formatSpeed } from './format';

describe('formatCount', () => {
  it('groups thousands and rounds to a whole record', () => {
    expect(formatCount(0)).toBe('0');
    expect(formatCount(2451)).toBe('2,451');
    expect(formatCount(1_234_567.6)).toBe('1,234,568');
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

describe('formatSpeed', () => {
  it('writes the factor with an x', () => {
    expect(formatSpeed(0.1)).toBe('0.1x');
    expect(formatSpeed(100)).toBe('100x');
  });
});
