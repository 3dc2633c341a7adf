// The settings a lesson turns on: static membership, a dead-letter topic, a share of poison records, and the faults
// that restart a consumer or send one poison record. Defaults keep a design as it was; impossible values say why.
import { describe, expect, it } from 'vitest';
import { parseDocument } from './validate';
import { configOf, design, errorsOf, exampleCopy, indexOf, sink, source, topic } from './validate.testing';

describe('static membership, dead-letter topics and poison records', () => {
  it('default to off', () => {
    const parsed = parseDocument(design([source('s'), topic('t'), sink('k')], [{ from: 't', to: 'k' }]));
    if (!parsed.ok) throw new Error(parsed.errors.join('; '));
    const [s, , k] = parsed.doc.nodes;
    expect(s!.kind === 'source' && s!.config.poisonShare).toBe(0);
    expect(k!.kind === 'sink' && [k!.config.staticMembership, k!.config.deadLetterTopic]).toEqual([
      false,
      null,
    ]);
  });

  it('refuses a dead-letter topic that is not in the design', () => {
    const doc = exampleCopy();
    configOf(doc, 'database')['deadLetterTopic'] = 'orders-dlq';
    expect(errorsOf(parseDocument(doc))).toEqual([
      `nodes[${indexOf(doc, 'database')}].config.deadLetterTopic: no topic named "orders-dlq" in the design; add it, or choose one of the design's topics`,
    ]);
  });

  it('takes a dead-letter topic of the design', () => {
    const doc = exampleCopy();
    configOf(doc, 'database')['deadLetterTopic'] = 'payments';
    expect(parseDocument(doc).ok).toBe(true);
  });

  it('refuses a poison share outside 0 to 1, and a non-boolean staticMembership', () => {
    const doc = exampleCopy();
    configOf(doc, 'web')['poisonShare'] = 1.5;
    configOf(doc, 'database')['staticMembership'] = 'yes';
    expect(errorsOf(parseDocument(doc))).toEqual([
      `nodes[${indexOf(doc, 'web')}].config.poisonShare: must be <= 1`,
      `nodes[${indexOf(doc, 'database')}].config.staticMembership: must be true or false, got the text "yes"`,
    ]);
  });

  it('schedules a consumer restart and one poison record', () => {
    const doc = exampleCopy();
    doc['faults'] = [
      { atMs: 1000, type: 'consumer-restart', node: 'database' },
      { atMs: 2000, type: 'source-poison', node: 'web', partition: 2 },
    ];
    expect(parseDocument(doc).ok).toBe(true);
  });
});
