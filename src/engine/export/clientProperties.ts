// Producer and consumer `.properties` for every client of a design (ProducerConfig, ConsumerConfig): sources are
// producers, sinks consumer groups, processors both. Every Kafka setting the design holds is written, defaults too,
// so the file says the whole of what was simulated; what the design says of the application around the client
// (the topics it uses, how many members, how it commits) is written as comments.
import { commitModeOf } from '../model/commitMode';
import type {
  PipelineDocument,
  PipelineNode,
  ProcessorConfig,
  SinkConfig,
  SourceConfig,
} from '../model/schema';
import { groupIdOf } from '../model/validate';
import { fileStem, uniqueStems } from './fileStem';
import { commentLine, propertyLine } from './javaProperties';
import {
  ASSIGNOR_CLASSES,
  CONSUMER_CONFIG_NAMES,
  PRODUCER_CONFIG_NAMES,
  ROUND_ROBIN_PARTITIONER,
  configText,
  configValue,
} from './kafkaConfigNames';
import { hostBootstrapServers } from './listeners';

export type ClientKind = 'source' | 'sink' | 'processor';
export type ClientRole = 'producer' | 'consumer';

export interface ClientPropertiesBlock {
  kind: ClientKind;
  role: ClientRole;
  nodeId: string;
  name: string;
  /** `[Kafka name, value]` in the order written. */
  properties: [string, string][];
  /** A file name without extension, unique among the design's blocks: `source-Shop`, `processor-Enrich-consumer`. */
  fileStem: string;
  /** The block as written: its `# source <name>` line, comments, then the properties. */
  text: string;
}

export interface ClientPropertiesOptions {
  /** bootstrap.servers; default: the brokers' published ports (the Compose file's). */
  bootstrapServers?: string;
}

/** Kafka's defaults where the design has no key (yet): what the client runs with when nothing is set. */
const PRODUCER_FALLBACKS: Readonly<Record<string, unknown>> = { compressionType: 'none' };

/**
 * The consumer's fetch settings are written only when the design changes them from Kafka's defaults (ConsumerConfig):
 * they came after the rest, and a file that does not name them runs with exactly these.
 */
const FETCH_DEFAULTS: Readonly<Record<string, string>> = {
  'fetch.min.bytes': '1',
  'fetch.max.wait.ms': '500',
  'max.partition.fetch.bytes': '1048576',
  'fetch.max.bytes': '52428800',
};

type ProducerSide = SourceConfig | ProcessorConfig;
type ConsumerSide = SinkConfig | ProcessorConfig;

function mapped(config: object, names: Readonly<Record<string, string>>, fallbacks = {}): [string, string][] {
  const out: [string, string][] = [];
  for (const [key, kafkaName] of Object.entries(names)) {
    const value = configText(configValue(config, key) ?? configValue(fallbacks, key));
    if (value !== null) out.push([kafkaName, value]);
  }
  return out;
}

function producerProperties(config: ProducerSide, bootstrap: string): [string, string][] {
  const props: [string, string][] = [
    ['bootstrap.servers', bootstrap],
    ['key.serializer', 'org.apache.kafka.common.serialization.StringSerializer'],
    ['value.serializer', 'org.apache.kafka.common.serialization.ByteArraySerializer'],
    ...mapped(config, PRODUCER_CONFIG_NAMES, PRODUCER_FALLBACKS),
  ];
  if (config.partitioner === 'roundrobin') props.push(['partitioner.class', ROUND_ROBIN_PARTITIONER]);
  return props;
}

function consumerProperties(
  node: { id: string; config: ConsumerSide },
  bootstrap: string,
): [string, string][] {
  return [
    ['bootstrap.servers', bootstrap],
    ['key.deserializer', 'org.apache.kafka.common.serialization.StringDeserializer'],
    ['value.deserializer', 'org.apache.kafka.common.serialization.ByteArrayDeserializer'],
    ['group.id', groupIdOf(node)],
    ...groupProtocolProperties(node.config),
    ...mapped(node.config, CONSUMER_CONFIG_NAMES).filter(
      ([name, value]) => FETCH_DEFAULTS[name] !== value && !coordinatorOwns(node.config, name),
    ),
    // KIP-345: the first instance's id; each instance sets its own (consumerNotes says so).
    ...(node.config.staticMembership
      ? [['group.instance.id', `${groupIdOf(node)}-1`] as [string, string]]
      : []),
  ];
}

/**
 * group.protocol=consumer (KIP-848) with its group.remote.assignor when set; under classic (the default, left
 * unwritten) the client-side partition.assignment.strategy.
 */
function groupProtocolProperties(config: ConsumerSide): [string, string][] {
  if (config.groupProtocol !== 'consumer')
    return [['partition.assignment.strategy', ASSIGNOR_CLASSES[config.assignor]!]];
  const props: [string, string][] = [['group.protocol', 'consumer']];
  if (config.groupRemoteAssignor) props.push(['group.remote.assignor', config.groupRemoteAssignor]);
  return props;
}

/** Under group.protocol=consumer Kafka refuses these client settings: the group coordinator's own apply. */
function coordinatorOwns(config: ConsumerSide, name: string): boolean {
  return (
    config.groupProtocol === 'consumer' && (name === 'session.timeout.ms' || name === 'heartbeat.interval.ms')
  );
}

function producerNotes(config: ProducerSide, writes: string[]): string[] {
  const notes = [`writes to: ${writes.join(', ') || '(no topic)'}`];
  if (config.partitioner === 'fixed')
    notes.push(
      `sends every record to partition ${config.partition} (new ProducerRecord(topic, ${config.partition}, key, value))`,
    );
  return notes;
}

function consumerNotes(node: { id: string; config: ConsumerSide }, reads: string[]): string[] {
  const config = node.config;
  const notes = [
    config.subscriptionPattern === null
      ? `subscribes to: ${reads.join(', ') || '(no topic)'}`
      : `subscribes to the pattern: ${config.subscriptionPattern}`,
    `run ${config.consumers} instance${config.consumers === 1 ? '' : 's'} with these properties: the group's members`,
  ];
  if (config.staticMembership)
    notes.push(
      `static members: give each instance its own group.instance.id, ${groupIdOf(node)}-1 to ${groupIdOf(node)}-${config.consumers}`,
    );
  if (config.deadLetterTopic !== null)
    notes.push(
      `on a RecordDeserializationException, send the record to ${config.deadLetterTopic} and seek past it`,
    );
  const mode = commitModeOf(config);
  if (mode === 'after-processing')
    notes.push('commits with commitSync() after processing each poll (at least once)');
  if (mode === 'before-processing')
    notes.push('commits with commitSync() right after each poll (at most once)');
  return notes;
}

/** The topics each node writes to and reads from, by name, in the edges' order. */
function topicNeighbours(doc: PipelineDocument) {
  const byId = new Map(doc.nodes.map((n) => [n.id, n]));
  const writes = new Map<string, string[]>();
  const reads = new Map<string, string[]>();
  const add = (map: Map<string, string[]>, key: string, topic: string) =>
    map.set(key, [...(map.get(key) ?? []), topic]);
  for (const e of doc.edges) {
    const from = byId.get(e.from);
    const to = byId.get(e.to);
    if (to?.kind === 'topic' && from) add(writes, from.id, to.name);
    if (from?.kind === 'topic' && to) add(reads, to.id, from.name);
  }
  return { writes: (id: string) => writes.get(id) ?? [], reads: (id: string) => reads.get(id) ?? [] };
}

type Draft = Omit<ClientPropertiesBlock, 'fileStem' | 'text'> & { notes: string[] };

function drafts(doc: PipelineDocument, bootstrap: string): Draft[] {
  const topics = topicNeighbours(doc);
  const out: Draft[] = [];
  const base = (node: PipelineNode, kind: ClientKind) => ({ kind, nodeId: node.id, name: node.name });
  for (const node of doc.nodes) {
    if (node.kind === 'source') {
      const notes = producerNotes(node.config, topics.writes(node.id));
      out.push({
        ...base(node, 'source'),
        role: 'producer',
        notes,
        properties: producerProperties(node.config, bootstrap),
      });
    } else if (node.kind === 'sink') {
      const notes = consumerNotes(node, topics.reads(node.id));
      out.push({
        ...base(node, 'sink'),
        role: 'consumer',
        notes,
        properties: consumerProperties(node, bootstrap),
      });
    } else if (node.kind === 'processor') {
      const consumer = consumerNotes(node, topics.reads(node.id));
      const producer = producerNotes(node.config, topics.writes(node.id));
      out.push({
        ...base(node, 'processor'),
        role: 'consumer',
        notes: consumer,
        properties: consumerProperties(node, bootstrap),
      });
      out.push({
        ...base(node, 'processor'),
        role: 'producer',
        notes: producer,
        properties: producerProperties(node.config, bootstrap),
      });
    }
  }
  return out;
}

/** One block per client, in the design's order (a processor's consumer, then its producer). */
export function clientPropertyBlocks(
  doc: PipelineDocument,
  options: ClientPropertiesOptions = {},
): ClientPropertiesBlock[] {
  const list = drafts(doc, options.bootstrapServers ?? hostBootstrapServers(doc));
  const stems = uniqueStems(
    list.map((d) => `${d.kind}-${fileStem(d.name, d.kind)}${d.kind === 'processor' ? `-${d.role}` : ''}`),
  );
  return list.map(({ notes, ...d }, i) => {
    const header = d.kind === 'processor' ? `${d.kind} ${d.name} (${d.role})` : `${d.kind} ${d.name}`;
    const lines = [
      commentLine(header),
      ...notes.map(commentLine),
      ...d.properties.map(([k, v]) => propertyLine(k, v)),
    ];
    return { ...d, fileStem: stems[i]!, text: `${lines.join('\n')}\n` };
  });
}

/** Every client's block, a blank line between them: what `--export properties` prints. */
export function clientPropertiesText(doc: PipelineDocument, options: ClientPropertiesOptions = {}): string {
  return clientPropertyBlocks(doc, options)
    .map((b) => b.text)
    .join('\n');
}
