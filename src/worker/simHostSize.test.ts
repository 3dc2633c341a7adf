// The worker builds no simulation of a design over the memory budget, and says first when one will be slow.
import { describe, expect, it } from 'vitest';
import { example, parsed } from './testDocs.testing';
import { greetedHost } from './testHost.testing';

/** One source into one topic of `partitions`, read by `groups` sinks. */
function wide(partitions: number, groups: number, rate: number) {
  const nodes: object[] = [
    { id: 's', kind: 'source', name: 's', config: { rate } },
    { id: 't', kind: 'topic', name: 'big', config: { partitions } },
  ];
  const edges = [{ from: 's', to: 't' }];
  for (let g = 0; g < groups; g++) {
    nodes.push({ id: `k${g}`, kind: 'sink', name: `k${g}`, config: {} });
    edges.push({ from: 't', to: `k${g}` });
  }
  return parsed({ format: 'franz.pipeline', version: 1, name: 'wide', nodes, edges });
}

const OVER =
  "this design needs about 1.5 GB, over Franz's 1.0 GB memory budget: record details of 3,000 partitions " +
  '(about 1.4 GB), 3,000 partitions (about 74 MB); lower partitions, groups or record rates';

describe('SimHost checks a design’s size before it builds it', () => {
  it('refuses 3,000 busy partitions on load, builds nothing and says why', () => {
    const { host, posted, last } = greetedHost();
    host.receive({ type: 'load', document: wide(3000, 1, 100_000), seed: 1 });
    expect(last('invalid')).toEqual({ type: 'invalid', errors: [OVER] });
    expect(posted.map((m) => m.type)).toEqual(['ready', 'invalid']);
  });

  it('refuses an edit that takes a running design over the budget; the running one goes on', () => {
    const { host, last } = greetedHost();
    host.receive({ type: 'load', document: example, seed: 1 });
    host.receive({ type: 'step', ms: 2000 });
    host.receive({ type: 'update', document: wide(3000, 1, 100_000) });
    expect(last('invalid')).toEqual({ type: 'invalid', errors: [OVER] });
    host.receive({ type: 'step', ms: 1000 });
    expect(last('report')!.report.simulatedMs).toBe(3000);
    expect(last('report')!.report.topics.map((t) => t.name)).toEqual([
      'user-events',
      'payments',
      'telemetry',
      'customers',
    ]);
  });

  it('tells once that 1,000 partitions x 50 groups will run slower than real time, and runs it', () => {
    const { host, all, last } = greetedHost();
    host.receive({ type: 'load', document: wide(1000, 50, 1000), seed: 1 });
    expect(all('notice')).toEqual([
      {
        type: 'notice',
        text:
          'This design is large: about 51 million steps per simulated second (50 groups polling 50,000 partitions ' +
          'in all every millisecond), about 51,000 records/s to simulate; it will run slower than real time.',
      },
    ]);
    expect(last('report')!.report.topics[0]!.partitions).toHaveLength(1000);
    // An edit that keeps it large is not told again; one that makes it small, then large again, is.
    host.receive({ type: 'update', document: wide(1000, 49, 1000) });
    expect(all('notice')).toHaveLength(1);
    host.receive({ type: 'update', document: wide(10, 1, 1000) });
    host.receive({ type: 'update', document: wide(1000, 50, 1000) });
    expect(all('notice')).toHaveLength(2);
  });

  it('says nothing of the example design', () => {
    const { host, all } = greetedHost();
    host.receive({ type: 'load', document: example, seed: 1 });
    expect(all('notice')).toEqual([]);
  });
});
