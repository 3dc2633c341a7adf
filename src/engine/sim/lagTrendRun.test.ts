// The lag trend, time to drain and time lag of running groups, in stepped simulated time.
import { describe, expect, it } from 'vitest';
import { TestSim } from './sim.testing';
import type { GroupReport } from './report';

/**
 * 1,000 records/s into 6 partitions; one consumer at 1,500 records/s, slowed to 500/s from 12 s to 212 s so
 * that a backlog of about 100,000 records builds up, then back to 1,500/s: it drains at 500/s.
 */
function backlogRun(enableAutoCommit: boolean): GroupReport[] {
  const sim = new TestSim()
    .topic('orders', { partitions: 6 })
    .source('shop', { rate: 1000 }, ['orders'])
    .sink('billing', { consumers: 1, processingRate: 1500, autoOffsetReset: 'earliest', enableAutoCommit }, [
      'orders',
    ])
    .faults([
      { atMs: 12_000, type: 'consumer-slow', node: 'billing', processingRate: 500 },
      { atMs: 212_000, type: 'consumer-slow', node: 'billing', processingRate: null },
    ])
    .start();
  const readings: GroupReport[] = [];
  for (let s = 1; s <= 450; s++) readings.push(sim.advance(1000).group('billing'));
  return readings; // readings[s - 1] is the report at s seconds
}

describe('time to drain', () => {
  it('is within 10% of the time the lag takes to reach zero, committing after each poll', () => {
    const readings = backlogRun(false);
    // Caught up at 12 s but for a few hundred records: the consumer sends one fetch per broker at a time (Kafka's
    // Fetcher skips a node with a fetch in flight), so a partition whose buffered records ran out while another
    // partition of its broker was in a long poll waits for that poll's answer, up to fetch.max.wait.ms (500 ms of
    // 1,000 records/s). Then 200 s of a 500 records/s deficit is 100,000, and 545 more (the simulator's own figure).
    expect(readings[11]!.lag).toBe(505);
    expect(readings[211]!.lag).toBe(200 * (1000 - 500) + 545);
    // The lag is back to those few hundred (below 1,000) at 412 s: 100,545 records at 212 s, drained at 500/s.
    const zeroAt = readings.findIndex((r, i) => i >= 212 && r.lag < 1000) + 1;
    expect(zeroAt).toBe(412);
    // From 13 s after the consumer sped up (the fitted line has turned) the estimate is within 10%:
    // at 237 s it says 175.7 s and the lag is drained 175 s later.
    expect(readings[236]!.timeToDrainMs).toBe(175_734);
    for (let s = 225; zeroAt - s >= 20; s += 5) {
      const r = readings[s - 1]!;
      expect(r.lagTrend, `at ${s} s`).toBe('draining');
      const actualMs = (zeroAt - s) * 1000;
      expect(Math.abs(r.timeToDrainMs! - actualMs), `at ${s} s`).toBeLessThanOrEqual(actualMs * 0.1);
    }
    // Drained, the few hundred records the fetches hold back come and go around a level line.
    expect(readings[449]!.lagTrend).toBe('steady');
    expect(readings[449]!.lag).toBeLessThan(1000);
  });

  it('is within 10% with auto-commit, whose committed lag carries a 5 s saw-tooth', () => {
    const readings = backlogRun(true);
    // Committed lag never reaches 0 with auto-commit: caught up, it climbs by the 1,000 records/s
    // produced between commits and drops at each, to the few hundred records the fetches hold back (above). It first
    // falls to 1,000 (below 1,500) at 415 s.
    const zeroAt = readings.findIndex((r, i) => i >= 212 && r.lag < 1500) + 1;
    expect(zeroAt).toBe(415);
    // At 237 s: 175.7 s estimated, 178 s taken.
    expect(readings[236]!.timeToDrainMs).toBe(175_734);
    for (let s = 231; zeroAt - s >= 20; s += 5) {
      const r = readings[s - 1]!;
      expect(r.lagTrend, `at ${s} s`).toBe('draining');
      const actualMs = (zeroAt - s) * 1000;
      expect(Math.abs(r.timeToDrainMs! - actualMs), `at ${s} s`).toBeLessThanOrEqual(actualMs * 0.1);
    }
  });
});

describe('lag trend', () => {
  it('reads a group that keeps up as steady from its first classified sample, never growing', () => {
    for (const sink of [
      { consumers: 2 },
      { consumers: 4, assignor: 'cooperative-sticky' as const, processingRate: 600 },
    ]) {
      const sim = new TestSim()
        .topic('orders', { partitions: 6 })
        .source('shop', { rate: 1000, arrival: 'poisson' }, ['orders'])
        .sink('billing', sink, ['orders'])
        .start();
      const trends: string[] = [];
      for (let s = 1; s <= 120; s++) trends.push(sim.advance(1000).group('billing').lagTrend);
      // The group first commits at 11 s (3 s group.initial.rebalance.delay.ms, then auto-commit at
      // 5 s intervals); 6 samples later (one saw-tooth and one sample) it says steady, and stays so.
      const first = trends.findIndex((t) => t !== 'measuring');
      expect(first + 1, JSON.stringify(sink)).toBe(17);
      expect(new Set(trends.slice(first)), JSON.stringify(sink)).toEqual(new Set(['steady']));
    }
  });
});

describe('time lag', () => {
  it('is the age of the record at the committed offset: lag / production rate on one partition', () => {
    // 1,000 records/s into one partition, consumed at 500/s: the committed record was produced
    // lag / 1,000 s before now, so the time lag in ms is about the lag in records.
    const sim = new TestSim()
      .topic('orders', { partitions: 1 })
      .source('shop', { rate: 1000 }, ['orders'])
      .sink('billing', { consumers: 1, processingRate: 500, enableAutoCommit: false }, ['orders'])
      .start();
    sim.advance(60_000);
    const g = sim.group('billing');
    // The lag is the simulator's own figure (where the consumer's first poll started after the join and how far
    // the poll in progress has got); the time lag follows it to within 2 ms, one ms a record.
    expect(g.lag).toBe(28_895);
    expect(g.timeLagMs).toBe(g.lag + 2);
  });
});
