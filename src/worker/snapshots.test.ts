// The flat snapshot stream: transferred, recycled, and preceded by the layout that reads it.
import { describe, expect, it } from 'vitest';
import { example } from './testDocs.testing';
import { greetedHost } from './testHost.testing';

describe('SimHost snapshots', () => {
  it('sends the layout before the first snapshot, and each snapshot carries the simulated time', () => {
    const { host, posted, last } = greetedHost();
    host.receive({ type: 'load', document: example, seed: 1 });
    const types = posted.map((m) => m.type);
    // The layout comes just before the first snapshot it reads.
    expect(types).toEqual(['ready', 'loaded', 'refused', 'layout', 'snapshot', 'series', 'report']);
    host.receive({ type: 'step', ms: 3000 });
    const { layout } = last('layout')!;
    expect(layout.partitions).toHaveLength(18);
    expect(last('snapshot')!.buffer).toHaveLength(layout.length);
    expect(last('snapshot')!.buffer[0]).toBe(3000);
  });

  it('transfers each buffer rather than copying it', () => {
    const { host, last, transferred } = greetedHost();
    host.receive({ type: 'load', document: example, seed: 1 });
    expect(transferred.at(-1)).toEqual([last('snapshot')!.buffer.buffer]);
  });

  it('fills a buffer the page sent back instead of allocating another', () => {
    const { host, last } = greetedHost();
    host.receive({ type: 'load', document: example, seed: 1 });
    const first = last('snapshot')!.buffer;
    host.receive({ type: 'recycle', buffers: [first] });
    host.receive({ type: 'step', ms: 1000 });
    expect(last('snapshot')!.buffer).toBe(first);
    host.receive({ type: 'step', ms: 1000 });
    expect(last('snapshot')!.buffer).not.toBe(first);
  });

  it('sends no new layout while the topology stays the same', () => {
    const { host, clock, all } = greetedHost();
    host.receive({ type: 'load', document: example, seed: 1 });
    host.receive({ type: 'play' });
    clock.advance(2000);
    expect(all('layout')).toHaveLength(1);
    // One snapshot at load, then one per 50 ms tick (TICK_MS) of the 2 s played.
    expect(all('snapshot')).toHaveLength(1 + 2000 / 50);
  });
});
