import { describe, expect, it } from 'vitest';
import { behindCaption, describeBehind } from './speedBehind';

describe('the speed notice', () => {
  it('says the achieved speed against the asked one', () => {
    expect(describeBehind(23.4, 100)).toBe('running at 23x; 100x asked');
    expect(describeBehind(2.43, 5)).toBe('running at 2.4x; 5x asked');
    expect(describeBehind(0.07, 0.1)).toBe('running at 0.1x; 0.1x asked');
  });

  it('fits the clock caption: the speed reached of the speed asked', () => {
    expect(behindCaption(23.4, 100)).toBe('23x of 100x');
    expect(behindCaption(2.43, 5)).toBe('2.4x of 5x');
  });
});
