import { describe, expect, it } from 'vitest';
import example from '../../../examples/article-pipeline.json';
import { readDesign } from './readDesign';

const text = (value: unknown) => JSON.stringify(value);

describe('readDesign', () => {
  it('reads the example', () => {
    const result = readDesign(text(example));
    expect(result.ok && result.doc.name).toBe('Five sources, four sinks, one log');
  });

  it('says when the text is not JSON', () => {
    expect(readDesign('{"format": ')).toEqual({
      ok: false,
      reason: expect.stringMatching(/^it is not JSON \(.+\)$/),
    });
  });

  it('passes on the engine’s words for a version it does not know', () => {
    expect(readDesign(text({ ...example, version: 7 }))).toEqual({
      ok: false,
      reason: 'version: 7 is newer than this Franz understands (it reads up to version 1)',
    });
  });

  it('says when the JSON is not a Franz design at all', () => {
    expect(readDesign(text({ hello: 'world' }))).toEqual({
      ok: false,
      reason: 'format: must be "franz.pipeline" (this is not a Franz pipeline)',
    });
  });

  it('names the first errors of an invalid design with their paths, and counts the rest', () => {
    const broken = structuredClone(example) as { nodes: { config: Record<string, unknown> }[] };
    for (const i of [5, 6, 7, 8]) broken.nodes[i]!.config.partitions = 0;
    expect(readDesign(text(broken))).toEqual({
      ok: false,
      reason:
        'it is not a valid design: nodes[5].config.partitions: must be >= 1; nodes[6].config.partitions: must be >= 1; nodes[7].config.partitions: must be >= 1 (and 1 more)',
    });
  });
});
