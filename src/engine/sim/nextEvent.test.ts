// Event skipping (nextEvent.ts): the step loop jumps over ticks in which nothing happens, and a run gives the same
// report and the same event log as one that runs every tick.
import { describe, expect, it } from 'vitest';
import type { SimulationOptions } from './simulation';
import { TestSim } from './sim.testing';

/**
 * Sparse activity: one record a second (and a Poisson trickle), replicated three ways over a 2 ms round trip, a
 * processor, two consumer groups, a broker killed at 30 s and back at 40 s, a consumer killed at 45 s.
 */
function sparse(options: Partial<SimulationOptions>): TestSim {
  return new TestSim(options)
    .cluster({ rttMs: 2, crossRackRttMs: 2, brokers: [{ id: 1 }, { id: 2 }, { id: 3 }] })
    .topic('orders', { partitions: 3, replicationFactor: 3, minInsyncReplicas: 2 })
    .topic('enriched', { partitions: 2, replicationFactor: 3 })
    .source('shop', { rate: 1, arrival: 'constant', keys: { type: 'uniform', count: 10 } }, ['orders'])
    .source('app', { rate: 0.5, arrival: 'poisson', acks: '1', lingerMs: 20 }, ['orders'])
    .processor('enrich', { consumers: 1, processingRate: 100 }, ['orders'], ['enriched'])
    .sink('billing', { consumers: 2, processingRate: 50 }, ['orders'])
    .sink('audit', { consumers: 1, assignor: 'cooperative-sticky' }, ['enriched'])
    .faults([
      { atMs: 30_000, type: 'broker-kill', broker: 2 },
      { atMs: 40_000, type: 'broker-restart', broker: 2 },
      { atMs: 45_000, type: 'consumer-kill', node: 'billing' },
    ])
    .start();
}

/** The whole report and the event log, as text. */
function outcome(t: TestSim): string {
  return JSON.stringify(t.sim.report()) + JSON.stringify(t.sim.recentEvents());
}

describe('event skipping', () => {
  it.each([1, 2, 3])('gives the same report and events as running every tick (seed %i)', (seed) => {
    const every = sparse({ seed, skipIdle: false }).advance(60_000);
    const skipping = sparse({ seed }).advance(60_000);
    expect(skipping.sim.nowMs).toBe(60_000);
    expect(outcome(skipping)).toBe(outcome(every));
    // The run saw the fault and the rebalance it caused, and records flowed end to end.
    expect(skipping.eventLines('broker')[0]).toBe(
      '30000: broker 2 stopped; the controller fences it at 39.0 s (broker.session.timeout.ms after its last heartbeat)',
    );
    expect(skipping.delivery('shop').recordsAcked).toBeGreaterThan(50);
    expect(skipping.group('audit').recordsConsumed).toBeGreaterThan(50);
  });

  it('gives the same figures when stepped in uneven pieces (frames of 16.7 ms, then a long step)', () => {
    const every = sparse({ seed: 4, skipIdle: false });
    const skipping = sparse({ seed: 4 });
    for (let i = 0; i < 600; i++) {
      every.advance(16.7);
      skipping.advance(16.7);
    }
    every.advance(40_000);
    skipping.advance(40_000);
    expect(skipping.sim.nowMs).toBe(every.sim.nowMs);
    expect(outcome(skipping)).toBe(outcome(every));
  });

  it('runs only the ticks with something to do', () => {
    const every = sparse({ seed: 1, skipIdle: false }).advance(60_000);
    const skipping = sparse({ seed: 1 }).advance(60_000);
    expect(every.state.ticksRun).toBe(60_000);
    // A record a second, its replication, the consumers' long polls, heartbeats and samples, and the producer's
    // reconnect attempts while broker 2 is down: under one tick in fifteen.
    expect(skipping.state.ticksRun).toBeLessThan(4_000);
  });

  it('runs a handful of ticks a second in a cluster with nothing to carry', () => {
    const idle = new TestSim()
      .topic('quiet', { partitions: 1 })
      .source('off', { rate: 0 }, ['quiet'])
      .sink('reader', { consumers: 1 }, ['quiet'])
      .start()
      .advance(600_000);
    expect(idle.sim.nowMs).toBe(600_000);
    // The consumer's empty fetch returns every fetch.max.wait.ms (500 ms), the metrics sample every second.
    expect(idle.state.ticksRun).toBeLessThan(600_000 / 100);
  });
});
