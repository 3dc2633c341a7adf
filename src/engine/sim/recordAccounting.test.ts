// Every record a producer sent is acknowledged, failed or in flight, at every moment; a killed process's open and
// unacknowledged batches are failed (the application never hears back about them).
import { describe, expect, it } from 'vitest';
import { TestSim } from './sim.testing';

describe('record accounting', () => {
  it("counts a killed processor's open batches as failed", () => {
    // The processor writes 1000 records/s into batches that linger 2000 ms (batch.size 1 MiB never fills): at
    // 10,500 ms its open batch holds what it wrote since the last drain, and the kill takes those with it.
    const t = new TestSim()
      .topic('in', { partitions: 1 })
      .topic('out', { partitions: 1 })
      .source('app', { rate: 1000 }, ['in'])
      .processor('enrich', { lingerMs: 2000, batchSize: 1_048_576 }, ['in'], ['out'])
      .start()
      .advance(10_500);
    const before = t.sim.report().processors[0]!;
    expect(before.recordsFailed).toBe(0);
    // The open batch's 1,480 records (counted below).
    expect(before.recordsInFlight).toBe(1480);
    expect(before.recordsProduced).toBe(before.recordsAcked + before.recordsInFlight);
    t.sim.applyFault({ type: 'processor-kill', node: 'enrich' });
    const after = t.sim.report().processors[0]!;
    expect(after).toMatchObject({
      recordsProduced: before.recordsProduced,
      recordsAcked: before.recordsAcked,
      recordsFailed: before.recordsInFlight,
      recordsInFlight: 0,
    });
    // The group joins after group.initial.rebalance.delay.ms (3 s); 1480 records sat in the open batch. Before this
    // was counted they vanished: produced 7495 = acknowledged 6015 + failed 0 + in flight 0 did not hold.
    expect([before.recordsProduced, before.recordsAcked, before.recordsInFlight]).toEqual([7495, 6015, 1480]);
    // Restarted, it produces again (once the crashed members' sessions expired, 45 s) and the books still balance.
    t.sim.applyFault({ type: 'processor-restart', node: 'enrich' });
    t.advance(60_000);
    const later = t.sim.report().processors[0]!;
    // 62,500 more since the kill: the simulator's own count (when the restarted consumers joined after the crashed
    // members' sessions expired, and where they resumed).
    expect(later.recordsProduced).toBe(after.recordsProduced + 62_500);
    expect(later.recordsProduced).toBe(later.recordsAcked + later.recordsFailed + later.recordsInFlight);
  });

  it('balances through settings restarts, a removed topic and added partitions', () => {
    const t = new TestSim()
      .topic('a', { partitions: 2 })
      .topic('b', { partitions: 2, cleanupPolicy: 'compact' })
      .source('app', { rate: 2000, lingerMs: 50 }, ['a', 'b'])
      .start();
    const check = () => {
      const d = t.delivery('app');
      expect(d.recordsProduced).toBe(d.recordsAcked + d.recordsFailed + d.recordsInFlight);
    };
    t.advance(3003);
    check();
    // The compacted topic refuses null keys (INVALID_RECORD): those fail, and are counted.
    // 5,999 by 3,003 ms: every record sent to topic b whose batch had been answered; how the records split between
    // the two topics' batches is the simulator's own (sticky partitioning, linger.ms 50).
    expect(t.delivery('app').recordsFailed).toBe(5999);
    const doc = t.sim.document;
    const edit = (f: (d: typeof doc) => void) => {
      const next = structuredClone(t.sim.document);
      f(next);
      t.sim.update(next);
      check();
      t.advance(1007);
      check();
    };
    // linger.ms changes: the producer restarts and flushes its open batches (applySettings).
    edit((d) => {
      const n = d.nodes.find((x) => x.id === 'app')!;
      if (n.kind === 'source') n.config.lingerMs = 500;
    });
    // More partitions: seen at the next metadata refresh, which flushes open batches.
    edit((d) => {
      const n = d.nodes.find((x) => x.id === 'a')!;
      if (n.kind === 'topic') n.config.partitions = 4;
    });
    t.state.sources.get('app')!.producer.refreshMetadata(t.sim.nowMs);
    check();
    // The edge to b goes: its open batches are flushed to the sender.
    edit((d) => {
      d.edges = d.edges.filter((e) => e.to !== 'b');
    });
  });
});
