// A processor loop whose fan-out multiplies records without bound is refused; one that keeps them level runs.
import { describe, expect, it } from 'vitest';
import { createSimulation } from '../index';
import { parseDocument } from './validate';
import { design, errorsOf, processor, source, topic, type Json } from './validate.testing';

const WHY =
  'each record read comes back as more records, lap after lap, without bound; a loop may multiply by at most 1';

/** source -> a -> p -> b -> q -> a: a loop of two processors. */
function twoHopLoop(p: Json, q: Json): Json {
  return design(
    [source('s'), topic('a'), topic('b'), processor('p', p), processor('q', q)],
    [
      { from: 's', to: 'a' },
      { from: 'a', to: 'p' },
      { from: 'p', to: 'b' },
      { from: 'b', to: 'q' },
      { from: 'q', to: 'a' },
    ],
  );
}

describe('processor loops', () => {
  it('fanOut 2 on a processor that writes back to its own input: x2 per lap, refused', () => {
    const doc = design(
      [source('s'), topic('a'), processor('p', { fanOut: 2 })],
      [
        { from: 's', to: 'a' },
        { from: 'a', to: 'p' },
        { from: 'p', to: 'a' },
      ],
    );
    expect(errorsOf(parseDocument(doc))).toEqual([
      `nodes[2].config.fanOut: the processor loop topic "a" -> processor "p" -> topic "a" multiplies records by 2 per lap (filterRatio x fanOut of each processor): ${WHY}`,
    ]);
  });

  it('two processors: 1 x (0.5 x 3) = 1.5 per lap is refused, naming every node of the loop', () => {
    expect(errorsOf(parseDocument(twoHopLoop({}, { filterRatio: 0.5, fanOut: 3 })))).toEqual([
      `nodes[3].config.fanOut: the processor loop topic "a" -> processor "p" -> topic "b" -> processor "q" -> topic "a" multiplies records by 1.500 per lap (filterRatio x fanOut of each processor): ${WHY}`,
    ]);
  });

  it.each([
    ['1 x 1', {}, {}],
    ['2 x (0.5 x 1)', { fanOut: 2 }, { filterRatio: 0.5 }],
    ['(0.1 x 10) x 1, exactly 1 though not in floating point', { filterRatio: 0.1, fanOut: 10 }, {}],
    ['0.75', { filterRatio: 0.75 }, {}],
    ['0 (a processor that filters everything)', { filterRatio: 0 }, { fanOut: 100 }],
  ])('a loop of %s per lap may run', (_, p, q) => {
    expect(parseDocument(twoHopLoop(p, q)).ok).toBe(true);
  });

  it('two loops of x1 through one topic give back 2 records per record: refused as loops together', () => {
    const doc = design(
      [source('s'), topic('a'), processor('p'), processor('q')],
      [
        { from: 's', to: 'a' },
        { from: 'a', to: 'p' },
        { from: 'p', to: 'a' },
        { from: 'a', to: 'q' },
        { from: 'q', to: 'a' },
      ],
    );
    expect(errorsOf(parseDocument(doc))).toEqual([
      `nodes[2].config.fanOut: the processor loops through topics "a" (such as topic "a" -> processor "p" -> topic "a") together multiply records by 2 per lap: ${WHY}`,
    ]);
  });

  it('a processor writing to its input and to a second topic that loops back: the golden ratio, 1.618', () => {
    // a -> p -> a and a -> p -> b -> q -> a, each x1: records per lap grow as Fibonacci numbers.
    const doc = design(
      [source('s'), topic('a'), topic('b'), processor('p'), processor('q')],
      [
        { from: 's', to: 'a' },
        { from: 'a', to: 'p' },
        { from: 'p', to: 'a' },
        { from: 'p', to: 'b' },
        { from: 'b', to: 'q' },
        { from: 'q', to: 'a' },
      ],
    );
    expect(errorsOf(parseDocument(doc))).toEqual([
      `nodes[3].config.fanOut: the processor loops through topics "a", "b" (such as topic "a" -> processor "p" -> topic "a") together multiply records by 1.618 per lap: ${WHY}`,
    ]);
  });

  it('a loop closed by a subscription pattern counts as much as one closed by an edge', () => {
    const doc = design(
      [
        source('s'),
        topic('loop-a'),
        topic('loop-b'),
        processor('p', { fanOut: 3, subscriptionPattern: 'loop-.*' }),
      ],
      [
        { from: 's', to: 'loop-a' },
        { from: 'p', to: 'loop-b' },
      ],
    );
    expect(errorsOf(parseDocument(doc))).toEqual([
      `nodes[3].config.fanOut: the processor loop topic "loop-b" -> processor "p" -> topic "loop-b" multiplies records by 3 per lap (filterRatio x fanOut of each processor): ${WHY}`,
    ]);
  });

  it('a loop of exactly 1 runs, and each record keeps circulating as one record: laps per record stay level', () => {
    // rttMs 0: the laps counted below are the loop's own pace with instant round trips.
    const parsed = parseDocument({
      ...twoHopLoop({ autoOffsetReset: 'earliest' }, { autoOffsetReset: 'earliest' }),
      cluster: { rttMs: 0 },
    });
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    const sim = createSimulation(parsed.doc, { seed: 1 });
    const appendedToA = () =>
      sim
        .report()
        .topics.find((t) => t.name === 'a')!
        .partitions.reduce((n, p) => n + p.logEndOffset, 0);
    const produced = () => sim.report().sources[0]!.recordsProduced;
    // Records appended to "a" in each 2 s, per record the source had produced by then: the laps each record made.
    const lapsPerRecord: number[] = [];
    // The loop fills from 2 s (the processors' groups form after group.initial.rebalance.delay.ms); from 4 s on:
    sim.runUntil(4000);
    let before = appendedToA();
    for (const t of [6000, 8000, 10_000]) {
      sim.runUntil(t);
      const now = appendedToA();
      lapsPerRecord.push((now - before) / produced());
      before = now;
    }
    // The source sends 100 records/s: 999 in 10 s.
    expect(produced()).toBe(999);
    // With no processingRate a lap takes a few ms, so each record laps about a thousand times in 2 s; at x1 per lap
    // that figure levels off (at x2 it would double every lap).
    for (let k = 1; k < lapsPerRecord.length; k++)
      expect(lapsPerRecord[k]!).toBeLessThan(lapsPerRecord[k - 1]! * 1.5 + 1);
    // The appends in each 2 s over the 599, 799 and 999 records produced by 6, 8 and 10 s (one each 10 ms). How
    // many laps fit in 2 s is the simulator's own (each lap's fetch and produce timing), not a closed form.
    expect(lapsPerRecord).toEqual([541_454 / 599, 975_692 / 799, 1_346_426 / 999]);
  });
});
