// A key's records stay in order while its partition stays the same; when the topic grows, murmur2(key) mod n moves
// the key, its new records land in a partition read at once, and the group reads them before the key's older
// records still waiting in the old partition (GroupReport.keyOutOfOrder).
import { describe, expect, it } from 'vitest';
import { edits } from '../index';
import { TestSim } from './sim.testing';

const KEYS = Array.from({ length: 100 }, (_, i) => `customer-${i + 1}`);

/** 600 records/s over 100 keys into 6 partitions; 8 consumers at 70 records/s each, so a backlog builds. */
function behind() {
  return new TestSim({ seed: 3 })
    .topic('orders', { partitions: 6 })
    .source('shop', { rate: 600, keys: { type: 'list', values: KEYS }, metadataMaxAgeMs: 10_000 }, ['orders'])
    .sink(
      'billing',
      { consumers: 8, processingRate: 70, autoOffsetReset: 'earliest', metadataMaxAgeMs: 10_000 },
      ['orders'],
    )
    .start();
}

describe('records of a key read out of order', () => {
  it('are none while the partitions stay, however far behind the group is', () => {
    const t = behind();
    t.sim.runUntil(60_000);
    expect(t.lag('billing')).toBeGreaterThan(5000);
    expect(t.group('billing')).toMatchObject({ outOfOrder: 0, keyOutOfOrder: 0 });
  });

  it('appear once the topic grows and moved keys are read first from the new partitions', () => {
    const t = behind();
    t.sim.runUntil(20_000);
    const grown = edits.updateConfig(t.sim.document, 'orders', { partitions: 8 });
    if (!grown.ok) throw new Error(grown.error);
    expect(t.sim.update(grown.doc)).toEqual([]);
    t.sim.runUntil(60_000);
    const g = t.group('billing');
    expect(g.outOfOrder).toBe(0);
    // Moved keys whose new records were read while older ones waited in the old partitions' backlog.
    expect(g.keyOutOfOrder).toBe(3601);
  });
});
