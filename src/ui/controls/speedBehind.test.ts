import { describe, expect, it } from 'vitest';
import { describeBehind } from './speedBehind';

describe('the speed notice', () => {
  it('says the achieved speed against the asked one', () => {
    expect(describeBehind(23.4, 100)).toBe('running at 23x; 100x asked');
    expect(describeBehind(2.43, 5)).toBe('running at 2.4x; 5x asked');
    expect(describeBehind(0.07, 0.1)).toBe('running at 0.1x; 0.1x asked');
  });
});
