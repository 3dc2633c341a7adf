import { describe, expect, it } from 'vitest';
import { formatBytes, megabytesPerSec } from './units';

describe('cluster units', () => {
  it('shows MB/s with one decimal below ten, whole above', () => {
    expect(megabytesPerSec(0)).toBe('0');
    expect(megabytesPerSec(42_000)).toBe('0');
    expect(megabytesPerSec(3_240_000)).toBe('3.2');
    expect(megabytesPerSec(12_600_000)).toBe('13');
    expect(megabytesPerSec(125_000_000)).toBe('125');
    expect(megabytesPerSec(2_500_000_000)).toBe('2,500');
  });

  it('shows stored bytes in decimal units', () => {
    expect(formatBytes(0)).toBe('0 B');
    expect(formatBytes(840_000)).toBe('840 kB');
    expect(formatBytes(12_345_678)).toBe('12 MB');
    expect(formatBytes(1_400_000_000)).toBe('1.4 GB');
  });
});
