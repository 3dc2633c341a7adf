// `kafka-topics.sh --create` for every topic of a design (Kafka's TopicCommand), with each topic config that differs
// from Kafka's default as `--config name=value` in Kafka's own names.
import { topicConfigSchema, type PipelineDocument, type TopicConfig } from '../model/schema';
import { configText, configValue, TOPIC_CONFIG_NAMES } from './kafkaConfigNames';
import { hostBootstrapServers } from './listeners';
import { commentText, shellQuote } from './shellQuote';

export interface TopicCommandOptions {
  /** `--bootstrap-server`; default: the brokers' published ports (the Compose file's). */
  bootstrapServer?: string;
  /** The script's path; default `kafka-topics.sh` (on the PATH, as in Kafka's bin/). */
  command?: string;
}

/** Kafka's default of each topic config: what the schema fills in when a design sets nothing. */
const DEFAULTS: TopicConfig = topicConfigSchema.parse({});

/** `[name, value]` of each topic config the design sets to other than Kafka's default, in Kafka's names. */
export function nonDefaultTopicConfigs(config: TopicConfig): [string, string][] {
  const out: [string, string][] = [];
  for (const [key, kafkaName] of Object.entries(TOPIC_CONFIG_NAMES)) {
    const value = configText(configValue(config, key));
    if (value !== null && value !== configText(configValue(DEFAULTS, key))) out.push([kafkaName, value]);
  }
  return out;
}

/** The topics of the design, in its order, each as one `kafka-topics.sh --create` command line. */
export function topicCommandLines(doc: PipelineDocument, options: TopicCommandOptions = {}): string[] {
  const server = shellQuote(options.bootstrapServer ?? hostBootstrapServers(doc));
  const command = options.command ?? 'kafka-topics.sh';
  const lines: string[] = [];
  for (const node of doc.nodes) {
    if (node.kind !== 'topic') continue;
    const c = node.config;
    // A name starting with "-" (legal in Kafka) would read as an option: `--topic=<name>` keeps it a value.
    const topic = node.name.startsWith('-')
      ? `--topic=${shellQuote(node.name)}`
      : `--topic ${shellQuote(node.name)}`;
    const configs = nonDefaultTopicConfigs(c).map(([k, v]) => ` --config ${shellQuote(`${k}=${v}`)}`);
    lines.push(
      `${command} --bootstrap-server ${server} --create --if-not-exists ${topic}` +
        ` --partitions ${c.partitions} --replication-factor ${c.replicationFactor}${configs.join('')}`,
    );
  }
  return lines;
}

/** A shell script creating the design's topics (`topics.sh`); `--if-not-exists` lets it run again. */
export function topicsScript(doc: PipelineDocument, options: TopicCommandOptions = {}): string {
  return [
    '#!/bin/sh',
    `# Topics of the design "${commentText(doc.name)}", exported by Franz for Kafka 4.x.`,
    "# Every topic config that differs from Kafka's default is set with --config; the rest stay at the defaults.",
    'set -e',
    ...topicCommandLines(doc, options),
    '',
  ].join('\n');
}
