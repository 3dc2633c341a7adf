import { describe, expect, it } from 'vitest';
import { OffsetMap } from './offsetMap';

describe('OffsetMap (SkimpyOffsetMap)', () => {
  it('keeps the latest offset put for each key, -1 for an unknown key', () => {
    const m = new OffsetMap();
    m.put(7, 0);
    m.put(3, 1);
    m.put(7, 2);
    expect([m.get(7), m.get(3), m.get(4), m.size]).toEqual([2, 1, -1, 2]);
    m.clear();
    expect([m.get(7), m.size]).toEqual([-1, 0]);
  });

  it('grows past its first table and still finds every key', () => {
    const m = new OffsetMap();
    for (let k = 0; k < 10_000; k++) m.put(k * 31, k);
    expect(m.size).toBe(10_000);
    let found = 0;
    for (let k = 0; k < 10_000; k++) if (m.get(k * 31) === k) found++;
    expect(found).toBe(10_000);
    expect(m.get(1)).toBe(-1);
  });
});
