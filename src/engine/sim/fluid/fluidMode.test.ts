// The Simulation's public methods in the fluid mode: the same report, snapshot, charts, design updates and faults.
import { describe, expect, it } from 'vitest';
import { TestSim } from '../sim.testing';
import { Simulation } from '../simulation';
import { SourceFlow } from './sourceFlow';
import { parseDocument } from '../../model/validate';

const three = { brokers: [{ id: 1 }, { id: 2 }, { id: 3 }] };

function shop() {
  return new TestSim()
    .cluster(three)
    .topic('orders', { partitions: 6, replicationFactor: 3 })
    .source('shop', { rate: 1000, arrival: 'constant', keys: { type: 'uniform', count: 100 } }, ['orders'])
    .sink('billing', { consumers: 2, processingRate: null }, ['orders']);
}

describe('the fluid mode', () => {
  it('runs the design as rates and says so in its report', () => {
    const sim = new Simulation(shop().document(), { seed: 1, mode: 'fluid' });
    expect(sim.mode).toBe('fluid');
    sim.step(60_000);
    const r = sim.report();
    expect(r.mode).toBe('fluid');
    expect(r.simulatedMs).toBe(60_000);
    expect(r.sources[0]!.recordsProduced).toBe(60_000);
    expect(r.sources[0]!.recordsAcked).toBe(60_000);
    const logEnd = r.topics[0]!.partitions.reduce((s, p) => s + p.logEndOffset, 0);
    expect(logEnd).toBe(60_000);
    // Every record is replicated: the high watermark is the log end on every partition.
    for (const p of r.topics[0]!.partitions) expect(p.highWatermark).toBe(p.logEndOffset);
    expect(r.groups[0]!.state).toBe('Stable');
    // The group forms at 6 s (the initial rebalance delay, extended as the second consumer joins) and reads from the
    // latest offset on: 54,000 records (53,998 per record).
    expect(r.groups[0]!.recordsConsumed).toBe(54_000);
    // Per-record figures it cannot know: no duplicates or reordering to see.
    expect(r.groups[0]!.duplicates).toBe(0);
    expect(r.groups[0]!.outOfOrder).toBe(0);
    // The per-record mode's report carries no mode field, as before.
    expect(new Simulation(shop().document(), { seed: 1 }).report().mode).toBeUndefined();
  });

  it('gives the same run however the time is cut into calls: what does not make up a step waits for the next', () => {
    const whole = new Simulation(shop().document(), { seed: 1, mode: 'fluid' });
    whole.runUntil(120_000);
    const quarters = new Simulation(shop().document(), { seed: 1, mode: 'fluid' });
    // The page's play loop: 250 ms at a time (and a 16.7 ms frame now and then).
    for (let i = 0; i < 480; i++) quarters.step(i % 7 === 0 ? 16.7 : 250);
    // 480 calls made 103,902.3 ms: the clock stands at the last whole step, the rest carries over.
    expect(quarters.nowMs).toBe(103_000);
    quarters.runUntil(120_000);
    expect(JSON.stringify(quarters.report())).toBe(JSON.stringify(whole.report()));
    expect(whole.report().groups[0]!.lag).toBeGreaterThan(0);
  });

  it('gives the snapshot and the chart series from its 10 s samples', () => {
    const sim = new Simulation(shop().document(), { seed: 1, mode: 'fluid' });
    sim.step(60_000);
    expect(sim.lastSampleMs).toBe(60_000);
    const layout = sim.snapshotLayout();
    const out = sim.writeSnapshot(layout, new Float64Array(layout.length));
    expect(out.length).toBe(layout.length);
    const charts = sim.chartSeries('billing');
    expect(charts.timeMs).toEqual([10_000, 20_000, 30_000, 40_000, 50_000, 60_000]);
  });

  it('follows design updates: partitions added take their share from then on', () => {
    const sim = new Simulation(shop().document(), { seed: 1, mode: 'fluid' });
    sim.step(10_000);
    const doc = shop().document();
    const topic = doc.nodes.find((n) => n.kind === 'topic')!;
    if (topic.kind === 'topic') topic.config.partitions = 12;
    expect(sim.update(doc)).toEqual([]);
    sim.step(10_000);
    const partitions = sim.report().topics[0]!.partitions;
    expect(partitions).toHaveLength(12);
    expect(partitions[11]!.logEndOffset).toBeGreaterThan(0);
    expect(partitions.reduce((s, p) => s + p.logEndOffset, 0)).toBe(20_000);
  });

  it('pauses a source and kills a broker through the same code as per record', () => {
    const sim = new Simulation(shop().document(), { seed: 1, mode: 'fluid' });
    sim.step(5_000);
    sim.pauseSource('shop', true);
    sim.step(5_000);
    expect(sim.report().sources[0]!.recordsProduced).toBe(5_000);
    sim.pauseSource('shop', false);
    sim.applyFault({ type: 'broker-kill', broker: 1 });
    sim.step(30_000);
    const r = sim.report();
    expect(r.brokers.find((b) => b.id === 1)!.status).toBe('fenced');
    // The controller moved the two partitions broker 1 led; nothing was lost.
    expect(r.controller.elections).toBe(2);
    expect(r.sources[0]!.recordsAcked).toBe(35_000);
    for (const p of r.topics[0]!.partitions) expect(p.leader).not.toBe(1);
  });

  it('refuses a design it cannot run, saying why', () => {
    const doc = new TestSim()
      .topic('in')
      .topic('out')
      .source('app', { rate: 100 }, ['in'])
      .processor('enrich', {}, ['in'], ['out'])
      .document();
    const why = `the fluid mode cannot run this design: processor "enrich" copies each record's key and timestamp, which the fluid mode does not keep`;
    expect(() => new Simulation(doc, { seed: 1, mode: 'fluid' })).toThrow(why);
    // Nor a running one changed into it: the run goes on as it was.
    const sim = new Simulation(shop().document(), { seed: 1, mode: 'fluid' });
    sim.step(1000);
    expect(() => sim.update(doc)).toThrow(why);
    sim.step(1000);
    expect(sim.report().sources.map((s) => s.name)).toEqual(['shop']);
  });
});

describe('SourceFlow: the records a source asks to send, as a rate', () => {
  function flow(config: Record<string, unknown>): SourceFlow {
    const parsed = parseDocument({
      format: 'franz.pipeline',
      version: 1,
      nodes: [{ id: 's', kind: 'source', name: 's', config }],
      edges: [],
    });
    if (!parsed.ok) throw new Error(parsed.errors.join());
    const node = parsed.doc.nodes[0]!;
    if (node.kind !== 'source') throw new Error('not a source');
    return new SourceFlow(node.config);
  }

  it('bursty arrivals: period / burstOnMs times the rate in the on-phases, nothing in the off-phases', () => {
    const f = flow({ rate: 1000, arrival: 'bursty', burstOnMs: 2000, burstOffMs: 3000 });
    expect(f.expected(0, 2000)).toBeCloseTo(5000, 9);
    expect(f.expected(2000, 5000)).toBe(0);
    expect(f.expected(0, 10_000)).toBeCloseTo(10_000, 9);
    expect(f.activeMs(1000, 6000)).toBe(2000);
  });

  it('a spike profile: its rate for its duration', () => {
    const f = flow({
      rate: 100,
      profile: { type: 'spike', spikeAtMs: 10_000, spikeDurationMs: 5000, spikeRate: 2000 },
    });
    expect(f.expected(0, 10_000)).toBeCloseTo(1000, 6);
    expect(f.expected(10_000, 15_000)).toBeCloseTo(10_000, 6);
  });
});
