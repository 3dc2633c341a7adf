import { describe, expect, it } from 'vitest';
import example from '../../../examples/article-pipeline.json';
import { estimateDesign, MEMORY_BUDGET_BYTES, sizeRefusal, slowWarning } from './designSize';
import { parseDocument } from './validate';
import type { PipelineDocument } from './schema';

function parsed(value: unknown): PipelineDocument {
  const result = parseDocument(value);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.doc;
}

/** One source at `rate` records/s into one topic of `partitions`, read by `groups` sinks of one consumer each. */
function wide(partitions: number, groups: number, rate: number): PipelineDocument {
  const nodes: object[] = [
    { id: 's', kind: 'source', name: 'src', config: { rate } },
    { id: 't', kind: 'topic', name: 'big', config: { partitions } },
  ];
  const edges = [{ from: 's', to: 't' }];
  for (let g = 0; g < groups; g++) {
    nodes.push({ id: `k${g}`, kind: 'sink', name: `sink ${g}`, config: {} });
    edges.push({ from: 't', to: `k${g}` });
  }
  return parsed({ format: 'franz.pipeline', version: 1, name: 'wide', nodes, edges });
}

const MB = (bytes: number) => Math.round(bytes / 1e6);

describe('estimateDesign: memory', () => {
  it('the example design: about 10 MB running without end, 5 MB for a 60 s run', () => {
    const doc = parsed(example);
    expect(MB(estimateDesign(doc).memoryBytes)).toBe(10);
    expect(MB(estimateDesign(doc, { durationMs: 60_000 }).memoryBytes)).toBe(5);
  });

  it('a partition’s record ring: 29 bytes a record, 64 slots doubling to 16,384 as the partition keeps records', () => {
    // 100,000 records/s over 100 partitions for 20 s: 20,000 records each, more than a full ring of 16,384, so
    // 100 x 16,384 x 29 = 47,513,600 bytes (measured: 48.6 MB of array buffers after such a run).
    const busy = parsed({
      format: 'franz.pipeline',
      version: 1,
      nodes: [
        { id: 's', kind: 'source', name: 's', config: { rate: 100_000 } },
        { id: 't', kind: 'topic', name: 't', config: { partitions: 100 } },
      ],
      edges: [{ from: 's', to: 't' }],
    });
    const full = estimateDesign(busy, { durationMs: 20_000 });
    expect(full.contributors[0]).toEqual({ what: 'record details of 100 partitions', bytes: 47_513_600 });
    // After 1 ms each partition has kept one record: the ring still has its first 64 slots, 100 x 64 x 29.
    expect(estimateDesign(busy, { durationMs: 1 }).contributors).toContainEqual({
      what: 'record details of 100 partitions',
      bytes: 185_600,
    });
  });

  it('1,000 partitions x 50 groups: about 770 MB without end (under the 1 GB budget), 69 MB for a minute', () => {
    const doc = wide(1000, 50, 1000);
    const forever = estimateDesign(doc);
    expect(MB(forever.memoryBytes)).toBe(767);
    // 1,000 full rings (475 MB) and a 600-sample lag series for each of the 50 x 1,000 partitions the groups read.
    expect(forever.contributors.map((c) => [c.what, MB(c.bytes)])).toEqual([
      ['record details of 1,000 partitions', 475],
      ['50 groups reading 50,000 partitions in all', 265],
      ['1,000 partitions', 25],
      ['52 nodes and 50 consumers', 3],
    ]);
    expect(sizeRefusal(forever)).toBeNull();
    expect(MB(estimateDesign(doc, { durationMs: 60_000 }).memoryBytes)).toBe(69);
  });

  it('reads a pattern subscription as every topic, without running the expression', () => {
    const doc = wide(10, 1, 0);
    const node = doc.nodes.find((n) => n.id === 'k0')!;
    if (node.kind !== 'sink') throw new Error('k0 is a sink');
    node.config.subscriptionPattern = '(a+)+b';
    expect(estimateDesign(doc).contributors).toContainEqual({
      what: '1 group reading 10 partitions in all',
      bytes: 10 * (500 + 8 * 600),
    });
  });

  it('follows records through a processor: filterRatio x fanOut to each output topic', () => {
    const doc = parsed({
      format: 'franz.pipeline',
      version: 1,
      nodes: [
        { id: 's', kind: 'source', name: 's', config: { rate: 1000 } },
        { id: 'in', kind: 'topic', name: 'in', config: {} },
        { id: 'p', kind: 'processor', name: 'p', config: { filterRatio: 0.5, fanOut: 3 } },
        { id: 'out', kind: 'topic', name: 'out', config: {} },
        { id: 'k', kind: 'sink', name: 'k', config: {} },
      ],
      edges: [
        { from: 's', to: 'in' },
        { from: 'in', to: 'p' },
        { from: 'p', to: 'out' },
        { from: 'out', to: 'k' },
      ],
    });
    // Produced 1,000 + 1,500; processed 1,000; consumed 1,000 (by p) + 1,500 (by k).
    expect(estimateDesign(doc).recordsPerSec).toBe(6000);
  });

  it('takes a processor loop that passes every record on as without end, and says so', () => {
    // in -> p -> in (x1 per lap, which validation allows): every pass adds the source's rate again; after 64
    // passes it is taken at 10^12 records/s.
    const doc = parsed({
      format: 'franz.pipeline',
      version: 1,
      nodes: [
        { id: 's', kind: 'source', name: 's', config: { rate: 10 } },
        { id: 'in', kind: 'topic', name: 'in', config: {} },
        { id: 'p', kind: 'processor', name: 'p', config: {} },
      ],
      edges: [
        { from: 's', to: 'in' },
        { from: 'in', to: 'p' },
        { from: 'p', to: 'in' },
      ],
    });
    const estimate = estimateDesign(doc);
    expect(estimate.recordsPerSec).toBe(1e12);
    expect(slowWarning(estimate)).toBe(
      'This design has a processor loop that passes every record on again: the records in it keep coming ' +
        'round, so there is more to simulate each second for as long as it runs; it will run slower and slower',
    );
  });
});

describe('sizeRefusal', () => {
  it('refuses 3,000 busy partitions, naming the estimate, the budget and the largest parts', () => {
    const estimate = estimateDesign(wide(3000, 1, 100_000));
    expect(MEMORY_BUDGET_BYTES).toBe(1_000_000_000);
    expect(sizeRefusal(estimate)).toBe(
      "this design needs about 1.5 GB, over Franz's 1.0 GB memory budget: record details of 3,000 partitions " +
        '(about 1.4 GB), 3,000 partitions (about 74 MB); lower partitions, groups or record rates',
    );
  });

  it('takes a raised budget (the CLI’s --memory)', () => {
    const estimate = estimateDesign(wide(3000, 1, 100_000));
    expect(sizeRefusal(estimate, 2_000_000_000)).toBeNull();
  });

  it('a one-minute run of the same design fits: the rings fill only as records come', () => {
    // 100,000 records/s over 3,000 partitions for 60 s: 2,000 records each, a ring of 2,048 slots.
    expect(sizeRefusal(estimateDesign(wide(3000, 1, 100_000), { durationMs: 60_000 }))).toBeNull();
  });
});

describe('slowWarning', () => {
  it('warns of 1,000 partitions x 50 groups: 51 million steps per simulated second', () => {
    const estimate = estimateDesign(wide(1000, 50, 1000));
    // Every millisecond each of the 1,000 partitions and each of the 50,000 group partitions: 51,000,000 steps,
    // and 5 for each of the 51,000 records produced and consumed a second.
    expect(estimate.stepsPerSec).toBe(51_255_000);
    expect(slowWarning(estimate)).toBe(
      'This design is large: about 51 million steps per simulated second (50 groups polling 50,000 partitions ' +
        'in all every millisecond), about 51,000 records/s to simulate; it will run slower than real time',
    );
  });

  it('says nothing of the example design (81,000 steps per simulated second)', () => {
    const estimate = estimateDesign(parsed(example));
    expect(estimate.stepsPerSec).toBe(80_950);
    expect(slowWarning(estimate)).toBeNull();
  });

  it('names the records when they make the work: 2,000,000 records/s', () => {
    const estimate = estimateDesign(wide(6, 1, 1_000_000));
    expect(slowWarning(estimate)).toBe(
      'This design is large: about 10 million steps per simulated second (2,000,000 records/s produced and ' +
        'consumed), about 2,000,000 records/s to simulate; it will run slower than real time',
    );
  });
});
