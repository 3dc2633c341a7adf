// Burrow's status, the lag in time and the consumers needed, on running groups in stepped simulated time: a
// group that keeps up, one slower than its input, and one whose consumers all crashed.
import { describe, expect, it } from 'vitest';
import { BURROW_INTERVALS } from '../metrics/commitWindow';
import { offsetsStopped } from '../metrics/burrow';
import { TestSim } from './sim.testing';

const everyPartition = (status: string, partitions: number) => ({ orders: Array(partitions).fill(status) });

describe("Burrow's status of a running group", () => {
  it('is NOTFOUND before the first commit, then OK for a group that keeps up', () => {
    // 1,000 records/s into 6 partitions; 3 consumers of 400 records/s each take 2 partitions (333/s) each.
    const rate = 1000;
    const processingRate = 400;
    const sim = new TestSim()
      .topic('orders', { partitions: 6 })
      .source('shop', { rate }, ['orders'])
      .sink('billing', { consumers: 3, processingRate }, ['orders'])
      .start();
    sim.advance(5000);
    expect(sim.group('billing').status).toBe('NOTFOUND');
    expect(sim.group('billing').partitionStatus).toEqual({ orders: Array(6).fill(null) });
    // The first commits come at about 11 s; from 30 s on, each span has four commits or more.
    sim.advance(25_000);
    for (let s = 30; s <= 120; s++) {
      const g = sim.group('billing');
      expect(g.status, `at ${s} s`).toBe('OK');
      expect(g.partitionStatus, `at ${s} s`).toEqual(everyPartition('OK', 6));
      sim.advance(1000);
    }
    const g = sim.group('billing');
    expect(g.consumersNeeded).toBe(Math.ceil(rate / processingRate)); // 3
    expect(g.partitionsLimit).toBe(6);
    // Kept up: the oldest uncommitted record is a few seconds of production behind the newest (auto-commit).
    expect(g.lagSeconds).toBeGreaterThan(0);
    expect(g.lagSeconds).toBeLessThan(6);
    // Each span holds Burrow's 10 commits, however long the run.
    expect(sim.state.groups.get('billing')!.commitWindows.span('orders', 0)!.length).toBe(BURROW_INTERVALS);
  });

  it('is WARN when a group falls behind, and its lag in time grows by the share it cannot process', () => {
    // 1,000 records/s spread evenly (round-robin) over 4 partitions: 250/s each, against one consumer of
    // 200 records/s per partition. Each 5 s commit is 1,000 records further on and 250 more behind.
    const rate = 1000;
    const processingRate = 200;
    const sim = new TestSim()
      .topic('orders', { partitions: 4 })
      .source('shop', { rate, partitioner: 'roundrobin' }, ['orders'])
      .sink('billing', { consumers: 4, processingRate, fetchMaxWaitMs: 0 }, ['orders'])
      .start();
    sim.advance(20_000);
    for (let s = 20; s <= 90; s += 5) {
      expect(sim.group('billing').partitionStatus, `at ${s} s`).toEqual(everyPartition('WARN', 4));
      expect(sim.group('billing').status, `at ${s} s`).toBe('WARN');
      sim.advance(5000);
    }
    // The committed position moves through produce time at 200 / 250 = 0.8 s per second, so the lag in
    // time grows by 1 - 0.8 = 0.2 s every second: 10 s over 50 s.
    const growthPerSec = 1 - processingRate / (rate / 4);
    const at30 = new TestSim()
      .topic('orders', { partitions: 4 })
      .source('shop', { rate, partitioner: 'roundrobin' }, ['orders'])
      .sink('billing', { consumers: 4, processingRate, fetchMaxWaitMs: 0 }, ['orders'])
      .start()
      .advance(30_000);
    // Read at a commit's beat, each figure is off by up to one poll's processing (500 records at 200/s, 2.5 s): a poll
    // hands out what the last fetch brought, so polls (and the commits in them) come at an uneven pace. Over 200 s
    // the growth is 40 s, within that for each of the two readings.
    const before = at30.group('billing').lagSeconds;
    const after = at30.advance(200_000).group('billing').lagSeconds;
    expect(Math.abs(after - before - growthPerSec * 200)).toBeLessThanOrEqual(2 * 2.5);
    // It needs ceil(1,000 / 200) = 5 consumers, one more than its 4 partitions can keep busy.
    expect(at30.group('billing').consumersNeeded).toBe(Math.ceil(rate / processingRate));
    expect(at30.group('billing').partitionsLimit).toBe(4);
  });

  it('goes STOP, and the group ERR, once its crashed consumers have not committed for longer than Burrow allows', () => {
    const sim = new TestSim()
      .topic('orders', { partitions: 6 })
      .source('shop', { rate: 1000 }, ['orders'])
      // fetch.max.wait.ms 0: a fetch is answered at once, so the polls, and the commits in them, keep their 5 s beat
      // (a long poll for a partition with no new records would hold back the next fetch of its broker's others).
      .sink('billing', { consumers: 3, processingRate: 400, fetchMaxWaitMs: 0 }, ['orders'])
      .start()
      .advance(60_000);
    for (let i = 0; i < 3; i++) sim.sim.crashConsumer('billing');
    const windows = sim.state.groups.get('billing')!.commitWindows;
    const span = (p: number) => windows.span('orders', p)!;
    // Every span is full: 10 commits 5 s apart, the last before the crash at 60 s.
    for (let p = 0; p < 6; p++) {
      expect(span(p).length).toBe(BURROW_INTERVALS);
      expect(span(p).timestampMs(BURROW_INTERVALS - 1)).toBeLessThanOrEqual(60_000);
    }
    // Rule 3 alone would say STOP once now - last commit > last - first commit (about 45 s): by 110 s.
    sim.advance(50_000);
    for (let p = 0; p < 6; p++) expect(offsetsStopped(span(p), 110_000)).toBe(true);
    // But Burrow waits while a recent log end (the last 10 fetched, every 10 s) is at or below the last commit:
    // the consumers kept up until 60 s, so the log end fetched at 50 s is; the one at 60 s and later are not.
    sim.advance(39_000);
    expect(sim.group('billing').status).toBe('OK');
    for (let p = 0; p < 6; p++)
      expect(windows.logEndsOf('orders', p)!.at(0)).toBeLessThanOrEqual(span(p).lastOffset()); // fetched at 50 s
    // The fetch at 150 s pushes the 50 s one out of the ring of 10: every partition is STOP, the group ERR.
    sim.advance(1000);
    expect(sim.group('billing').partitionStatus).toEqual(everyPartition('STOP', 6));
    expect(sim.group('billing').status).toBe('ERR');
    // Its lag in time spans what was produced since the last commits (before 60 s) up to now, 150 s: over 85 s.
    expect(sim.group('billing').lagSeconds).toBeGreaterThan(85);
  });
});
