import { describe, expect, it } from 'vitest';
import { parseDocument } from '../model/validate';
import { exampleCopy, indexOf } from '../model/validate.testing';
import type { PipelineDocument } from '../model/schema';
import { settablePaths } from './sweepPath';
import { joinedHeading, joinedPaths, parseSweepPaths, togetherSuggestions } from './sweepTogether';
import { parseSweep } from './sweepVariants';

function article(): PipelineDocument {
  const parsed = parseDocument(exampleCopy());
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.doc;
}

const TELEMETRY = indexOf(exampleCopy(), 't-telemetry');
const ANALYTICS = indexOf(exampleCopy(), 'analytics');

/** Each variant's telemetry partitions and Analytics consumers, or its refusal. */
function partitionsAndConsumers(text: string) {
  const sweep = parseSweep(article(), text);
  if (typeof sweep === 'string') throw new Error(sweep);
  return sweep.variants.map((v) =>
    v.ok
      ? [v.value, v.doc.nodes[TELEMETRY]!.config, v.doc.nodes[ANALYTICS]!.config].map((c) =>
          typeof c === 'object' ? ('partitions' in c ? c.partitions : 'consumers' in c ? c.consumers : c) : c,
        )
      : [v.value, v.error],
  );
}

describe('settings swept together', () => {
  it('reads several paths joined by commas, by id or by name, in the order given', () => {
    const paths = parseSweepPaths(article(), 'nodes.telemetry.partitions, nodes.analytics.consumers');
    expect(paths).toEqual([
      { kind: 'node', nodeId: 't-telemetry', key: 'partitions', text: 'nodes.telemetry.partitions' },
      { kind: 'node', nodeId: 'analytics', key: 'consumers', text: 'nodes.analytics.consumers' },
    ]);
    if (typeof paths === 'string') throw new Error(paths);
    expect(joinedPaths(paths)).toBe('nodes.telemetry.partitions,nodes.analytics.consumers');
    expect(joinedHeading(paths.map((p) => p.text))).toBe(
      'nodes.telemetry.partitions = nodes.analytics.consumers',
    );
    expect(parseSweepPaths(article(), 'cluster.brokers,nodes.t-payments.replicationFactor')).toHaveLength(2);
  });

  it('each value sets every setting: a variant per value with its partitions and consumers', () => {
    expect(partitionsAndConsumers('nodes.telemetry.partitions,nodes.analytics.consumers=1..8')).toEqual([
      [1, 1, 1],
      [2, 2, 2],
      [4, 4, 4],
      [8, 8, 8],
    ]);
    // The design itself keeps 6 partitions and 4 consumers.
    expect(article().nodes[TELEMETRY]!.config).toMatchObject({ partitions: 6 });
    expect(article().nodes[ANALYTICS]!.config).toMatchObject({ consumers: 4 });
  });

  it('a value one of the settings refuses is refused for that value with the schema’s reason', () => {
    // 0 consumers is a group that reads nothing (allowed); 0 partitions is not a topic.
    // 2,000 partitions are allowed; 2,000 consumers in one group are not.
    expect(partitionsAndConsumers('nodes.telemetry.partitions,nodes.analytics.consumers=0,3,2000')).toEqual([
      [0, `nodes[${TELEMETRY}].config.partitions: must be >= 1`],
      [3, 3, 3],
      [2000, `nodes[${ANALYTICS}].config.consumers: must be <= 1000`],
    ]);
    const sweep = parseSweep(article(), 'cluster.brokers,nodes.t-payments.replicationFactor=2,4');
    if (typeof sweep === 'string') throw new Error(sweep);
    // Two brokers cannot hold the other topics' three replicas; four hold them all.
    expect(sweep.variants.map((v) => (v.ok ? v.doc.cluster.brokers.length : v.error))).toEqual([
      `nodes[${indexOf(exampleCopy(), 't-user-events')}].config.replicationFactor: Replication factor: 3 larger than available brokers: 2.`,
      4,
    ]);
  });

  it('names the setting that is wrong', () => {
    const doc = article();
    expect(parseSweep(doc, 'nodes.telemetry.partitions,nodes.analytics.partitions=1..8')).toBe(
      'sink "Analytics" has no setting "partitions"',
    );
    expect(parseSweep(doc, 'nodes.telemetry.partitions,nodes.orders.consumers=1..8')).toBe(
      'no node "orders" in the design (give its id or its name)',
    );
    expect(parseSweep(doc, 'nodes.telemetry.partitions,=1..8')).toBe(
      '"nodes.telemetry.partitions,": a setting is missing between the commas (settings that take the same values are joined by commas)',
    );
    expect(parseSweep(doc, 'nodes.telemetry.partitions,nodes.t-telemetry.partitions=1..8')).toBe(
      'nodes.t-telemetry.partitions is the same setting as nodes.telemetry.partitions: name each setting once',
    );
  });

  it('offers the consumers of the groups reading a topic with its partitions, and nothing for other settings', () => {
    const doc = article();
    expect(togetherSuggestions(doc, 'nodes.t-telemetry.partitions')).toEqual(['nodes.analytics.consumers']);
    expect(togetherSuggestions(doc, 'nodes.t-user-events.partitions')).toEqual([
      'nodes.database.consumers',
      'nodes.analytics.consumers',
      'nodes.search.consumers',
    ]);
    expect(togetherSuggestions(doc, 'nodes.t-telemetry.replicationFactor')).toEqual([]);
    expect(togetherSuggestions(doc, 'cluster.brokers')).toEqual([]);
    // Every suggestion is a setting the Sweep view offers.
    const offered = settablePaths(doc).map((p) => p.path);
    expect(togetherSuggestions(doc, 'nodes.t-user-events.partitions').every((p) => offered.includes(p))).toBe(
      true,
    );
  });
});
