// Settings Kafka itself refuses are refused here, in Kafka's words.
import { describe, expect, it } from 'vitest';
import { parseDocument } from './validate';
import { configOf, design, errorsOf, exampleCopy, indexOf, nodeOf, topic } from './validate.testing';

describe("topic names, as Kafka's Topic.validate and the controller judge them", () => {
  it.each([
    ['.', "Topic name is invalid: '.' is not allowed"],
    ['..', "Topic name is invalid: '..' is not allowed"],
    ['', 'Topic name is invalid: the empty string is not allowed'],
  ])('%j is refused (Topic.detectInvalidTopic)', (name, message) => {
    expect(errorsOf(parseDocument(design([topic('t', {}, name)])))).toEqual([`nodes[0].name: ${message}`]);
  });

  it('249 characters is a legal name (Topic.MAX_NAME_LENGTH); 250 is refused with the name cut to 40', () => {
    const legal = 'a'.repeat(249);
    expect(nodeOf(parseDocument(design([topic('t', {}, legal)])), 't', 'topic').name).toBe(legal);
    expect(errorsOf(parseDocument(design([topic('t', {}, 'a'.repeat(250))])))).toEqual([
      `nodes[0].name: Topic name is invalid: the length of '${'a'.repeat(39)}…' is longer than the max allowed length 249`,
    ]);
  });

  it('"a.b" beside "a_b" collides (ReplicationControlManager.validateNewTopicNames), whichever comes first', () => {
    expect(errorsOf(parseDocument(design([topic('x', {}, 'a_b'), topic('y', {}, 'a.b')])))).toEqual([
      "nodes[1].name: Topic 'a.b' collides with existing topic: a_b (nodes[0]): topic names that differ only by '.' and '_' collide in Kafka's metric names",
    ]);
    expect(errorsOf(parseDocument(design([topic('x', {}, 'a.b.c'), topic('y', {}, 'a_b.c')])))).toEqual([
      "nodes[1].name: Topic 'a_b.c' collides with existing topic: a.b.c (nodes[0]): topic names that differ only by '.' and '_' collide in Kafka's metric names",
    ]);
    // "ab" and "a-b" do not collide: only '.' and '_' are unified.
    expect(
      parseDocument(design([topic('x', {}, 'a-b'), topic('y', {}, 'a_b'), topic('z', {}, 'ab')])).ok,
    ).toBe(true);
  });

  it.each(['__consumer_offsets', '__transaction_state', '__share_group_state'])(
    '%s is an internal topic (Topic.isInternal): producers are refused on it',
    (name) => {
      expect(errorsOf(parseDocument(design([topic('t', {}, name)])))).toEqual([
        `nodes[0].name: ${name} is one of Kafka's internal topics (Topic.isInternal): the cluster keeps it for itself and refuses producers on it ("Cannot append to internal topic ${name}")`,
      ]);
    },
  );

  it('__cluster_metadata cannot be created (ControllerApis); other "__" names are legal in Kafka', () => {
    expect(errorsOf(parseDocument(design([topic('t', {}, '__cluster_metadata')])))).toEqual([
      'nodes[0].name: Creation of internal topic __cluster_metadata is prohibited.',
    ]);
    expect(parseDocument(design([topic('t', {}, '__my_changelog')])).ok).toBe(true);
  });
});

describe("INT configs hold at most Integer.MAX_VALUE (2147483647), as Kafka's ConfigDef parses them", () => {
  // ProducerConfig, ConsumerConfig, LogConfig, KRaftConfigs and GroupCoordinatorConfig define these as Type.INT.
  it.each([
    ['web', 'retries', 'retries'],
    ['web', 'deliveryTimeoutMs', 'delivery.timeout.ms'],
    ['web', 'requestTimeoutMs', 'request.timeout.ms'],
    ['web', 'maxRequestSize', 'max.request.size'],
    ['database', 'sessionTimeoutMs', 'session.timeout.ms'],
    ['database', 'heartbeatIntervalMs', 'heartbeat.interval.ms'],
    ['database', 'maxPollRecords', 'max.poll.records'],
    ['database', 'maxPollIntervalMs', 'max.poll.interval.ms'],
    ['database', 'autoCommitIntervalMs', 'auto.commit.interval.ms'],
    ['t-payments', 'segmentBytes', 'segment.bytes'],
    ['t-payments', 'maxMessageBytes', 'max.message.bytes'],
  ])('%s %s = 2147483648 is refused', (id, key, kafkaKey) => {
    const doc = exampleCopy();
    configOf(doc, id)[key] = 2_147_483_648;
    expect(errorsOf(parseDocument(doc))).toContain(
      `nodes[${indexOf(doc, id)}].config.${key}: Invalid value 2147483648 for configuration ${kafkaKey}: Not a number of type INT`,
    );
  });

  it('the cluster INT settings too', () => {
    const doc = exampleCopy();
    doc.cluster = { brokerSessionTimeoutMs: 2 ** 40, groupInitialRebalanceDelayMs: 2 ** 31 };
    expect(errorsOf(parseDocument(doc))).toEqual([
      'cluster.brokerSessionTimeoutMs: Invalid value 1099511627776 for configuration broker.session.timeout.ms: Not a number of type INT',
      'cluster.groupInitialRebalanceDelayMs: Invalid value 2147483648 for configuration group.initial.rebalance.delay.ms: Not a number of type INT',
    ]);
  });

  it('2147483647 itself is accepted (retries defaults to it), and LONG configs take more', () => {
    const doc = exampleCopy();
    configOf(doc, 'web').retries = 2_147_483_647;
    // retention.ms is a LONG (LogConfig): 2^40 ms is fine.
    configOf(doc, 't-payments').retentionMs = 2 ** 40;
    const result = parseDocument(doc);
    expect(nodeOf(result, 'web', 'source').config.retries).toBe(2_147_483_647);
    expect(nodeOf(result, 't-payments', 'topic').config.retentionMs).toBe(2 ** 40);
  });
});
