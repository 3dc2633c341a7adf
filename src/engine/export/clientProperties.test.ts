import { describe, expect, it } from 'vitest';
import { clientPropertiesText, clientPropertyBlocks } from './clientProperties';
import { articlePipeline, parsed, tunedPipeline } from './exportDesigns.testing';
import { loadProperties } from './javaProperties.testing';
import { propertyLine } from './javaProperties';

const BOOTSTRAP = 'localhost:9092,localhost:9093,localhost:9094';
const SERIALIZERS = {
  'key.serializer': 'org.apache.kafka.common.serialization.StringSerializer',
  'value.serializer': 'org.apache.kafka.common.serialization.ByteArraySerializer',
};
const DESERIALIZERS = {
  'key.deserializer': 'org.apache.kafka.common.serialization.StringDeserializer',
  'value.deserializer': 'org.apache.kafka.common.serialization.ByteArrayDeserializer',
};
/** ProducerConfig's defaults (Kafka 4.x), as a design that sets nothing runs. */
const PRODUCER_DEFAULTS = {
  acks: 'all',
  'enable.idempotence': 'true',
  'batch.size': '16384',
  'linger.ms': '5',
  'compression.type': 'none',
  'max.in.flight.requests.per.connection': '5',
  retries: '2147483647',
  'retry.backoff.ms': '100',
  'retry.backoff.max.ms': '1000',
  'request.timeout.ms': '30000',
  'delivery.timeout.ms': '120000',
  'buffer.memory': '33554432',
  'max.block.ms': '60000',
  'max.request.size': '1048576',
  'metadata.max.age.ms': '300000',
  'partitioner.adaptive.partitioning.enable': 'true',
  'partitioner.availability.timeout.ms': '0',
  'partitioner.ignore.keys': 'false',
};
const CONSUMER_DEFAULTS = {
  'enable.auto.commit': 'true',
  'auto.commit.interval.ms': '5000',
  'auto.offset.reset': 'latest',
  'max.poll.records': '500',
  'session.timeout.ms': '45000',
  'heartbeat.interval.ms': '3000',
  'max.poll.interval.ms': '300000',
  'metadata.max.age.ms': '300000',
};
const ASSIGNOR = (name: string) => `org.apache.kafka.clients.consumer.${name}`;

/** Each block read back as Properties.load reads it: its header comment and its settings, no key twice. */
function readBack(text: string) {
  return text
    .trimEnd()
    .split('\n\n')
    .map((block) => {
      const loaded = loadProperties(block);
      const keys = loaded.entries.map(([k]) => k);
      expect(new Set(keys).size, `a key written twice in ${block}`).toBe(keys.length);
      return {
        header: loaded.comments[0],
        comments: loaded.comments.slice(1),
        settings: Object.fromEntries(loaded.entries),
      };
    });
}

describe('client .properties', () => {
  it('give the article pipeline one block per source and sink that reads back to exactly its settings', () => {
    const blocks = readBack(clientPropertiesText(articlePipeline()));
    expect(blocks.map((b) => b.header)).toEqual([
      'source Web app',
      'source Mobile app',
      'source Payments',
      'source IoT sensors',
      'source CRM',
      'sink Database',
      'sink Analytics',
      'sink Email',
      'sink Search',
    ]);
    for (const b of blocks.slice(0, 5))
      expect(b.settings).toEqual({ 'bootstrap.servers': BOOTSTRAP, ...SERIALIZERS, ...PRODUCER_DEFAULTS });
    const consumer = (groupId: string, assignor: string) => ({
      'bootstrap.servers': BOOTSTRAP,
      ...DESERIALIZERS,
      'group.id': groupId,
      'partition.assignment.strategy': ASSIGNOR(assignor),
      ...CONSUMER_DEFAULTS,
      'auto.offset.reset': 'earliest',
    });
    expect(blocks.slice(5).map((b) => b.settings)).toEqual([
      consumer('database', 'RangeAssignor'),
      consumer('analytics', 'CooperativeStickyAssignor'),
      consumer('email', 'RangeAssignor'),
      consumer('search', 'RoundRobinAssignor'),
    ]);
    expect(blocks[5]!.comments).toEqual([
      'subscribes to: user-events, payments, customers',
      "run 3 instances with these properties: the group's members",
    ]);
  });

  it('write non-default settings in Kafka names, escaped so that they read back exactly', () => {
    const blocks = readBack(clientPropertiesText(tunedPipeline()));
    expect(blocks.map((b) => b.header)).toEqual([
      'source Shop #1 = ü',
      'processor Enrich (consumer)',
      'processor Enrich (producer)',
      'sink Billing',
    ]);
    expect(blocks[0]!.settings).toEqual({
      'bootstrap.servers': BOOTSTRAP,
      ...SERIALIZERS,
      ...PRODUCER_DEFAULTS,
      acks: '1',
      'enable.idempotence': 'false',
      'batch.size': '65536',
      'linger.ms': '20',
      'max.in.flight.requests.per.connection': '1',
      retries: '3',
      'delivery.timeout.ms': '60000',
      'buffer.memory': '67108864',
      'partitioner.class': 'org.apache.kafka.clients.producer.RoundRobinPartitioner',
    });
    expect(blocks[1]!.settings).toEqual({
      'bootstrap.servers': BOOTSTRAP,
      ...DESERIALIZERS,
      'group.id': 'enricher',
      'partition.assignment.strategy': ASSIGNOR('StickyAssignor'),
      ...CONSUMER_DEFAULTS,
    });
    expect(blocks[2]!.settings).toEqual({
      'bootstrap.servers': BOOTSTRAP,
      ...SERIALIZERS,
      ...PRODUCER_DEFAULTS,
      acks: '0',
      'enable.idempotence': 'false',
      'linger.ms': '0',
    });
    expect(blocks[2]!.comments).toEqual(['writes to: -state']);
    expect(blocks[3]!.settings).toEqual({
      'bootstrap.servers': BOOTSTRAP,
      ...DESERIALIZERS,
      'group.id': ' billing: team=#1 ü\\',
      'partition.assignment.strategy': ASSIGNOR('CooperativeStickyAssignor'),
      'enable.auto.commit': 'false',
      'auto.commit.interval.ms': '1000',
      'auto.offset.reset': 'earliest',
      'max.poll.records': '100',
      'session.timeout.ms': '10000',
      'heartbeat.interval.ms': '2000',
      'max.poll.interval.ms': '60000',
      'metadata.max.age.ms': '300000',
    });
    expect(blocks[3]!.comments).toContain(
      'commits with commitSync() after processing each poll (at least once)',
    );
  });

  it("write each producer's compression.type (none when the design sets nothing), and no client link", () => {
    const doc = articlePipeline();
    const sources = doc.nodes.filter((n) => n.kind === 'source');
    if (sources[0]!.kind === 'source') {
      sources[0]!.config.compressionType = 'zstd';
      sources[0]!.config.networkMBps = 125;
    }
    const blocks = readBack(clientPropertiesText(doc));
    expect(blocks[0]!.settings['compression.type']).toBe('zstd');
    expect(blocks[1]!.settings['compression.type']).toBe('none');
    // networkMBps is the machine's link, not a Kafka setting.
    for (const b of blocks) expect(Object.keys(b.settings).some((k) => /network/i.test(k))).toBe(false);
  });

  it('escape by java.util.Properties rules: keys end where they should, values keep leading spaces and backslashes', () => {
    expect(propertyLine('group.id', ' a=b:c#d\\')).toBe('group.id=\\ a=b:c#d\\\\');
    expect(propertyLine('a key=1', 'ü\n')).toBe('a\\ key\\=1=\\u00FC\\n');
    for (const [k, v] of [
      ['k', '  two'],
      ['#not a comment', '!x'],
      ['tab\tkey', 'line\r\nbreak\f'],
      ['x', 'ends with \\'],
    ] as const)
      expect(loadProperties(propertyLine(k, v)).entries).toEqual([[k, v]]);
  });

  it('keep a name with a line break on its header line, and give every client its own file name', () => {
    const doc = tunedPipeline();
    doc.nodes[0]!.name = 'Shop\nacks=0';
    doc.nodes.push({ ...doc.nodes.find((n) => n.id === 'billing')!, id: 'billing2' });
    const blocks = clientPropertyBlocks(doc);
    expect(blocks[0]!.text.split('\n')[0]).toBe('# source Shop\\u000aacks=0');
    expect(loadProperties(blocks[0]!.text).entries.filter(([k]) => k === 'acks')).toEqual([['acks', '1']]);
    expect(blocks.map((b) => b.fileStem)).toEqual([
      'source-Shop-acks-0',
      'processor-Enrich-consumer',
      'processor-Enrich-producer',
      'sink-Billing',
      'sink-Billing-2',
    ]);
  });
});

describe('client .properties: rack and fetch settings', () => {
  it('write client.rack when set, and a fetch setting only when it is not Kafka’s default', () => {
    const doc = parsed({
      format: 'franz.pipeline',
      version: 1,
      nodes: [
        { id: 't', kind: 'topic', name: 't', config: {} },
        { id: 'app', kind: 'source', name: 'App', config: { rack: 'zone-a' } },
        {
          id: 'db',
          kind: 'sink',
          name: 'Db',
          config: { rack: 'zone-b', fetchMinBytes: 10_000, maxPartitionFetchBytes: 1_048_576 },
        },
      ],
      edges: [
        { from: 'app', to: 't' },
        { from: 't', to: 'db' },
      ],
    });
    const [producer, consumer] = readBack(clientPropertiesText(doc));
    expect(producer!.settings['client.rack']).toBe('zone-a');
    expect(consumer!.settings['client.rack']).toBe('zone-b');
    expect(consumer!.settings['fetch.min.bytes']).toBe('10000');
    // Defaults are left to Kafka: max.partition.fetch.bytes is set to its default, the others not at all.
    for (const name of ['fetch.max.wait.ms', 'max.partition.fetch.bytes', 'fetch.max.bytes'])
      expect(consumer!.settings[name]).toBeUndefined();
  });
});

// KIP-848: a consumer-protocol group's client sets group.protocol, and none of what Kafka then refuses.
describe('a consumer of a group.protocol=consumer group', () => {
  it('writes group.protocol and group.remote.assignor, and no assignor, session timeout or heartbeat interval', () => {
    const doc = articlePipeline();
    const sink = doc.nodes.find((n) => n.id === 'database')!;
    if (sink.kind === 'sink')
      Object.assign(sink.config, { groupProtocol: 'consumer', groupRemoteAssignor: 'range' });
    const block = readBack(clientPropertiesText(doc)).find((b) => b.settings['group.id'] === 'database')!;
    expect(block.settings['group.protocol']).toBe('consumer');
    expect(block.settings['group.remote.assignor']).toBe('range');
    for (const refused of ['partition.assignment.strategy', 'session.timeout.ms', 'heartbeat.interval.ms'])
      expect(block.settings[refused]).toBeUndefined();
  });
});
