// Designs for the exports' tests: the article pipeline as it ships, and one that sets every setting the exports
// write to something other than Kafka's default, with names that need escaping.
import example from '../../../examples/article-pipeline.json';
import { parseDocument } from '../model/validate';
import type { PipelineDocument } from '../model/schema';

export function parsed(input: unknown): PipelineDocument {
  const result = parseDocument(input);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.doc;
}

export function articlePipeline(): PipelineDocument {
  return parsed(JSON.parse(JSON.stringify(example)));
}

/** Non-default settings everywhere, a rack with `$` and quotes, a group id that needs escaping, a processor. */
export const TUNED = {
  format: 'franz.pipeline',
  version: 1,
  name: 'Tuned "orders"\nline two',
  cluster: {
    brokers: [
      { id: 4, rack: 'eu-west-1a' },
      { id: 7, rack: "rack $HOME 'b'" },
      { id: 9, rack: null },
    ],
    groupInitialRebalanceDelayMs: 0,
    leaderImbalanceCheckIntervalMs: 60_000,
    autoLeaderRebalanceEnable: false,
  },
  nodes: [
    {
      id: 'shop',
      kind: 'source',
      name: 'Shop #1 = ü',
      config: {
        acks: '1',
        enableIdempotence: false,
        batchSize: 65536,
        lingerMs: 20,
        maxInFlightRequestsPerConnection: 1,
        retries: 3,
        deliveryTimeoutMs: 60000,
        bufferMemory: 67108864,
        partitioner: 'roundrobin',
      },
    },
    {
      id: 'orders',
      kind: 'topic',
      name: 'orders.v1',
      config: {
        partitions: 12,
        replicationFactor: 3,
        minInsyncReplicas: 2,
        retentionMs: 86400000,
        retentionBytes: 1073741824,
        segmentBytes: 104857600,
        segmentMs: 3600000,
        maxMessageBytes: 2097152,
        uncleanLeaderElectionEnable: true,
      },
    },
    {
      id: 'compacted',
      kind: 'topic',
      name: '-state',
      config: {
        partitions: 1,
        cleanupPolicy: 'compact',
        deleteRetentionMs: 1000,
        minCleanableDirtyRatio: 0.1,
        minCompactionLagMs: 500,
      },
    },
    { id: 'plain', kind: 'topic', name: 'plain', config: {} },
    {
      id: 'enrich',
      kind: 'processor',
      name: 'Enrich',
      config: { groupId: 'enricher', assignor: 'sticky', lingerMs: 0, acks: '0', enableIdempotence: false },
    },
    {
      id: 'billing',
      kind: 'sink',
      name: 'Billing',
      config: {
        groupId: ' billing: team=#1 ü\\',
        consumers: 3,
        assignor: 'cooperative-sticky',
        enableAutoCommit: false,
        autoCommitIntervalMs: 1000,
        autoOffsetReset: 'earliest',
        maxPollRecords: 100,
        sessionTimeoutMs: 10000,
        heartbeatIntervalMs: 2000,
        maxPollIntervalMs: 60000,
      },
    },
  ],
  edges: [
    { from: 'shop', to: 'orders' },
    { from: 'orders', to: 'enrich' },
    { from: 'enrich', to: 'compacted' },
    { from: 'orders', to: 'billing' },
    { from: 'plain', to: 'billing' },
  ],
};

export const tunedPipeline = (): PipelineDocument => parsed(TUNED);

/** A POSIX shell's words of one command line: plain words and single-quoted parts ('\'' for a quote). */
export function shellWords(line: string): string[] {
  const words: string[] = [];
  let word: string | null = null;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (c === ' ') {
      if (word !== null) words.push(word);
      word = null;
    } else if (c === "'") {
      const end = line.indexOf("'", i + 1);
      if (end < 0) throw new Error(`unclosed quote in ${line}`);
      word = (word ?? '') + line.slice(i + 1, end);
      i = end;
    } else if (c === '\\') word = (word ?? '') + line[++i]!;
    else if (/[A-Za-z0-9._,:/=@%+-]/.test(c)) word = (word ?? '') + c;
    else throw new Error(`unquoted ${JSON.stringify(c)} in ${line}`);
  }
  if (word !== null) words.push(word);
  return words;
}
