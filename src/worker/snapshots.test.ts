// The flat snapshot stream: transferred, recycled, and preceded by the layout that reads it.
import { describe, expect, it } from 'vitest';
import { createSimulation } from '../engine';
import { TICK_MS } from '../protocol/cadence';
import { MAX_UNANSWERED_SNAPSHOTS } from './snapshotPublisher';
import { example } from './testDocs.testing';
import { greetedHost } from './testHost.testing';

describe('SimHost snapshots', () => {
  it('sends the layout before the first snapshot, and each snapshot carries the simulated time', () => {
    const { host, posted, last } = greetedHost();
    host.receive({ type: 'load', document: example, seed: 1 });
    const types = posted.map((m) => m.type);
    // The layout comes just before the first snapshot it reads.
    expect(types).toEqual(['ready', 'loaded', 'mode', 'refused', 'layout', 'snapshot', 'series', 'report']);
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
    const { host, last } = greetedHost(createSimulation, { keepsUp: false });
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

  it('waits for a page that is behind: no step and no message while 13 snapshots are out, then goes on', () => {
    const { host, clock, posted, all, last } = greetedHost(createSimulation, { keepsUp: false });
    host.receive({ type: 'load', document: example, seed: 1 });
    host.receive({ type: 'play' });
    // The load sent one snapshot; each 50 ms tick sends one more until 13 are out (MAX_UNANSWERED_SNAPSHOTS + 1).
    const ticksToFill = MAX_UNANSWERED_SNAPSHOTS;
    clock.advance(ticksToFill * TICK_MS);
    expect(all('snapshot')).toHaveLength(MAX_UNANSWERED_SNAPSHOTS + 1);
    const stalledAt = last('snapshot')!.buffer[0]!;
    expect(stalledAt).toBe(ticksToFill * TICK_MS);

    // Two wall seconds with the page stuck: nothing is stepped and nothing is posted.
    const sent = posted.length;
    clock.advance(2000);
    expect(posted.length).toBe(sent);

    // The page gives two buffers back: 11 are out, and the next ticks step and send again, from where it stood.
    const [first, second] = all('snapshot');
    host.receive({ type: 'recycle', buffers: [first!.buffer, second!.buffer] });
    clock.advance(TICK_MS);
    expect(all('snapshot')).toHaveLength(MAX_UNANSWERED_SNAPSHOTS + 2);
    expect(last('snapshot')!.buffer[0]).toBe(stalledAt + TICK_MS);
  });
});
