import { describe, expect, it } from 'vitest';
import example from '../../../examples/article-pipeline.json';
import type { NodeKind, PipelineNode } from './schema';
import { edgeRefusal, groupIdOf, parseDocument, parseDocumentJson, type ParseResult } from './validate';

type Json = Record<string, unknown>;
interface RawNode {
  id: string;
  kind: string;
  name: string;
  config?: Json;
}

/** A fresh, mutable copy of the example design, so each story can break it in its own way. */
function exampleCopy(): { format: string; version: number; nodes: RawNode[]; edges: Json[] } & Json {
  return JSON.parse(JSON.stringify(example)) as ReturnType<typeof exampleCopy>;
}

/** Index of the example node with this id; the example's order is: 5 sources, 4 topics, 4 sinks. */
function indexOf(doc: { nodes: RawNode[] }, id: string): number {
  const i = doc.nodes.findIndex((n) => n.id === id);
  if (i < 0) throw new Error(`no node ${id} in the example`);
  return i;
}

function configOf(doc: { nodes: RawNode[] }, id: string): Json {
  const node = doc.nodes[indexOf(doc, id)]!;
  node.config ??= {};
  return node.config;
}

/** A small design written by hand: a pipeline's nodes and edges, everything else left to defaults. */
function design(nodes: RawNode[], edges: { from: string; to: string }[] = []): Json {
  return { format: 'franz.pipeline', version: 1, nodes, edges };
}

const source = (id: string, config: Json = {}): RawNode => ({ id, kind: 'source', name: id, config });
const topic = (id: string, config: Json = {}, name = id): RawNode => ({ id, kind: 'topic', name, config });
const sink = (id: string, config: Json = {}): RawNode => ({ id, kind: 'sink', name: id, config });
const processor = (id: string, config: Json = {}): RawNode => ({ id, kind: 'processor', name: id, config });

function errorsOf(result: ParseResult): string[] {
  if (result.ok) throw new Error('expected the document to be refused, but it parsed');
  return result.errors;
}

function nodeOf<K extends NodeKind>(
  result: ParseResult,
  id: string,
  kind: K,
): Extract<PipelineNode, { kind: K }> {
  if (!result.ok) throw new Error(`expected the document to parse, got: ${result.errors.join('; ')}`);
  const node = result.doc.nodes.find((n) => n.id === id);
  if (!node || node.kind !== kind) throw new Error(`no ${kind} node ${id}`);
  return node as Extract<PipelineNode, { kind: K }>;
}

describe('the example design, examples/article-pipeline.json', () => {
  const result = parseDocumentJson(JSON.stringify(example));

  it('parses: 5 sources, 4 topics, 4 sinks and 14 edges', () => {
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const count = (kind: NodeKind) => result.doc.nodes.filter((n) => n.kind === kind).length;
    expect(count('source')).toBe(5);
    expect(count('topic')).toBe(4);
    expect(count('sink')).toBe(4);
    expect(count('processor')).toBe(0);
    expect(result.doc.edges).toHaveLength(14);
    expect(result.doc.name).toBe('Five sources, four sinks, one log');
  });

  it("fills a sink's unset consumer settings with Kafka's defaults and keeps what it set", () => {
    const database = nodeOf(result, 'database', 'sink');
    expect(database.config).toMatchObject({
      consumers: 3,
      processingRate: 1200,
      autoOffsetReset: 'earliest',
      maxPollRecords: 500,
      sessionTimeoutMs: 45_000,
      heartbeatIntervalMs: 3000,
      autoCommitIntervalMs: 5000,
      enableAutoCommit: true,
      maxPollIntervalMs: 300_000,
      assignor: 'range',
      subscriptionPattern: null,
    });
    expect(database.config.groupId).toBeUndefined();
    expect(groupIdOf(database)).toBe('database');
    expect(nodeOf(result, 'analytics', 'sink').config.assignor).toBe('cooperative-sticky');
    expect(nodeOf(result, 'search', 'sink').config.assignor).toBe('roundrobin');
  });

  it("fills a source's unset producer settings with Kafka's defaults", () => {
    const iot = nodeOf(result, 'iot', 'source');
    expect(iot.config).toMatchObject({
      rate: 1000,
      arrival: 'constant',
      batchSize: 16_384,
      lingerMs: 5,
      partitioner: 'default',
      partition: 0,
      metadataMaxAgeMs: 300_000,
      recordSize: { type: 'fixed', bytes: 120 },
      keys: { type: 'none' },
    });
    const payments = nodeOf(result, 'payments', 'source');
    expect(payments.config.keys).toEqual({ type: 'zipf', count: 200, exponent: 1.1 });
  });

  it("fills a topic's unset settings with the broker's defaults (7 days retention, 1 GiB segments)", () => {
    const userEvents = nodeOf(result, 't-user-events', 'topic');
    expect(userEvents.config).toEqual({
      partitions: 6,
      replicationFactor: 1,
      retentionMs: 604_800_000,
      retentionBytes: -1,
      segmentBytes: 1_073_741_824,
      segmentMs: 604_800_000,
      cleanupPolicy: 'delete',
    });
    expect(nodeOf(result, 't-telemetry', 'topic').config.retentionMs).toBe(3_600_000);
  });

  it('gives the cluster its defaults when the document names none', () => {
    if (!result.ok) throw new Error('the example must parse');
    expect(result.doc.cluster).toEqual({
      groupInitialRebalanceDelayMs: 3000,
      logRetentionCheckIntervalMs: 300_000,
    });
  });

  it('parses the same from a value as from its JSON text', () => {
    expect(parseDocument(exampleCopy())).toEqual(result);
  });
});

describe('the smallest documents', () => {
  it('an empty pipeline parses, named "Untitled pipeline"', () => {
    const result = parseDocument(design([]));
    expect(result).toEqual({
      ok: true,
      doc: {
        format: 'franz.pipeline',
        version: 1,
        name: 'Untitled pipeline',
        cluster: { groupInitialRebalanceDelayMs: 3000, logRetentionCheckIntervalMs: 300_000 },
        nodes: [],
        edges: [],
      },
    });
  });

  it('a node without any config gets a whole default config (a topic: 3 partitions)', () => {
    const result = parseDocument(design([{ id: 't', kind: 'topic', name: 'orders' }]));
    expect(nodeOf(result, 't', 'topic').config.partitions).toBe(3);
  });

  it("a processor gets both sides' defaults: consumer and producer", () => {
    const result = parseDocument(
      design(
        [topic('in'), processor('enrich'), topic('out')],
        [
          { from: 'in', to: 'enrich' },
          { from: 'enrich', to: 'out' },
        ],
      ),
    );
    expect(nodeOf(result, 'enrich', 'processor').config).toMatchObject({
      filterRatio: 1,
      fanOut: 1,
      maxPollRecords: 500,
      sessionTimeoutMs: 45_000,
      batchSize: 16_384,
      lingerMs: 5,
    });
  });

  it('a document without nodes and edges names both as required', () => {
    expect(errorsOf(parseDocument({ format: 'franz.pipeline', version: 1 }))).toEqual([
      'nodes: is required (array)',
      'edges: is required (array)',
    ]);
  });
});

describe('a config value out of range names the node and the key', () => {
  it('a topic with 0 partitions', () => {
    const doc = exampleCopy();
    const i = indexOf(doc, 't-payments');
    expect(i).toBe(6);
    configOf(doc, 't-payments').partitions = 0;
    expect(errorsOf(parseDocument(doc))).toEqual(['nodes[6].config.partitions: must be >= 1']);
  });

  it('a source with a negative rate', () => {
    const doc = exampleCopy();
    expect(indexOf(doc, 'payments')).toBe(2);
    configOf(doc, 'payments').rate = -5;
    expect(errorsOf(parseDocument(doc))).toEqual(['nodes[2].config.rate: must be >= 0']);
  });

  it('two bad values in two nodes give two errors, in document order', () => {
    const doc = exampleCopy();
    configOf(doc, 'crm').rate = -1;
    configOf(doc, 't-customers').partitions = 0;
    expect(errorsOf(parseDocument(doc))).toEqual([
      'nodes[4].config.rate: must be >= 0',
      'nodes[8].config.partitions: must be >= 1',
    ]);
  });

  it('a rate of 0 is allowed: a source may be idle', () => {
    const doc = exampleCopy();
    configOf(doc, 'crm').rate = 0;
    expect(parseDocument(doc).ok).toBe(true);
  });

  it('an unknown config key, such as a misspelt Kafka setting', () => {
    const doc = exampleCopy();
    configOf(doc, 'email').maxPollRecord = 100;
    expect(errorsOf(parseDocument(doc))).toEqual(['nodes[11].config: unknown key "maxPollRecord"']);
  });

  it('an unknown kind of node', () => {
    const errors = errorsOf(parseDocument(design([{ id: 'q', kind: 'queue', name: 'q' }])));
    expect(errors).toEqual(['nodes[0].kind: is not one of the allowed shapes (check "kind" or "type")']);
  });
});

describe('the document header: format and version', () => {
  it('a document from a newer Franz (version 2) names the version and says this Franz reads version 1', () => {
    const errors = errorsOf(parseDocument({ ...exampleCopy(), version: 2 }));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^version: 2 /);
    expect(errors[0]).toContain('version 1');
    expect(errors[0]).toBe('version: 2 is newer than this Franz understands (it reads up to version 1)');
  });

  it.each([0, -1, 1.5, '1', null])('version %j is refused as not a whole number >= 1', (version) => {
    expect(errorsOf(parseDocument({ ...exampleCopy(), version }))).toEqual([
      'version: must be a whole number >= 1',
    ]);
  });

  it('a missing version is refused the same way', () => {
    expect(errorsOf(parseDocument({ format: 'franz.pipeline', nodes: [], edges: [] }))).toEqual([
      'version: must be a whole number >= 1',
    ]);
  });

  it('another format is not a Franz pipeline', () => {
    expect(errorsOf(parseDocument({ ...exampleCopy(), format: 'franz.pipline' }))).toEqual([
      'format: must be "franz.pipeline" (this is not a Franz pipeline)',
    ]);
    expect(errorsOf(parseDocument({ nodes: [], edges: [] }))).toEqual([
      'format: must be "franz.pipeline" (this is not a Franz pipeline)',
    ]);
  });

  it('text that is not JSON', () => {
    const errors = errorsOf(parseDocumentJson('{ "format": "franz.pipeline", '));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^not valid JSON: /);
    expect(errorsOf(parseDocumentJson(''))[0]).toMatch(/^not valid JSON: /);
  });

  it.each([
    ['an array', '[]'],
    ['null', 'null'],
    ['a string', '"franz.pipeline"'],
    ['a number', '1'],
  ])('JSON that is %s, not an object', (_label, text) => {
    expect(errorsOf(parseDocumentJson(text))).toEqual(['the document must be a JSON object']);
  });

  it('an unknown top-level key is refused', () => {
    expect(errorsOf(parseDocument({ ...design([]), layout: {} }))).toEqual(['unknown key "layout"']);
  });
});

describe('rules that span nodes: ids, names and group ids', () => {
  it('two nodes with the same id: the second names the first', () => {
    const doc = exampleCopy();
    doc.nodes[12]!.id = 'email';
    doc.edges = doc.edges.filter((e) => e.to !== 'search');
    expect(errorsOf(parseDocument(doc))).toEqual([
      'nodes[12].id: "email" is already used by nodes[11]',
      'nodes[12].config.groupId: group "email" is already used by nodes[11]',
    ]);
  });

  it('two topics with the same name', () => {
    const errors = errorsOf(parseDocument(design([topic('a', {}, 'orders'), topic('b', {}, 'orders')])));
    expect(errors).toEqual(['nodes[1].name: topic "orders" already exists (nodes[0])']);
  });

  it.each(['user events', 'orders/eu', 'zahlungen-ä', 'a:b'])(
    'a topic named "%s" is not a legal Kafka name',
    (name) => {
      expect(errorsOf(parseDocument(design([topic('t', {}, name)])))).toEqual([
        'nodes[0].name: a topic name may use only letters, digits, ".", "_" and "-"',
      ]);
    },
  );

  it('letters, digits, ".", "_" and "-" make a legal topic name', () => {
    expect(parseDocument(design([topic('t', {}, 'Orders_v2.eu-west-1')])).ok).toBe(true);
  });

  it('two sinks with the same group id', () => {
    const doc = design([sink('billing', { groupId: 'shared' }), sink('audit', { groupId: 'shared' })]);
    expect(errorsOf(parseDocument(doc))).toEqual([
      'nodes[1].config.groupId: group "shared" is already used by nodes[0]',
    ]);
  });

  it("a sink whose group id is another sink's node id (that sink's implicit group id)", () => {
    const doc = design([sink('billing'), processor('enrich', { groupId: 'billing' })]);
    expect(errorsOf(parseDocument(doc))).toEqual([
      'nodes[1].config.groupId: group "billing" is already used by nodes[0]',
    ]);
  });
});

describe('edges', () => {
  it('an edge to a node that does not exist', () => {
    const doc = exampleCopy();
    doc.edges.push({ from: 't-payments', to: 'warehouse' });
    expect(errorsOf(parseDocument(doc))).toEqual(['edges[14].to: no node has id "warehouse"']);
  });

  it('an edge from a node that does not exist', () => {
    const doc = design([topic('t')], [{ from: 'ghost', to: 't' }]);
    expect(errorsOf(parseDocument(doc))).toEqual(['edges[0].from: no node has id "ghost"']);
  });

  it('a source wired straight to a sink is refused, with a hint to put a topic between them', () => {
    const doc = design([source('web'), sink('db')], [{ from: 'web', to: 'db' }]);
    const errors = errorsOf(parseDocument(doc));
    expect(errors).toEqual(['edges[0]: a source writes to a topic, not to a sink: put a topic between them']);
    expect(errors[0]).toContain('topic');
  });

  it('a topic wired to a topic is refused: that takes a processor', () => {
    const doc = design([topic('a'), topic('b')], [{ from: 'a', to: 'b' }]);
    expect(errorsOf(parseDocument(doc))).toEqual([
      'edges[0]: a topic feeds a topic only through a processor',
    ]);
  });

  it('the same edge twice', () => {
    const doc = exampleCopy();
    doc.edges.push({ from: 'web', to: 't-user-events' });
    expect(errorsOf(parseDocument(doc))).toEqual([
      'edges[14]: "web" is already connected to "t-user-events"',
    ]);
  });

  it('a fixed partitioner aimed past the last partition of its topic', () => {
    const doc = exampleCopy();
    Object.assign(configOf(doc, 'payments'), { partitioner: 'fixed', partition: 3 });
    expect(errorsOf(parseDocument(doc))).toEqual([
      'nodes[2].config.partition: must be < 3, the partition count of topic "payments"',
    ]);
  });

  it('a fixed partitioner aimed at the last partition is fine', () => {
    const doc = exampleCopy();
    Object.assign(configOf(doc, 'payments'), { partitioner: 'fixed', partition: 2 });
    const result = parseDocument(doc);
    expect(nodeOf(result, 'payments', 'source').config).toMatchObject({ partitioner: 'fixed', partition: 2 });
  });

  it('a processor with a fixed partitioner is checked against each topic it writes to', () => {
    const doc = design(
      [
        topic('in'),
        processor('split', { partitioner: 'fixed', partition: 4 }),
        topic('wide', { partitions: 8 }),
        topic('narrow', { partitions: 2 }),
      ],
      [
        { from: 'in', to: 'split' },
        { from: 'split', to: 'wide' },
        { from: 'split', to: 'narrow' },
      ],
    );
    expect(errorsOf(parseDocument(doc))).toEqual([
      'nodes[1].config.partition: must be < 2, the partition count of topic "narrow"',
    ]);
  });
});

describe('consumer settings that must agree', () => {
  it('heartbeatIntervalMs equal to sessionTimeoutMs is refused (Kafka requires it lower)', () => {
    const doc = exampleCopy();
    Object.assign(configOf(doc, 'analytics'), { sessionTimeoutMs: 10_000, heartbeatIntervalMs: 10_000 });
    expect(errorsOf(parseDocument(doc))).toEqual([
      'nodes[10].config.heartbeatIntervalMs: must be lower than sessionTimeoutMs',
    ]);
  });

  it('heartbeatIntervalMs above the default sessionTimeoutMs (45000) is refused', () => {
    const doc = exampleCopy();
    configOf(doc, 'search').heartbeatIntervalMs = 60_000;
    expect(errorsOf(parseDocument(doc))).toEqual([
      'nodes[12].config.heartbeatIntervalMs: must be lower than sessionTimeoutMs',
    ]);
  });

  it('the same rule holds for a processor', () => {
    const doc = design([processor('p', { sessionTimeoutMs: 6000, heartbeatIntervalMs: 6001 })]);
    expect(errorsOf(parseDocument(doc))).toEqual([
      'nodes[0].config.heartbeatIntervalMs: must be lower than sessionTimeoutMs',
    ]);
  });

  it('heartbeatIntervalMs one below sessionTimeoutMs is accepted', () => {
    const doc = exampleCopy();
    Object.assign(configOf(doc, 'analytics'), { sessionTimeoutMs: 10_000, heartbeatIntervalMs: 9999 });
    expect(nodeOf(parseDocument(doc), 'analytics', 'sink').config.heartbeatIntervalMs).toBe(9999);
  });

  it('a subscriptionPattern that is not a regular expression is refused', () => {
    const doc = exampleCopy();
    configOf(doc, 'search').subscriptionPattern = 'user-(events';
    expect(errorsOf(parseDocument(doc))).toEqual([
      'nodes[12].config.subscriptionPattern: must be a valid regular expression',
    ]);
  });

  it('a valid subscriptionPattern is kept as written', () => {
    const doc = exampleCopy();
    configOf(doc, 'search').subscriptionPattern = '^(user-events|customers)$';
    expect(nodeOf(parseDocument(doc), 'search', 'sink').config.subscriptionPattern).toBe(
      '^(user-events|customers)$',
    );
  });
});

describe('edgeRefusal: data flows producer -> topic -> consumer', () => {
  const kinds: NodeKind[] = ['source', 'topic', 'sink', 'processor'];
  const allowed: [NodeKind, NodeKind][] = [
    ['source', 'topic'],
    ['topic', 'sink'],
    ['topic', 'processor'],
    ['processor', 'topic'],
  ];

  it.each(allowed)('%s -> %s is allowed', (from, to) => {
    expect(edgeRefusal(from, to)).toBeNull();
  });

  it('every other pair of the 16 is refused with a reason (12 refusals)', () => {
    const refused = kinds.flatMap((from) =>
      kinds
        .filter((to) => !allowed.some(([f, t]) => f === from && t === to))
        .map((to) => edgeRefusal(from, to)),
    );
    expect(refused).toHaveLength(12);
    for (const reason of refused) expect(reason).toEqual(expect.any(String));
  });

  it('names the way to connect them', () => {
    expect(edgeRefusal('sink', 'topic')).toBe('a sink only reads: connect a topic to it instead');
    expect(edgeRefusal('topic', 'source')).toBe('a source only writes: connect it to a topic instead');
    expect(edgeRefusal('topic', 'topic')).toBe('a topic feeds a topic only through a processor');
    expect(edgeRefusal('source', 'processor')).toBe(
      'a source writes to a topic, not to a processor: put a topic between them',
    );
    expect(edgeRefusal('processor', 'sink')).toBe(
      'a processor writes to a topic, not to a sink: put a topic between them',
    );
  });
});
