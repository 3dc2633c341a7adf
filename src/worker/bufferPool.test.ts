import { describe, expect, it } from 'vitest';
import { BufferPool, POOL_LIMIT } from './bufferPool';

describe('BufferPool', () => {
  it('hands back a returned buffer instead of allocating a new one', () => {
    const pool = new BufferPool();
    const first = pool.take(10);
    pool.give(first);
    expect(pool.take(10)).toBe(first);
  });

  it('allocates when every buffer is out with the page', () => {
    const pool = new BufferPool();
    const a = pool.take(10);
    const b = pool.take(10);
    expect(b).not.toBe(a);
    expect(b).toHaveLength(10);
  });

  it('drops buffers of the old length once the layout changes', () => {
    const pool = new BufferPool();
    const old = pool.take(10);
    pool.give(old);
    expect(pool.take(12)).toHaveLength(12);
    pool.give(old);
    expect(pool.available).toBe(0);
  });

  it(`keeps at most ${POOL_LIMIT} spares`, () => {
    const pool = new BufferPool();
    pool.take(4);
    for (let i = 0; i < POOL_LIMIT + 3; i++) pool.give(new Float64Array(4));
    expect(pool.available).toBe(POOL_LIMIT);
  });
});
