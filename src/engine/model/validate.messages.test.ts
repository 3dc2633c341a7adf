// Refusals a person can act on: what is wrong with the value that is there, short however large the input.
import { describe, expect, it } from 'vitest';
import { readDesign } from '../../ui/persistence/readDesign';
import { parseDocument, parseDocumentJson, problemCount } from './validate';
import { configOf, design, errorsOf, exampleCopy, indexOf, sink, topic } from './validate.testing';

function refusalFor(id: string, key: string, value: unknown): string[] {
  const doc = exampleCopy();
  configOf(doc, id)[key] = value;
  return errorsOf(parseDocument(doc));
}

describe('a present but wrong value says what is there', () => {
  const web = () => indexOf(exampleCopy(), 'web');

  it.each([
    ['NaN', 'must be a number, got the text "NaN"'],
    [null, 'must be a number, got null'],
    [[1, 2], 'must be a number, got a list of 2 items'],
    [{ value: 5 }, 'must be a number, got an object'],
    [true, 'must be a number, got true'],
  ])('rate %j', (value, message) => {
    expect(refusalFor('web', 'rate', value)).toEqual([`nodes[${web()}].config.rate: ${message}`]);
  });

  it('"is required" only when the key is absent', () => {
    const doc = exampleCopy();
    delete (doc as Record<string, unknown>).nodes;
    expect(errorsOf(parseDocument(doc))).toEqual(['nodes: is required (array)']);
  });

  it('a whole-number setting given 1.5, an enum given a number, a long text cut at 40 characters', () => {
    const payments = indexOf(exampleCopy(), 't-payments');
    expect(refusalFor('t-payments', 'partitions', 1.5)).toEqual([
      `nodes[${payments}].config.partitions: must be a whole number, got 1.5`,
    ]);
    expect(refusalFor('web', 'acks', 2)).toEqual([
      `nodes[${web()}].config.acks: must be one of "0", "1", "all", got 2`,
    ]);
    const long = 'x'.repeat(10_000);
    const [message] = refusalFor('web', 'rate', long);
    // 39 characters and an ellipsis.
    expect(message).toBe(`nodes[${web()}].config.rate: must be a number, got the text "${'x'.repeat(39)}…"`);
  });

  it('compression.type and networkMBps refuse what Kafka has no codec for and a link of no bandwidth', () => {
    const payments = indexOf(exampleCopy(), 't-payments');
    expect(refusalFor('web', 'compressionType', 'brotli')).toEqual([
      `nodes[${web()}].config.compressionType: must be one of "none", "gzip", "snappy", "lz4", "zstd", got the text "brotli"`,
    ]);
    expect(refusalFor('t-payments', 'compressionType', 'none')).toEqual([
      `nodes[${payments}].config.compressionType: must be one of "producer", "uncompressed", "gzip", "snappy", "lz4", "zstd", got the text "none"`,
    ]);
    expect(refusalFor('web', 'networkMBps', 0)).toEqual([
      `nodes[${web()}].config.networkMBps: must be > 0 (or empty for an unlimited link)`,
    ]);
    const unlimited = exampleCopy();
    configOf(unlimited, 'web').networkMBps = null;
    expect(parseDocument(unlimited).ok).toBe(true);
  });

  it('control characters in a quoted value are escaped, never printed raw', () => {
    expect(refusalFor('web', 'rate', '\u001b]0;pwned\u0007')).toEqual([
      `nodes[${web()}].config.rate: must be a number, got the text "\\u001b]0;pwned\\u0007"`,
    ]);
  });

  it('a number beyond 2^53 where a whole number belongs says the bound, not "must be a whole number"', () => {
    const payments = indexOf(exampleCopy(), 't-payments');
    expect(refusalFor('t-payments', 'partitions', 1e300)).toEqual([
      `nodes[${payments}].config.partitions: must be <= 10000`,
    ]);
  });
});

describe('a refusal stays short', () => {
  it('200,000 unknown keys: five named, the rest counted, in one short line', () => {
    const doc = exampleCopy();
    const config = configOf(doc, 'web');
    for (let k = 0; k < 200_000; k++) config[`junk${k}`] = k;
    const errors = errorsOf(parseDocument(doc));
    expect(errors).toEqual([
      `nodes[${indexOf(doc, 'web')}].config: unknown keys "junk0", "junk1", "junk2", "junk3", "junk4" and 199995 more`,
    ]);
  });

  it('an unknown key of 100,000 characters is quoted as 40', () => {
    const doc = exampleCopy();
    configOf(doc, 'web')['k'.repeat(100_000)] = 1;
    const [message] = errorsOf(parseDocument(doc));
    expect(message).toBe(`nodes[${indexOf(doc, 'web')}].config: unknown key "${'k'.repeat(39)}…"`);
  });

  it('500 wrong values: 20 messages, then one line counting the other 480', () => {
    const nodes = Array.from({ length: 500 }, (_, k) => topic(`t${k}`, { partitions: 'many' }));
    const errors = errorsOf(parseDocument(design(nodes)));
    expect(errors).toHaveLength(21);
    expect(errors[0]).toBe('nodes[0].config.partitions: must be a number, got the text "many"');
    expect(errors[20]).toBe('... and 480 more problems');
    expect(problemCount(errors)).toBe(500);
    // The app names three and counts the rest.
    expect(readDesign(JSON.stringify(design(nodes)))).toEqual({
      ok: false,
      reason:
        'it is not a valid design: nodes[0].config.partitions: must be a number, got the text "many"; ' +
        'nodes[1].config.partitions: must be a number, got the text "many"; ' +
        'nodes[2].config.partitions: must be a number, got the text "many" (and 497 more)',
    });
  });

  it('no message is longer than 400 characters, whatever names it quotes', () => {
    const name = 'n'.repeat(60);
    const nodes = [
      sink(name.slice(0, 64), { groupId: 'g'.repeat(128) }),
      sink('b', { groupId: 'g'.repeat(128) }),
    ];
    const errors = errorsOf(parseDocumentJson(JSON.stringify(design(nodes))));
    expect(errors).toEqual([
      `nodes[1].config.groupId: group "${'g'.repeat(39)}…" is already used by nodes[0]`,
    ]);
    for (const e of errors) expect(e.length).toBeLessThanOrEqual(400);
  });
});

describe('a broker disk size (diskGB)', () => {
  it('defaults to 1000 GB and refuses a size that is not positive in Kafka’s words', () => {
    const ok = parseDocument({
      format: 'franz.pipeline',
      version: 1,
      cluster: { brokers: [{ id: 1 }] },
      nodes: [],
      edges: [],
    });
    expect(ok.ok && ok.doc.cluster.brokers[0]!.diskGB).toBe(1000);
    const bad = parseDocument({
      format: 'franz.pipeline',
      version: 1,
      cluster: { brokers: [{ id: 1, diskGB: 0 }] },
      nodes: [],
      edges: [],
    });
    expect(bad.ok).toBe(false);
    expect(bad.ok ? '' : bad.errors.join('\n')).toContain(
      'Invalid value 0 for configuration diskGB: must be > 0',
    );
  });
});

describe('round trips and the consumer fetch settings', () => {
  it('refuse a negative round trip, a fractional fetch.min.bytes and an empty client.rack, saying what is wrong', () => {
    const bad = parseDocument({
      format: 'franz.pipeline',
      version: 1,
      cluster: { rttMs: -1, crossRackRttMs: 20_000 },
      nodes: [
        { id: 'k', kind: 'sink', name: 'k', config: { fetchMinBytes: 1.5, rack: '' } },
        { id: 's', kind: 'source', name: 's', config: { rack: 'zone-a' } },
      ],
      edges: [],
    });
    expect(bad.ok ? [] : bad.errors).toEqual([
      'cluster.rttMs: must be >= 0',
      'cluster.crossRackRttMs: must be <= 10000',
      'nodes[0].config.fetchMinBytes: must be a whole number, got 1.5',
      'nodes[0].config.rack: must not be empty',
    ]);
  });
});
