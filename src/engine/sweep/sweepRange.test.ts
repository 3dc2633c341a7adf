import { describe, expect, it } from 'vitest';
import { MAX_SWEEP_VALUES, parseSweepRange } from './sweepRange';

describe('the values of a sweep', () => {
  it('a..b doubles from a and always ends on b', () => {
    expect(parseSweepRange('3..48')).toEqual([3, 6, 12, 24, 48]);
    expect(parseSweepRange('1..10')).toEqual([1, 2, 4, 8, 10]);
    expect(parseSweepRange('5..5')).toEqual([5]);
  });

  it('a..b:s steps by s', () => {
    expect(parseSweepRange('3..12:3')).toEqual([3, 6, 9, 12]);
    expect(parseSweepRange('100..350:100')).toEqual([100, 200, 300, 350]);
    expect(parseSweepRange('0.5..1.5:0.5')).toEqual([0.5, 1, 1.5]);
  });

  it('a list keeps its order; numbers become numbers, words stay words', () => {
    expect(parseSweepRange('1, 2,4')).toEqual([1, 2, 4]);
    expect(parseSweepRange('0,1,all')).toEqual([0, 1, 'all']);
    expect(parseSweepRange('true,false')).toEqual([true, false]);
  });

  it('refuses what it cannot run, saying why', () => {
    expect(parseSweepRange('48..3')).toBe('range "48..3": the end 3 is below the start 48');
    expect(parseSweepRange('0..8')).toBe(
      'range "0..8": doubling needs a start above 0 (or give a step: 0..8:1)',
    );
    expect(parseSweepRange('1..8:0')).toBe('range "1..8:0": the step must be above 0');
    expect(parseSweepRange('1,,2')).toMatch(/^"1,,2" is not a range: a\.\.b doubles/);
    expect(parseSweepRange('1..1000:1')).toBe(
      `range "1..1000:1" has more than ${MAX_SWEEP_VALUES} values: each is a whole run; take a larger step`,
    );
  });
});
