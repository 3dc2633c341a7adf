// The report's per-partition compaction figures on a compacted topic: one record per key below the cleaner
// checkpoint, every update above it, the offsets' gaps, and a tombstone that goes after delete.retention.ms.
import { describe, expect, it } from 'vitest';
import { TestSim } from './sim.testing';

function profiles() {
  return new TestSim()
    .cluster({ logCleanerBackoffMs: 5_000 })
    .topic('profiles', {
      partitions: 1,
      cleanupPolicy: 'compact',
      segmentMs: 2_000,
      minCleanableDirtyRatio: 0.01,
      deleteRetentionMs: 10_000,
    })
    .source('app', { rate: 20, keys: { type: 'uniform', count: 10 } }, ['profiles'])
    .source('guest', { rate: 2, keys: { type: 'list', values: ['guest-42'] } }, ['profiles'])
    .start();
}

const figures = (t: TestSim) => t.sim.report().topics[0]!.partitions[0]!.compaction!;

describe('compaction figures in the report', () => {
  it('are absent on a topic with cleanup.policy=delete', () => {
    const t = new TestSim()
      .topic('plain', { partitions: 1 })
      .source('app', { rate: 20, keys: { type: 'uniform', count: 10 } }, ['plain'])
      .start()
      .advance(20_000);
    expect(t.sim.report().topics[0]!.partitions[0]!.compaction).toBeUndefined();
  });

  it('show one record per key where the cleaner has been and duplicates where it has not', () => {
    const t = profiles().advance(31_000);
    const p = t.sim.report().topics[0]!.partitions[0]!;
    // 680 offsets written, 60 records left: the cleaner removed 620 and left their offsets as gaps.
    expect([p.logStartOffset, p.logEndOffset]).toEqual([0, 680]);
    // Below the checkpoint (the pass at 30 s): the latest record of each of the 11 keys, and no other. Above it
    // (the active segment and the one closed since): 49 records of the same 11 keys, duplicates kept.
    expect(p.compaction).toEqual({
      cleanedToOffset: 631,
      records: 60,
      cleanedRecords: 11,
      cleanedKeys: 11,
      dirtyRecords: 49,
      dirtyKeys: 11,
      tombstones: 0,
      cleanedTombstones: 0,
    });
  });

  it('show a tombstone kept by a pass, then gone delete.retention.ms later', () => {
    const t = profiles().advance(20_000);
    const doc = t.document();
    t.sim.update({
      ...doc,
      nodes: doc.nodes.map((n) =>
        n.id === 'guest' ? ({ ...n, config: { ...n.config, tombstoneRatio: 1 } } as typeof n) : n,
      ),
    });
    t.advance(10_000);
    t.sim.pauseSource('guest', true);
    // The guest's last tombstone was in the active segment at the pause; the pass at 35 s keeps it (the key's
    // latest record) and gives it a delete horizon of 35 s + delete.retention.ms (10 s).
    t.advance(14_000);
    expect(figures(t)).toMatchObject({
      cleanedRecords: 11,
      cleanedKeys: 11,
      tombstones: 1,
      cleanedTombstones: 1,
    });
    // The pass at 45 s is past the horizon: the tombstone goes, and with it the key. Nothing newer superseded it.
    t.advance(2_000);
    expect(figures(t)).toMatchObject({
      cleanedRecords: 10,
      cleanedKeys: 10,
      tombstones: 0,
      cleanedTombstones: 0,
    });
  });
});
