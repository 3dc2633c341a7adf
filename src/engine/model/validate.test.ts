// Reading a design document: the example, defaults, value ranges, format and version.
import { describe, expect, it } from 'vitest';
import example from '../../../examples/article-pipeline.json';
import type { NodeKind } from './schema';
import { groupIdOf, parseDocument, parseDocumentJson } from './validate';
import {
  exampleCopy,
  indexOf,
  configOf,
  design,
  topic,
  processor,
  errorsOf,
  nodeOf,
} from './validate.testing';

const defaultBroker = (id: number) => ({
  id,
  rack: null,
  networkInMBps: 125,
  networkOutMBps: 125,
  diskMBps: 500,
  diskGB: 1000,
});

/** What `cluster: {}` (or no cluster at all) reads as: Kafka's broker defaults. */
const DEFAULT_CLUSTER = {
  brokers: [defaultBroker(1), defaultBroker(2), defaultBroker(3)],
  replicaLagTimeMaxMs: 30_000,
  brokerSessionTimeoutMs: 9000,
  autoLeaderRebalanceEnable: true,
  leaderImbalanceCheckIntervalMs: 300_000,
  uncleanLeaderElectionIntervalMs: 300_000,
  logCleanerBackoffMs: 15_000,
  groupInitialRebalanceDelayMs: 3000,
  // GroupCoordinatorConfig's GROUP_MIN/MAX_SESSION_TIMEOUT_MS_DEFAULT.
  groupMinSessionTimeoutMs: 6000,
  groupMaxSessionTimeoutMs: 1_800_000,
  logRetentionCheckIntervalMs: 300_000,
  // Round trips inside a zone and across zones (a published AWS measurement: schema.ts).
  rttMs: 0.3,
  crossRackRttMs: 1,
};

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
      tombstoneRatio: 0,
      acks: 'all',
      enableIdempotence: true,
      retries: 2_147_483_647,
      retryBackoffMs: 100,
      requestTimeoutMs: 30_000,
      deliveryTimeoutMs: 120_000,
      maxInFlightRequestsPerConnection: 5,
    });
    const payments = nodeOf(result, 'payments', 'source');
    expect(payments.config.keys).toEqual({ type: 'zipf', count: 200, exponent: 1.1 });
  });

  it("fills a topic's unset settings with the broker's defaults (7 days retention, 1 GiB segments)", () => {
    const userEvents = nodeOf(result, 't-user-events', 'topic');
    expect(userEvents.config).toEqual({
      partitions: 6,
      replicationFactor: 3,
      minInsyncReplicas: 2,
      retentionMs: 604_800_000,
      retentionBytes: -1,
      segmentBytes: 1_073_741_824,
      // LogConfig.DEFAULT_MAX_MESSAGE_BYTES: 1 MiB + Records.LOG_OVERHEAD (12).
      maxMessageBytes: 1_048_588,
      segmentMs: 604_800_000,
      cleanupPolicy: 'delete',
      uncleanLeaderElectionEnable: false,
      deleteRetentionMs: 86_400_000,
      minCleanableDirtyRatio: 0.5,
      minCompactionLagMs: 0,
      // compression.type: batches stay as their producer compressed them.
      compressionType: 'producer',
    });
    expect(nodeOf(result, 't-telemetry', 'topic').config.retentionMs).toBe(3_600_000);
  });

  it("keeps the example's three brokers, one per rack, and gives the rest of the cluster Kafka's defaults", () => {
    if (!result.ok) throw new Error('the example must parse');
    expect(result.doc.cluster).toEqual({
      ...DEFAULT_CLUSTER,
      brokers: [
        { ...defaultBroker(1), rack: 'zone-a' },
        { ...defaultBroker(2), rack: 'zone-b' },
        { ...defaultBroker(3), rack: 'zone-c' },
      ],
    });
    expect(result.doc.faults).toEqual([]);
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
        cluster: DEFAULT_CLUSTER,
        nodes: [],
        edges: [],
        faults: [],
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
    expect(errors).toEqual([
      'nodes[0].kind: must be one of "source", "topic", "sink", "processor", got the text "queue"',
    ]);
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
    expect(errorsOf(parseDocument({ ...design([]), layout: {} }))).toEqual([
      'the document: unknown key "layout"',
    ]);
  });
});
