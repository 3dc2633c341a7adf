import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from './validate';
import { withoutDefaults } from './withoutDefaults';
import type { PipelineDocument } from './schema';

function parsed(input: unknown): PipelineDocument {
  const result = parseDocument(input);
  if (!result.ok) throw new Error(result.errors.join('; '));
  return result.doc;
}

const example = parsed(JSON.parse(readFileSync('examples/article-pipeline.json', 'utf8')));

describe('withoutDefaults', () => {
  it('parses back to the very design: the article pipeline, in a third of the characters', () => {
    const compact = withoutDefaults(example);
    expect(parsed(compact)).toEqual(example);
    const full = JSON.stringify(example).length;
    expect(JSON.stringify(compact).length).toBeLessThan(full / 3);
  });

  it('keeps every setting that differs from its default, and a broker id always', () => {
    const doc = parsed({
      format: example.format,
      version: example.version,
      cluster: { rttMs: 2, brokers: [{ id: 7 }, { id: 8, rack: 'b', diskGB: 50 }] },
      nodes: [
        { id: 's', name: 'S', kind: 'source', config: { rate: 100, compressionType: 'zstd', acks: '1' } },
        { id: 't', name: 't', kind: 'topic', config: { partitions: 3, retentionMs: 1000 } },
      ],
      edges: [{ from: 's', to: 't' }],
    });
    const compact = withoutDefaults(doc);
    expect(compact.cluster).toEqual({ rttMs: 2, brokers: [{ id: 7 }, { id: 8, rack: 'b', diskGB: 50 }] });
    // rate 100 and 3 partitions are the defaults: they go; the rest stays.
    expect(compact.nodes.map((n) => n.config)).toEqual([
      { compressionType: 'zstd', acks: '1' },
      { retentionMs: 1000 },
    ]);
    expect(parsed(compact)).toEqual(doc);
  });
});
