import { describe, expect, it } from 'vitest';
import { virtualRange } from './virtualRange';

describe('virtualRange', () => {
  it('renders the rows in view and eight either side, padding the rest', () => {
    // 1,000 rows of 30 px, 300 px of view scrolled to row 500.
    expect(virtualRange(1000, 30, 15_000, 300)).toEqual({
      first: 492,
      end: 519,
      padTop: 492 * 30,
      padBottom: (1000 - 519) * 30,
    });
  });

  it('starts at the top and stops at the end', () => {
    expect(virtualRange(1000, 30, 0, 300)).toEqual({ first: 0, end: 19, padTop: 0, padBottom: 981 * 30 });
    expect(virtualRange(1000, 30, 29_700, 300)).toMatchObject({ first: 982, end: 1000, padBottom: 0 });
  });

  it('renders a short list whole', () => {
    expect(virtualRange(5, 30, 0, 300)).toEqual({ first: 0, end: 5, padTop: 0, padBottom: 0 });
    expect(virtualRange(0, 30, 0, 300)).toEqual({ first: 0, end: 0, padTop: 0, padBottom: 0 });
  });
});
