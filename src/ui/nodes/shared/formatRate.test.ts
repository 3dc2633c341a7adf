import { describe, expect, it } from 'vitest';
import { formatRate } from './formatRate';

describe('rates on edge labels', () => {
  it('shows whole records/s with separators, and one decimal below ten', () => {
    expect(formatRate(1234.5)).toBe('1,235/s');
    expect(formatRate(2.46)).toBe('2.5/s');
    expect(formatRate(8)).toBe('8/s');
    expect(formatRate(0)).toBe('0/s');
  });
});
