import { describe, expect, it } from 'vitest';
import { parseDocument } from '../model/validate';
import { exampleCopy, indexOf } from '../model/validate.testing';
import type { PipelineDocument } from '../model/schema';
import { parseSweepPath, settablePaths } from './sweepPath';
import { parseSweep } from './sweepVariants';

function article(): PipelineDocument {
  const parsed = parseDocument(exampleCopy());
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.doc;
}

describe('the documents of a sweep', () => {
  it('a node is found by id or by name; each value is a copy of the design with that value', () => {
    const doc = article();
    for (const text of ['nodes.t-telemetry.partitions=3..12', 'nodes.telemetry.partitions=3..12']) {
      const sweep = parseSweep(doc, text);
      if (typeof sweep === 'string') throw new Error(sweep);
      expect(sweep.variants.map((v) => v.value)).toEqual([3, 6, 12]);
      expect(
        sweep.variants.map((v) => (v.ok ? v.doc.nodes[indexOf(exampleCopy(), 't-telemetry')]!.config : null)),
      ).toMatchObject([{ partitions: 3 }, { partitions: 6 }, { partitions: 12 }]);
    }
    expect(doc.nodes[indexOf(exampleCopy(), 't-telemetry')]!.config).toMatchObject({ partitions: 6 });
  });

  it('an impossible value is refused with the schema message, and the other values stay', () => {
    const sweep = parseSweep(article(), 'nodes.t-payments.partitions=0,3');
    if (typeof sweep === 'string') throw new Error(sweep);
    const at = indexOf(exampleCopy(), 't-payments');
    expect(sweep.variants.map((v) => (v.ok ? 'ok' : v.error))).toEqual([
      `nodes[${at}].config.partitions: must be >= 1`,
      'ok',
    ]);
  });

  it('acks are swept as Kafka spells them', () => {
    const sweep = parseSweep(article(), 'nodes.web.acks=0,1,all');
    if (typeof sweep === 'string') throw new Error(sweep);
    expect(sweep.variants.map((v) => v.ok && v.doc.nodes[0]!.config)).toMatchObject([
      { acks: '0' },
      { acks: '1' },
      { acks: 'all' },
    ]);
  });

  it('cluster.brokers adds brokers with fresh ids and removes the highest, with their faults', () => {
    const doc = article();
    doc.faults = [{ atMs: 5000, type: 'broker-kill', broker: 3 }];
    const sweep = parseSweep(doc, 'cluster.brokers=2,3,5');
    if (typeof sweep === 'string') throw new Error(sweep);
    const [two, three, five] = sweep.variants;
    // The article's topics need 3 replicas: two brokers are refused by the schema.
    expect(two).toMatchObject({ ok: false });
    expect(three!.ok && three!.doc.cluster.brokers.map((b) => [b.id, b.rack])).toEqual([
      [1, 'zone-a'],
      [2, 'zone-b'],
      [3, 'zone-c'],
    ]);
    expect(five!.ok && five!.doc.cluster.brokers.map((b) => [b.id, b.rack])).toEqual([
      [1, 'zone-a'],
      [2, 'zone-b'],
      [3, 'zone-c'],
      [4, null],
      [5, null],
    ]);
    expect(five!.ok && five!.doc.faults).toHaveLength(1);
  });

  it('says what is wrong with a path', () => {
    const doc = article();
    expect(parseSweep(doc, 'nodes.orders.partitions=3..48')).toBe(
      'no node "orders" in the design (give its id or its name)',
    );
    expect(parseSweep(doc, 'nodes.web.partitions=3')).toBe('source "Web app" has no setting "partitions"');
    expect(parseSweep(doc, 'partitions=3')).toBe(
      '"partitions" is not a setting: expected nodes.<node>.<setting> or cluster.brokers',
    );
    expect(parseSweep(doc, 'nodes.web.rate')).toBe(
      '"nodes.web.rate": expected <setting>=<values>, e.g. nodes.orders.partitions=3..48',
    );
    expect(parseSweepPath(doc, 'cluster.brokers')).toEqual({ kind: 'brokers', text: 'cluster.brokers' });
  });

  it('offers the brokers and each node’s own settings', () => {
    const paths = settablePaths(article()).map((p) => p.path);
    expect(paths.slice(0, 3)).toEqual(['cluster.brokers', 'nodes.web.rate', 'nodes.web.acks']);
    expect(paths).toContain('nodes.t-telemetry.partitions');
    expect(paths).toContain('nodes.analytics.consumers');
    expect(paths).toHaveLength(1 + 5 * 4 + 4 * 2 + 4 * 2);
  });
});
