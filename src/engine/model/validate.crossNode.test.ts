// Reading a design document: the rules that span nodes, edges and settings that must agree.
import { describe, expect, it } from 'vitest';
import type { NodeKind } from './schema';
import { edgeRefusal, parseDocument } from './validate';
import {
  designOn,
  exampleCopy,
  configOf,
  design,
  source,
  topic,
  sink,
  processor,
  errorsOf,
  nodeOf,
} from './validate.testing';

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
      // Topic.detectInvalidTopic's words.
      expect(errorsOf(parseDocument(design([topic('t', {}, name)])))).toEqual([
        `nodes[0].name: Topic name is invalid: '${name}' contains one or more characters other than ASCII alphanumerics, '.', '_' and '-'`,
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
      'nodes[10].config.heartbeatIntervalMs: must be lower than sessionTimeoutMs (Kafka: "Heartbeat must be set lower than the session timeout")',
    ]);
  });

  it('heartbeatIntervalMs above the default sessionTimeoutMs (45000) is refused', () => {
    const doc = exampleCopy();
    configOf(doc, 'search').heartbeatIntervalMs = 60_000;
    expect(errorsOf(parseDocument(doc))).toEqual([
      'nodes[12].config.heartbeatIntervalMs: must be lower than sessionTimeoutMs (Kafka: "Heartbeat must be set lower than the session timeout")',
    ]);
  });

  it('the same rule holds for a processor', () => {
    const doc = design([processor('p', { sessionTimeoutMs: 6000, heartbeatIntervalMs: 6001 })]);
    expect(errorsOf(parseDocument(doc))).toEqual([
      'nodes[0].config.heartbeatIntervalMs: must be lower than sessionTimeoutMs (Kafka: "Heartbeat must be set lower than the session timeout")',
    ]);
  });

  // GroupCoordinatorService.joinGroup refuses a session.timeout.ms outside [group.min.session.timeout.ms,
  // group.max.session.timeout.ms] with INVALID_SESSION_TIMEOUT; GroupCoordinatorConfig's defaults: 6000, 1800000.
  const invalidSession =
    'the coordinator refuses the join with INVALID_SESSION_TIMEOUT: The session timeout is not within the range allowed by the broker (as configured by group.min.session.timeout.ms and group.max.session.timeout.ms).';

  it('sessionTimeoutMs 5999, below group.min.session.timeout.ms (6000), is refused as the coordinator refuses the join', () => {
    const doc = design([sink('s', { sessionTimeoutMs: 5999, heartbeatIntervalMs: 1000 })]);
    expect(errorsOf(parseDocument(doc))).toEqual([
      `nodes[0].config.sessionTimeoutMs: 5999 ms is below the cluster's groupMinSessionTimeoutMs (group.min.session.timeout.ms, 6000 ms): ${invalidSession}`,
    ]);
  });

  it('sessionTimeoutMs 1800001, above group.max.session.timeout.ms (1800000), is refused', () => {
    const doc = design([processor('p', { sessionTimeoutMs: 1_800_001 })]);
    expect(errorsOf(parseDocument(doc))).toEqual([
      `nodes[0].config.sessionTimeoutMs: 1800001 ms is above the cluster's groupMaxSessionTimeoutMs (group.max.session.timeout.ms, 1800000 ms): ${invalidSession}`,
    ]);
  });

  it('the bounds themselves are allowed (6000 and 1800000), and the cluster can move them', () => {
    expect(parseDocument(design([sink('a', { sessionTimeoutMs: 6000, heartbeatIntervalMs: 2000 })])).ok).toBe(
      true,
    );
    expect(parseDocument(design([sink('a', { sessionTimeoutMs: 1_800_000 })])).ok).toBe(true);
    const lowered = designOn({ groupMinSessionTimeoutMs: 1000 }, [
      sink('a', { sessionTimeoutMs: 2000, heartbeatIntervalMs: 500 }),
    ]);
    expect(parseDocument(lowered).ok).toBe(true);
    const raised = designOn({ groupMinSessionTimeoutMs: 50_000 }, [sink('a')]);
    expect(errorsOf(parseDocument(raised))).toEqual([
      `nodes[0].config.sessionTimeoutMs: 45000 ms is below the cluster's groupMinSessionTimeoutMs (group.min.session.timeout.ms, 50000 ms): ${invalidSession}`,
    ]);
  });

  it('commitMode "auto" with enableAutoCommit false is refused: that consumer would never commit', () => {
    const doc = design([sink('s', { commitMode: 'auto', enableAutoCommit: false })]);
    expect(errorsOf(parseDocument(doc))).toEqual([
      'nodes[0].config.commitMode: "auto" needs enableAutoCommit true (enable.auto.commit=false and no commitSync never commits); choose "after-processing" or "before-processing"',
    ]);
  });

  it('a manual commitMode with enableAutoCommit true loads (Kafka allows both; auto-commit then adds nothing)', () => {
    const doc = design([sink('s', { commitMode: 'before-processing', enableAutoCommit: true })]);
    expect(nodeOf(parseDocument(doc), 's', 'sink').config.commitMode).toBe('before-processing');
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
      'nodes[12].config.subscriptionPattern: is not a pattern Kafka can match: Unclosed group near index 5',
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

// ConsumerConfig's checks of group.protocol (KIP-848): what the group coordinator owns under "consumer".
describe('group.protocol and the settings it rules out', () => {
  it('groupRemoteAssignor under the classic protocol is refused', () => {
    const doc = exampleCopy();
    configOf(doc, 'analytics').groupRemoteAssignor = 'range';
    expect(errorsOf(parseDocument(doc))).toEqual([
      'nodes[10].config.groupRemoteAssignor: is for groupProtocol "consumer" only (Kafka: "group.remote.assignor cannot be set when group.protocol=CLASSIC")',
    ]);
  });

  it('a client-side assignor, session timeout or heartbeat interval under "consumer" is refused', () => {
    const doc = exampleCopy();
    Object.assign(configOf(doc, 'analytics'), {
      groupProtocol: 'consumer',
      assignor: 'cooperative-sticky',
      sessionTimeoutMs: 10_000,
      heartbeatIntervalMs: 1000,
    });
    expect(errorsOf(parseDocument(doc))).toEqual([
      'nodes[10].config.assignor: must stay "range" with groupProtocol "consumer": the group coordinator assigns, with groupRemoteAssignor (Kafka: "partition.assignment.strategy cannot be set when group.protocol=CONSUMER")',
      'nodes[10].config.sessionTimeoutMs: must stay 45000 with groupProtocol "consumer": the coordinator\'s group.consumer.session.timeout.ms (45000) applies (Kafka: "session.timeout.ms cannot be set when group.protocol=CONSUMER")',
      'nodes[10].config.heartbeatIntervalMs: must stay 3000 with groupProtocol "consumer": the coordinator\'s group.consumer.heartbeat.interval.ms (5000) applies (Kafka: "heartbeat.interval.ms cannot be set when group.protocol=CONSUMER")',
    ]);
  });

  it('"consumer" with its own settings, and a processor with the range remote assignor, are accepted', () => {
    const doc = exampleCopy();
    // Analytics runs cooperative-sticky: under "consumer" it goes back to the default.
    Object.assign(configOf(doc, 'analytics'), { groupProtocol: 'consumer', assignor: 'range' });
    expect(parseDocument(doc).ok).toBe(true);
    const p = design([processor('p', { groupProtocol: 'consumer', groupRemoteAssignor: 'range' })]);
    expect(parseDocument(p).ok).toBe(true);
  });
});
