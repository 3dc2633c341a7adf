import { describe, expect, it } from 'vitest';
import { DeleteHorizons } from './deleteHorizons';

describe('DeleteHorizons', () => {
  it('gives a tombstone the horizon of the first pass that cleaned past it, and none before that pass', () => {
    const h = new DeleteHorizons();
    expect(h.horizonAt(3)).toBe(-1);
    h.add(10, 5000); // a pass cleaning up to 10 at 4000 with delete.retention.ms 1000
    h.add(25, 9000);
    expect([h.horizonAt(0), h.horizonAt(9), h.horizonAt(10), h.horizonAt(24), h.horizonAt(25)]).toEqual([
      5000, 5000, 9000, 9000, -1,
    ]);
    h.add(20, 1); // not past the last pass: ignored
    expect(h.size).toBe(2);
  });

  it('forgets passes below an offset and cuts back on truncation', () => {
    const h = new DeleteHorizons();
    h.add(10, 1);
    h.add(20, 2);
    h.add(30, 3);
    h.dropBelow(10);
    expect([h.size, h.horizonAt(5)]).toEqual([2, 2]);
    h.truncateTo(15);
    expect([h.size, h.horizonAt(14), h.horizonAt(15)]).toEqual([1, 2, -1]);
    h.truncateTo(5);
    expect([h.horizonAt(4), h.horizonAt(5)]).toEqual([2, -1]);
  });
});
