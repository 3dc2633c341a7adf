// Names a person may give that JavaScript objects also have (Kafka allows every one of them: a topic name is
// [a-zA-Z0-9._-]+, Topic.validate): a run of such a design assigns, consumes and reports every topic.
import { describe, expect, it } from 'vitest';
import { createSimulation, parseDocument, type PipelineDocumentInput } from '../index';
import { stateOf } from './stateOf';

const TOPICS = ['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty'];
const topicId = (name: string) => (name === 'constructor' ? 't-constructor' : name);

/** A source named "constructor" writes every record to five topics of 3 partitions each; group "__proto__" reads them. */
function design(): PipelineDocumentInput {
  return {
    format: 'franz.pipeline',
    version: 1,
    name: 'Names JavaScript also uses',
    cluster: { brokers: [{ id: 1 }, { id: 2 }, { id: 3 }] },
    nodes: [
      {
        id: 'constructor',
        kind: 'source',
        name: 'constructor',
        config: {
          rate: 200,
          recordSize: { type: 'fixed', bytes: 100 },
          keys: { type: 'uniform', count: 100 },
        },
      },
      ...TOPICS.map((name) => ({
        id: topicId(name),
        kind: 'topic' as const,
        name,
        config: { partitions: 3 },
      })),
      {
        id: '__proto__-sink',
        kind: 'sink',
        name: '__proto__',
        config: { consumers: 2, groupId: '__proto__', processingRate: 2000, autoOffsetReset: 'earliest' },
      },
    ],
    edges: [
      ...TOPICS.map((name) => ({ from: 'constructor', to: topicId(name) })),
      ...TOPICS.map((name) => ({ from: topicId(name), to: '__proto__-sink' })),
    ],
    // The source stops at 10 s, so by 30 s the group has read and committed everything.
    faults: [{ atMs: 10_000, type: 'source-pause', node: 'constructor' }],
  };
}

describe('topics, a group and a source named like JavaScript object properties', () => {
  it('assigns every partition of every topic, consumes them all and reports each topic by its name', () => {
    const parsed = parseDocument(design());
    if (!parsed.ok) throw new Error(parsed.errors.join('; '));
    const sim = createSimulation(parsed.doc, { seed: 1 });
    sim.step(30_000);
    const report = sim.report();

    const group = report.groups.find((g) => g.groupId === '__proto__')!;
    expect(group.state).toBe('Stable');
    // RangeAssignor: per topic, members in memberId order take consecutive ranges, the first 3 % 2 = 1 one extra.
    expect(group.members.map((m) => m.memberId)).toEqual([
      '__proto__-consumer-1-0001',
      '__proto__-consumer-2-0002',
    ]);
    for (const topic of TOPICS) {
      expect(Object.hasOwn(group.members[0]!.assignment, topic)).toBe(true);
      expect(group.members[0]!.assignment[topic]).toEqual([0, 1]);
      expect(group.members[1]!.assignment[topic]).toEqual([2]);
    }
    expect(Object.keys(group.members[0]!.assignment).sort()).toEqual([...TOPICS].sort());

    // The source ran 10 s at 200 records/s and wrote each record to all five topics, keyed the same way.
    const source = report.sources.find((s) => s.node === 'constructor')!;
    expect(source.name).toBe('constructor');
    expect(source.recordsAcked).toBe(5 * 1999);
    const runtime = stateOf(sim).groups.get('__proto__-sink')!;
    for (const name of TOPICS) {
      const ends = report.topics.find((t) => t.name === name)!.partitions.map((p) => p.logEndOffset);
      expect(ends).toEqual([509, 804, 686]);
      // Each topic's records were consumed once and committed: committed offset = log end offset.
      const consumed = runtime.counters.get(name)!.consumed;
      expect(consumed).toEqual(ends);
      expect(Object.hasOwn(group.committed, name)).toBe(true);
      expect(group.committed[name]).toEqual(ends);
    }
    expect(group.recordsConsumed).toBe(5 * (509 + 804 + 686));
    expect(group.duplicates).toBe(0);
    expect(group.lag).toBe(0);

    // The report as the CLI prints it (--json) and the page receives it keeps every topic key.
    const copy = JSON.parse(JSON.stringify(report)) as typeof report;
    const committed = copy.groups.find((g) => g.groupId === '__proto__')!.committed;
    expect(Object.keys(committed).sort()).toEqual([...TOPICS].sort());
    for (const name of TOPICS) expect(committed[name]).toEqual([509, 804, 686]);
    expect(Object.getPrototypeOf(committed)).toBe(Object.prototype);
    expect(copy.groups[0]!.members[1]!.assignment['__proto__']).toEqual([2]);
  });

  it('runs a processor and a sink so named exactly as the same design with ordinary names', () => {
    // hasOwnProperty (source) -> __proto__ (3 partitions) -> constructor (processor, roundrobin) -> valueOf (2)
    // -> toString (sink, cooperative-sticky); a consumer of "constructor" is killed by its client id at 10 s.
    const run = (n: (name: string) => string) => {
      const parsed = parseDocument({
        format: 'franz.pipeline',
        version: 1,
        cluster: {},
        nodes: [
          {
            id: n('hasOwnProperty'),
            kind: 'source',
            name: n('hasOwnProperty'),
            config: { rate: 100, keys: { type: 'uniform', count: 50 } },
          },
          { id: n('__proto__'), kind: 'topic', name: n('__proto__'), config: { partitions: 3 } },
          { id: n('valueOf'), kind: 'topic', name: n('valueOf'), config: { partitions: 2 } },
          {
            id: n('constructor'),
            kind: 'processor',
            name: n('constructor'),
            config: { consumers: 2, assignor: 'roundrobin', autoOffsetReset: 'earliest' },
          },
          {
            id: n('toString'),
            kind: 'sink',
            name: n('toString'),
            config: { consumers: 2, assignor: 'cooperative-sticky', autoOffsetReset: 'earliest' },
          },
        ],
        edges: [
          { from: n('hasOwnProperty'), to: n('__proto__') },
          { from: n('__proto__'), to: n('constructor') },
          { from: n('constructor'), to: n('valueOf') },
          { from: n('valueOf'), to: n('toString') },
        ],
        faults: [
          {
            atMs: 10_000,
            type: 'consumer-kill',
            node: n('constructor'),
            clientId: `${n('constructor')}-consumer-2`,
          },
          { atMs: 15_000, type: 'source-pause', node: n('hasOwnProperty') },
        ],
      });
      if (!parsed.ok) throw new Error(parsed.errors.join('; '));
      const sim = createSimulation(parsed.doc, { seed: 1 });
      sim.step(60_000);
      return sim.report();
    };
    const ORDINARY: Record<string, string> = {
      hasOwnProperty: 'clicks',
      ['__proto__']: 'raw',
      constructor: 'enrich',
      valueOf: 'enriched',
      toString: 'store',
    };
    const named = run((name) => name);
    const ordinary = run((name) => ORDINARY[name]!);
    const renamed = JSON.stringify(named).replace(
      /__proto__|hasOwnProperty|constructor|valueOf|toString/g,
      (name) => ORDINARY[name]!,
    );
    expect(renamed).toBe(JSON.stringify(ordinary));

    // The figures themselves: 1,499 records in 15 s; the killed consumer's partition 1 (never committed, its
    // auto-commit was due at 11 s) is read again from the earliest offset after its session expired at 54 s.
    expect(named.sources[0]!.recordsAcked).toBe(1499);
    const processor = named.groups.find((g) => g.groupId === 'constructor')!;
    expect(processor.members.map((m) => [m.clientId, m.assignment['__proto__']])).toEqual([
      ['constructor-consumer-1', [0, 1, 2]],
    ]);
    expect(processor.recordsConsumed).toBe(1499 + 354);
    expect(processor.duplicates).toBe(354);
    const sink = named.groups.find((g) => g.groupId === 'toString')!;
    expect(sink.members.map((m) => m.assignment['valueOf'])).toEqual([[0], [1]]);
    expect(sink.committed['valueOf']).toEqual([598, 726]);
  });
});
