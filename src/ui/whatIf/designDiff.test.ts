import { describe, expect, it } from 'vitest';
import example from '../../../examples/article-pipeline.json';
import { edits, parseDocument } from '../../engine';
import { designDiff } from './designDiff';
import { defaultRange, firstSetting } from './whatIfSettings';

function article() {
  const parsed = parseDocument(example);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.doc;
}

function edited(result: edits.EditResult) {
  if (!result.ok) throw new Error(result.error);
  return result.doc;
}

describe('what B changes from A', () => {
  it('names each changed setting with its node, and added brokers', () => {
    const a = article();
    let b = edited(edits.updateConfig(a, 'analytics', { consumers: 1 }));
    b = edited(edits.updateConfig(b, 'web', { acks: '1' }));
    b = edited(edits.addBroker(b));
    expect(designDiff(a, b)).toEqual([
      'brokers 3 → 4',
      'Web app: acks all → 1',
      'Analytics: consumers 4 → 1',
    ]);
    expect(designDiff(a, a)).toEqual([]);
  });

  it('says how many more past the limit', () => {
    const a = article();
    let b = a;
    for (const id of ['web', 'mobile', 'payments', 'iot']) b = edited(edits.updateConfig(b, id, { rate: 1 }));
    expect(designDiff(a, b, 2)).toEqual(['Web app: rate 400 → 1', 'Mobile app: rate 250 → 1', 'and 2 more']);
  });
});

describe('what the Sweep form offers first', () => {
  it('the first topic’s partitions, doubling from their count to eight times it', () => {
    const doc = article();
    expect(
      firstSetting([
        { path: 'cluster.brokers' },
        { path: 'nodes.web.rate' },
        { path: 'nodes.t-user-events.partitions' },
      ]),
    ).toBe('nodes.t-user-events.partitions');
    expect(defaultRange(doc, 'nodes.t-user-events.partitions')).toBe('6..48');
    expect(defaultRange(doc, 'nodes.web.acks')).toBe('0,1,all');
    expect(defaultRange(doc, 'cluster.brokers')).toBe('3..24');
    expect(defaultRange(doc, 'nodes.nowhere.rate')).toBe('');
  });
});
