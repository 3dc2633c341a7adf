import { describe, expect, it } from 'vitest';
import { articlePipeline, shellWords, tunedPipeline } from './exportDesigns.testing';
import { topicCommandLines, topicsScript } from './topicCommands';
import { shellQuote } from './shellQuote';

interface ParsedCreate {
  bootstrap: string;
  topic: string;
  partitions: number;
  replicationFactor: number;
  configs: Record<string, string>;
}

/** Reads a `kafka-topics.sh --create` line back as TopicCommand's option parser would. */
function parseCreate(line: string): ParsedCreate {
  const words = shellWords(line);
  expect(words[0]).toBe('kafka-topics.sh');
  const parsed: Partial<ParsedCreate> = { configs: {} };
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!;
    if (w === '--create' || w === '--if-not-exists') continue;
    if (w.startsWith('--topic=')) parsed.topic = w.slice('--topic='.length);
    else if (w === '--topic') parsed.topic = words[++i];
    else if (w === '--bootstrap-server') parsed.bootstrap = words[++i];
    else if (w === '--partitions') parsed.partitions = Number(words[++i]);
    else if (w === '--replication-factor') parsed.replicationFactor = Number(words[++i]);
    else if (w === '--config') {
      const [k, ...v] = words[++i]!.split('=');
      expect(parsed.configs![k!], `--config ${k} given twice`).toBeUndefined();
      parsed.configs![k!] = v.join('=');
    } else throw new Error(`unexpected word ${w}`);
  }
  expect(words).toContain('--create');
  return parsed as ParsedCreate;
}

describe('kafka-topics.sh commands', () => {
  it('name exactly the article pipeline topics, partitions, replication factors and non-default configs', () => {
    const parsed = topicCommandLines(articlePipeline()).map(parseCreate);
    expect(parsed).toEqual([
      {
        bootstrap: 'localhost:9092,localhost:9093,localhost:9094',
        topic: 'user-events',
        partitions: 6,
        replicationFactor: 3,
        configs: { 'min.insync.replicas': '2' },
      },
      {
        bootstrap: 'localhost:9092,localhost:9093,localhost:9094',
        topic: 'payments',
        partitions: 3,
        replicationFactor: 3,
        configs: { 'min.insync.replicas': '2' },
      },
      {
        bootstrap: 'localhost:9092,localhost:9093,localhost:9094',
        topic: 'telemetry',
        partitions: 6,
        replicationFactor: 3,
        configs: { 'min.insync.replicas': '2', 'retention.ms': '3600000', 'segment.ms': '600000' },
      },
      {
        bootstrap: 'localhost:9092,localhost:9093,localhost:9094',
        topic: 'customers',
        partitions: 3,
        replicationFactor: 3,
        configs: { 'min.insync.replicas': '2' },
      },
    ]);
  });

  it('write every non-default topic config in Kafka own dotted names, and none that is at its default', () => {
    const parsed = topicCommandLines(tunedPipeline(), { bootstrapServer: 'b:1' }).map(parseCreate);
    expect(parsed.map((p) => [p.topic, p.partitions, p.replicationFactor])).toEqual([
      ['orders.v1', 12, 3],
      ['-state', 1, 1],
      ['plain', 3, 1],
    ]);
    expect(parsed[0]!.configs).toEqual({
      'max.message.bytes': '2097152',
      'min.insync.replicas': '2',
      'retention.bytes': '1073741824',
      'retention.ms': '86400000',
      'segment.bytes': '104857600',
      'segment.ms': '3600000',
      'unclean.leader.election.enable': 'true',
    });
    expect(parsed[1]!.configs).toEqual({
      'cleanup.policy': 'compact',
      'delete.retention.ms': '1000',
      'min.cleanable.dirty.ratio': '0.1',
      'min.compaction.lag.ms': '500',
    });
    expect(parsed[2]!.configs).toEqual({});
  });

  it("set compression.type on a topic only when it is not `producer` (Kafka's default)", () => {
    const doc = articlePipeline();
    const topics = doc.nodes.filter((n) => n.kind === 'topic');
    if (topics[0]!.kind === 'topic') topics[0]!.config.compressionType = 'zstd';
    if (topics[1]!.kind === 'topic') topics[1]!.config.compressionType = 'uncompressed';
    const parsed = topicCommandLines(doc).map(parseCreate);
    expect(parsed.map((p) => p.configs['compression.type'])).toEqual([
      'zstd',
      'uncompressed',
      undefined,
      undefined,
    ]);
    expect(parsed[0]!.configs).toEqual({ 'compression.type': 'zstd', 'min.insync.replicas': '2' });
  });

  it('keep a topic name that starts with "-" a value, not an option', () => {
    const line = topicCommandLines(tunedPipeline())[1]!;
    expect(line).toContain('--topic=-state');
  });

  it('quote for a shell what is not one plain word', () => {
    expect(shellQuote('orders.v1')).toBe('orders.v1');
    expect(shellQuote("it's $HOME; rm -rf")).toBe("'it'\\''s $HOME; rm -rf'");
    expect(shellWords(`x ${shellQuote("it's $HOME; rm -rf")}`)).toEqual(['x', "it's $HOME; rm -rf"]);
    const [line] = topicCommandLines(articlePipeline(), { bootstrapServer: 'host one:9092' });
    expect(parseCreate(line!).bootstrap).toBe('host one:9092');
  });

  it('make a script of them whose comment cannot be broken by the design name', () => {
    const script = topicsScript(tunedPipeline());
    const lines = script.split('\n');
    expect(lines[0]).toBe('#!/bin/sh');
    expect(lines[1]).toBe(
      '# Topics of the design "Tuned "orders"\\u000aline two", exported by Franz for Kafka 4.x.',
    );
    expect(lines.filter((l) => !l.startsWith('#') && l !== '' && l !== 'set -e')).toEqual(
      topicCommandLines(tunedPipeline()),
    );
  });
});
