import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { composeFile, controllerIds, kafkaEnvName, KAFKA_IMAGE, quorumVoters } from './compose';
import { articlePipeline, parsed, shellWords, tunedPipeline } from './exportDesigns.testing';
import type { PipelineDocument } from '../model/schema';
import { topicCommandLines } from './topicCommands';

interface Service {
  image: string;
  environment?: Record<string, string>;
  depends_on?: string[] | Record<string, { condition: string }>;
  ports?: string[];
  command?: string[];
}

/** The file as Compose reads it: YAML, then `$$` in values as a literal `$`. */
function services(doc: PipelineDocument): Record<string, Service> {
  const value: unknown = parse(composeFile(doc), { strict: true, uniqueKeys: true });
  const all = (value as { services: Record<string, Service> }).services;
  for (const s of Object.values(all))
    for (const [k, v] of Object.entries(s.environment ?? {})) s.environment![k] = v.replace(/\$\$/g, '$');
  return all;
}

const roles = (all: Record<string, Service>, role: string) =>
  Object.entries(all).filter(([, s]) => s.environment?.KAFKA_PROCESS_ROLES === role);

describe('Docker Compose file', () => {
  it('is valid YAML with one broker service per broker of the article pipeline, its rack as designed', () => {
    const all = services(articlePipeline());
    const brokers = roles(all, 'broker');
    expect(
      brokers.map(([name, s]) => [name, s.environment!.KAFKA_NODE_ID, s.environment!.KAFKA_BROKER_RACK]),
    ).toEqual([
      ['broker-1', '1', 'zone-a'],
      ['broker-2', '2', 'zone-b'],
      ['broker-3', '3', 'zone-c'],
    ]);
    for (const s of Object.values(all)) expect(s.image).toBe(KAFKA_IMAGE);
    expect(KAFKA_IMAGE).toMatch(/^apache\/kafka:4\.\d+\.\d+$/);
    expect(brokers.map(([, s]) => s.ports)).toEqual([['9092:9092'], ['9093:9092'], ['9094:9092']]);
  });

  it('has a controller quorum whose voters string names every controller, and every node agrees on it', () => {
    for (const doc of [articlePipeline(), tunedPipeline()]) {
      const all = services(doc);
      const controllers = roles(all, 'controller');
      expect(controllers).toHaveLength(3);
      const voters = quorumVoters(doc).split(',');
      expect(voters.map((v) => v.split('@')[1])).toEqual(controllers.map(([name]) => `${name}:9093`));
      expect(voters.map((v) => Number(v.split('@')[0]))).toEqual(
        controllers.map(([, s]) => Number(s.environment!.KAFKA_NODE_ID)),
      );
      for (const [, s] of [...controllers, ...roles(all, 'broker')])
        expect(s.environment!.KAFKA_CONTROLLER_QUORUM_VOTERS).toBe(quorumVoters(doc));
      // No node id twice: the controllers' ids come after the brokers'.
      const ids = [...controllers, ...roles(all, 'broker')].map(([, s]) => s.environment!.KAFKA_NODE_ID);
      expect(new Set(ids).size).toBe(ids.length);
    }
    expect(controllerIds(tunedPipeline())).toEqual([10, 11, 12]);
  });

  it('keeps racks exactly, even with $ and quotes, and sets none where the design has none', () => {
    const brokers = roles(services(tunedPipeline()), 'broker');
    expect(brokers.map(([name, s]) => [name, s.environment!.KAFKA_BROKER_RACK])).toEqual([
      ['broker-4', 'eu-west-1a'],
      ['broker-7', "rack $HOME 'b'"],
      ['broker-9', undefined],
    ]);
  });

  it('writes the design cluster settings that differ from Kafka defaults, in the image variable names', () => {
    const env = roles(services(tunedPipeline()), 'broker')[0]![1].environment!;
    expect(env.KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS).toBe('0');
    expect(env.KAFKA_LEADER_IMBALANCE_CHECK_INTERVAL_SECONDS).toBe('60');
    expect(env.KAFKA_AUTO_LEADER_REBALANCE_ENABLE).toBe('false');
    expect(env.KAFKA_REPLICA_LAG_TIME_MAX_MS).toBeUndefined();
    expect(kafkaEnvName('a.b_c-d')).toBe('KAFKA_A_B__C___D');
  });

  it('sizes the internal topics for a one-broker cluster', () => {
    const one = parsed({
      format: 'franz.pipeline',
      version: 1,
      cluster: { brokers: [{ id: 1 }] },
      nodes: [],
      edges: [],
    });
    const [[, broker]] = roles(services(one), 'broker') as [[string, Service]];
    expect(broker.environment!.KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR).toBe('1');
    expect(broker.environment!.KAFKA_TRANSACTION_STATE_LOG_MIN_ISR).toBe('1');
  });

  it('runs the topic commands in an init service once every broker is healthy', () => {
    const doc = tunedPipeline();
    const init = services(doc)['init-topics']!;
    expect(init.depends_on).toEqual({
      'broker-4': { condition: 'service_healthy' },
      'broker-7': { condition: 'service_healthy' },
      'broker-9': { condition: 'service_healthy' },
    });
    const script = init.command![0]!.split('\n');
    expect(script[0]).toBe('set -e');
    // The same commands as topics.sh, against the brokers' addresses inside the Compose network.
    const expected = topicCommandLines(doc, { bootstrapServer: 'x', command: 'kafka-topics.sh' }).map((l) =>
      shellWords(l).slice(3),
    );
    expect(script.slice(1).map((l) => shellWords(l).slice(3))).toEqual(expected);
    expect(shellWords(script[1]!).slice(0, 3)).toEqual([
      '/opt/kafka/bin/kafka-topics.sh',
      '--bootstrap-server',
      'broker-4:19092,broker-7:19092,broker-9:19092',
    ]);
  });
});
