import { describe, expect, it } from 'vitest';
import { TestSim } from './sim.testing';
import { GROUP_STATES, snapshotLayout, writeSnapshot } from './snapshot';

describe('the flat snapshot', () => {
  it('lays out partitions, groups and group partitions once and fills them with current numbers', () => {
    const t = new TestSim()
      .topic('orders', { partitions: 2 })
      .source('shop', { rate: 100, keys: { type: 'uniform', count: 10 } }, ['orders'])
      .sink('billing', { consumers: 2, enableAutoCommit: false }, ['orders'])
      .start()
      .advance(10_000);
    const layout = snapshotLayout(t.state);
    expect(layout.partitions).toEqual([
      { topic: 'orders', partition: 0 },
      { topic: 'orders', partition: 1 },
    ]);
    expect(layout.length).toBe(4 + 2 * 4 + 1 * 6 + 2 * 2);
    const out = writeSnapshot(t.state, layout, new Float64Array(layout.length));
    const ends = t.logEndOffsets('orders');
    expect(Array.from(out.subarray(0, 4))).toEqual([10_000, 2, 1, 2]);
    expect([out[5], out[9]]).toEqual(ends);
    expect(GROUP_STATES[out[12]!]).toBe('Stable');
    expect(out[13]).toBe(1); // generation
    expect(out[14]).toBe(2); // members
    expect(out[15]).toBe(t.lag('billing'));
    // Committed offsets and owners (range: member 0 owns partition 0, member 1 partition 1).
    expect(Array.from(out.subarray(18))).toEqual([
      ...t.committed('billing', 'orders').flatMap((c, p) => [c, p]),
    ]);
  });
});
