import { describe, expect, it } from 'vitest';
import { parseDocument } from '../engine';
import { detailTopics } from './detailTopics';

const parsed = parseDocument({
  format: 'franz.pipeline',
  version: 1,
  nodes: [
    { id: 't1', kind: 'topic', name: 'orders', config: {} },
    { id: 't2', kind: 'topic', name: 'payments', config: {} },
    { id: 'src', kind: 'source', name: 'shop', config: {} },
    { id: 'sink', kind: 'sink', name: 'billing', config: {} },
  ],
  edges: [
    { from: 'src', to: 't1' },
    { from: 't1', to: 'sink' },
    { from: 't2', to: 'sink' },
  ],
});
if (!parsed.ok) throw new Error(parsed.errors.join('; '));
const doc = parsed.doc;

describe('detailTopics', () => {
  it('adds the topics a selected sink reads to the lanes drawn, once each', () => {
    expect(detailTopics(doc, ['payments'], ['sink'])).toEqual(['payments', 'orders']);
    expect(detailTopics(doc, [], ['src', 't1'])).toEqual([]);
    expect(detailTopics(doc, ['orders'], [])).toEqual(['orders']);
  });
});
