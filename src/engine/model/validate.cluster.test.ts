// Reading a design document: brokers, replication, producer settings Kafka refuses together, and the
// fault schedule's targets.
import { describe, expect, it } from 'vitest';
import { parseDocument } from './validate';
import {
  brokers,
  design,
  designOn,
  errorsOf,
  nodeOf,
  processor,
  sink,
  source,
  topic,
} from './validate.testing';

describe('brokers', () => {
  it('a design without a cluster runs on three brokers, ids 1, 2 and 3', () => {
    const result = parseDocument(design([]));
    if (!result.ok) throw new Error(result.errors.join('; '));
    expect(result.doc.cluster.brokers.map((b) => b.id)).toEqual([1, 2, 3]);
  });

  it('two brokers with the same id: the second is named', () => {
    const doc = designOn({ brokers: brokers(2, 2) }, []);
    expect(errorsOf(parseDocument(doc))).toEqual(['cluster.brokers[1].id: broker id 2 is used twice']);
  });

  it('any distinct ids are fine, in any order (0, 1000, 7)', () => {
    expect(parseDocument(designOn({ brokers: brokers(0, 1000, 7) }, [])).ok).toBe(true);
  });

  it('a cluster needs at least one broker', () => {
    expect(errorsOf(parseDocument(designOn({ brokers: [] }, [])))).toEqual([
      'cluster.brokers: must have at least one broker',
    ]);
  });

  it('a broker with no network bandwidth is refused', () => {
    const doc = designOn({ brokers: [{ id: 1, networkInMBps: 0 }] }, []);
    expect(errorsOf(parseDocument(doc))).toEqual(['cluster.brokers[0].networkInMBps: must be > 0']);
  });
});

describe('replication factor and min.insync.replicas', () => {
  it("a replication factor above the broker count is Kafka's InvalidReplicationFactorException", () => {
    const doc = designOn({ brokers: brokers(1) }, [topic('orders', { replicationFactor: 3 })]);
    expect(errorsOf(parseDocument(doc))).toEqual([
      'nodes[0].config.replicationFactor: Replication factor: 3 larger than available brokers: 1.',
    ]);
  });

  it('a replication factor of 4 on the default three brokers is refused', () => {
    const doc = design([topic('orders', { replicationFactor: 4 })]);
    expect(errorsOf(parseDocument(doc))).toEqual([
      'nodes[0].config.replicationFactor: Replication factor: 4 larger than available brokers: 3.',
    ]);
  });

  it('a replication factor equal to the broker count is fine', () => {
    const result = parseDocument(design([topic('orders', { replicationFactor: 3 })]));
    expect(nodeOf(result, 'orders', 'topic').config.replicationFactor).toBe(3);
  });

  it('min.insync.replicas above the replication factor is accepted (Kafka caps it) and kept as written', () => {
    const result = parseDocument(design([topic('orders', { replicationFactor: 2, minInsyncReplicas: 3 })]));
    expect(nodeOf(result, 'orders', 'topic').config).toMatchObject({
      replicationFactor: 2,
      minInsyncReplicas: 3,
    });
  });
});

describe("the producer's ConfigExceptions", () => {
  it('delivery.timeout.ms below linger.ms + request.timeout.ms is refused, with the sum', () => {
    const doc = design([source('web', { lingerMs: 5, requestTimeoutMs: 30_000, deliveryTimeoutMs: 30_000 })]);
    expect(errorsOf(parseDocument(doc))).toEqual([
      'nodes[0].config.deliveryTimeoutMs: should be equal to or larger than lingerMs + requestTimeoutMs (5 + 30000 = 30005 ms)',
    ]);
  });

  it('a request timeout above the default delivery timeout (120 s) is refused the same way', () => {
    const doc = design([processor('enrich', { requestTimeoutMs: 200_000 })]);
    expect(errorsOf(parseDocument(doc))).toEqual([
      'nodes[0].config.deliveryTimeoutMs: should be equal to or larger than lingerMs + requestTimeoutMs (5 + 200000 = 200005 ms)',
    ]);
  });

  it('delivery.timeout.ms exactly linger.ms + request.timeout.ms is fine', () => {
    const doc = design([source('web', { lingerMs: 5, requestTimeoutMs: 30_000, deliveryTimeoutMs: 30_005 })]);
    expect(nodeOf(parseDocument(doc), 'web', 'source').config.deliveryTimeoutMs).toBe(30_005);
  });

  it('the idempotent producer (acks all) allows at most 5 in-flight requests per connection', () => {
    const doc = design([source('web', { maxInFlightRequestsPerConnection: 6 })]);
    expect(errorsOf(parseDocument(doc))).toEqual([
      'nodes[0].config.maxInFlightRequestsPerConnection: must be at most 5 when using the idempotent producer (enableIdempotence with acks all)',
    ]);
    const five = design([source('web', { maxInFlightRequestsPerConnection: 5 })]);
    expect(parseDocument(five).ok).toBe(true);
  });

  it('a processor is checked the same way', () => {
    const doc = design([processor('enrich', { maxInFlightRequestsPerConnection: 10 })]);
    expect(errorsOf(parseDocument(doc))[0]).toMatch(
      /^nodes\[0\]\.config\.maxInFlightRequestsPerConnection: /,
    );
  });

  it('more in flight is fine without idempotence, or with acks 1 or 0 (idempotence is then off)', () => {
    for (const config of [
      { enableIdempotence: false, maxInFlightRequestsPerConnection: 10 },
      { acks: '1', maxInFlightRequestsPerConnection: 10 },
      { acks: '0', maxInFlightRequestsPerConnection: 10 },
    ])
      expect(parseDocument(design([source('web', config)])).ok).toBe(true);
  });

  it('acks 0 or 1 with enable.idempotence left on is not refused', () => {
    const result = parseDocument(design([source('web', { acks: '0', enableIdempotence: true })]));
    expect(nodeOf(result, 'web', 'source').config).toMatchObject({ acks: '0', enableIdempotence: true });
  });
});

describe('the fault schedule', () => {
  const pipeline = [source('web'), topic('orders'), processor('enrich'), sink('billing')];

  it('every kind of fault aimed at the right target parses, in the order written', () => {
    const faults = [
      { atMs: 10_000, type: 'broker-kill', broker: 2 },
      { atMs: 20_000, type: 'broker-restart', broker: 2 },
      { atMs: 0, type: 'broker-shutdown', broker: 1 },
      { atMs: 1000, type: 'broker-throttle', broker: 3, networkMBps: 10 },
      { atMs: 2000, type: 'broker-throttle', broker: 3, networkMBps: null },
      { atMs: 3000, type: 'consumer-kill', node: 'billing' },
      { atMs: 3000, type: 'consumer-start', node: 'enrich' },
      { atMs: 4000, type: 'consumer-slow', node: 'billing', processingRate: 5 },
      { atMs: 5000, type: 'processor-kill', node: 'enrich' },
      { atMs: 6000, type: 'processor-restart', node: 'enrich' },
      { atMs: 7000, type: 'source-pause', node: 'web' },
      { atMs: 8000, type: 'source-resume', node: 'web' },
    ];
    const result = parseDocument(designOn({}, pipeline, faults));
    if (!result.ok) throw new Error(result.errors.join('; '));
    expect(result.doc.faults).toEqual(faults);
  });

  it('a broker fault must name a broker of the cluster', () => {
    const faults = [
      { atMs: 0, type: 'broker-kill', broker: 1 },
      { atMs: 0, type: 'broker-kill', broker: 2 },
      { atMs: 5000, type: 'broker-throttle', broker: 7, networkMBps: 1 },
    ];
    expect(errorsOf(parseDocument(designOn({ brokers: brokers(1, 2) }, [], faults)))).toEqual([
      'faults[2].broker: no broker with id 7',
    ]);
  });

  it('a node fault must name a node of the design', () => {
    const faults = [{ atMs: 0, type: 'source-pause', node: 'ghost' }];
    expect(errorsOf(parseDocument(designOn({}, pipeline, faults)))).toEqual([
      'faults[0].node: no node has id "ghost"',
    ]);
  });

  it.each([
    ['consumer-kill', 'orders', '"orders" is a topic, not a sink or processor'],
    ['consumer-start', 'web', '"web" is a source, not a sink or processor'],
    ['processor-kill', 'billing', '"billing" is a sink, not a processor'],
    ['processor-restart', 'orders', '"orders" is a topic, not a processor'],
    ['source-pause', 'enrich', '"enrich" is a processor, not a source'],
    ['source-resume', 'billing', '"billing" is a sink, not a source'],
  ])('%s aimed at "%s" is refused: %s', (type, node, reason) => {
    const faults = [{ atMs: 0, type, node }];
    expect(errorsOf(parseDocument(designOn({}, pipeline, faults)))).toEqual([`faults[0].node: ${reason}`]);
  });

  it('a slowed consumer needs a rate (or null to restore the design rate) and a throttle a bandwidth', () => {
    const faults = [
      { atMs: 0, type: 'consumer-slow', node: 'billing' },
      { atMs: 0, type: 'broker-throttle', broker: 1 },
    ];
    expect(errorsOf(parseDocument(designOn({}, pipeline, faults)))).toEqual([
      'faults[0].processingRate: is required (number)',
      'faults[1].networkMBps: is required (number)',
    ]);
  });

  it('a fault at a negative time is refused', () => {
    const faults = [{ atMs: -1000, type: 'broker-kill', broker: 1 }];
    expect(errorsOf(parseDocument(designOn({}, [], faults)))).toEqual(['faults[0].atMs: must be >= 0']);
  });
});

describe('the controller', () => {
  it('unclean.leader.election.interval.ms defaults to 5 minutes and must be at least 1 ms (ReplicationConfigs: atLeast(1))', () => {
    const result = parseDocument(design([]));
    if (!result.ok) throw new Error(result.errors.join('; '));
    expect(result.doc.cluster.uncleanLeaderElectionIntervalMs).toBe(300_000);
    expect(errorsOf(parseDocument(designOn({ uncleanLeaderElectionIntervalMs: 0 }, [])))).toEqual([
      'cluster.uncleanLeaderElectionIntervalMs: must be >= 1',
    ]);
  });
});
