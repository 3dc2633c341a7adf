import { describe, expect, it } from 'vitest';
import { describeBehind } from './timeBehind';

describe('lag in time', () => {
  it('reads in seconds, then minutes, then hours', () => {
    expect(describeBehind(0)).toBe('up to date');
    expect(describeBehind(400)).toBe('under 1 s behind');
    expect(describeBehind(4_004)).toBe('4 s behind');
    expect(describeBehind(99_400)).toBe('99 s behind');
    // 386,398 records behind at 1,000 records/s.
    expect(describeBehind(386_398)).toBe('6.4 min behind');
    expect(describeBehind(3 * 3_600_000)).toBe('3.0 h behind');
  });
});
