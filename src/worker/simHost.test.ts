import { describe, expect, it } from 'vitest';
import { createSimulation, type PipelineDocument } from '../engine';
import { PROTOCOL_VERSION, type FromWorker, type ToWorker } from '../protocol/messages';
import { TestClock } from '../protocol/testClock.testing';
import { SimHost } from './simHost';
import { example } from './testDocs.testing';
import { greetedHost } from './testHost.testing';

describe('SimHost', () => {
  it('answers a hello in its own protocol version with ready', () => {
    const { posted } = greetedHost();
    expect(posted).toEqual([{ type: 'ready', protocolVersion: PROTOCOL_VERSION }]);
  });

  it('refuses a page that speaks another protocol version, and then everything it sends', () => {
    const posted: FromWorker[] = [];
    const host = new SimHost({ post: (m) => posted.push(m), clock: new TestClock() });
    host.receive({ type: 'hello', protocolVersion: PROTOCOL_VERSION + 1 });
    host.receive({ type: 'load', document: example, seed: 1 });
    expect(posted).toEqual([
      {
        type: 'error',
        message: `the page speaks protocol ${PROTOCOL_VERSION + 1}, this worker speaks ${PROTOCOL_VERSION}`,
      },
      { type: 'error', message: `expected hello (protocol ${PROTOCOL_VERSION}) before load` },
    ]);
  });

  it('loads the example, names its nodes, and after a 10 s step reports four sinks at 10,000 ms', () => {
    const { host, last } = greetedHost();
    host.receive({ type: 'load', document: example, seed: 1 });
    expect(last('loaded')).toMatchObject({
      name: 'Five sources, four sinks, one log',
      nodeNames: { database: 'Database', analytics: 'Analytics', email: 'Email', search: 'Search' },
    });
    expect(last('report')!.report.simulatedMs).toBe(0);

    host.receive({ type: 'step', ms: 10_000 });
    const { report, running, speed, events } = last('report')!;
    expect(report.simulatedMs).toBe(10_000);
    expect(report.seed).toBe(1);
    expect(running).toBe(false);
    expect(speed).toBe(1);
    expect(report.groups.map((g) => [g.groupId, g.state])).toEqual([
      ['database', 'Stable'],
      ['analytics', 'Stable'],
      ['email', 'Stable'],
      ['search', 'Stable'],
    ]);
    expect(report.groups.find((g) => g.groupId === 'database')!.members).toHaveLength(3);
    expect(report.topics.map((t) => [t.name, t.partitions.length])).toEqual([
      ['user-events', 6],
      ['payments', 3],
      ['telemetry', 6],
      ['customers', 3],
    ]);
    expect(events).toHaveLength(8);
    expect(events.at(-1)!.message).toBe('CompletingRebalance -> Stable: generation 1 assigned by roundrobin');
  });

  it('carries the Capacity answer only while its view is open, with the what-if’s brokers down', () => {
    const { host, last } = greetedHost();
    host.receive({ type: 'load', document: example, seed: 1 });
    host.receive({ type: 'step', ms: 20_000 });
    expect(last('report')!.report.capacity).toBeUndefined();

    // Opening the view answers at once, without waiting for the next report.
    host.receive({ type: 'capacity', open: true, down: [] });
    const open = last('report')!.report;
    expect(open.simulatedMs).toBe(20_000);
    expect(open.capacity!.brokers.map((b) => b.id)).toEqual([1, 2, 3]);
    expect(open.capacity!.headroom.map((h) => h.scenario)).toContain('rack zone-a down');
    expect(open.capacity!.whatIf).toBeNull();

    host.receive({ type: 'capacity', open: true, down: [2] });
    expect(last('report')!.report.capacity!.whatIf!.scenario).toBe('broker 2 down');
    expect(last('report')!.report.capacity!.whatIf!.brokers.map((b) => b.id)).toEqual([1, 3]);
    // Later reports keep asking for it; the running cluster keeps all three brokers.
    host.receive({ type: 'step', ms: 1000 });
    const next = last('report')!.report;
    expect(next.capacity!.whatIf!.scenario).toBe('broker 2 down');
    expect(next.brokers.map((b) => b.status)).toEqual(['up', 'up', 'up']);

    host.receive({ type: 'capacity', open: false, down: [2] });
    expect(last('report')!.report.capacity).toBeUndefined();
  });

  it('refuses a message that is not a parsed design and keeps the previous simulation running', () => {
    const { host, last } = greetedHost();
    host.receive({ type: 'load', document: example, seed: 1 });
    host.receive({ type: 'step', ms: 3000 });

    // The page parses every design it sends; a page of another document version would send this.
    const newer = { ...example, version: 2 } as unknown as PipelineDocument;
    host.receive({ type: 'load', document: newer, seed: 1 });
    expect(last('invalid')!.errors).toEqual(['version: must be 1']);
    host.receive({ type: 'load', document: { nodes: [] } as unknown as PipelineDocument, seed: 1 });
    expect(last('invalid')!.errors).toEqual(['format: must be "franz.pipeline"']);

    host.receive({ type: 'step', ms: 2000 });
    const { report } = last('report')!;
    expect(report.simulatedMs).toBe(5000);
    expect(report.groups).toHaveLength(4);
  });

  it('plays at 10x: one wall second moves the clock 10 s and sends four reports, twenty snapshots and two series', () => {
    const { host, clock, all, last } = greetedHost();
    host.receive({ type: 'load', document: example, seed: 1 });
    host.receive({ type: 'speed', factor: 10 });
    host.receive({ type: 'play' });
    const before = all('report').length;
    const snapshotsBefore = all('snapshot').length;
    const seriesBefore = all('series').length;

    clock.advance(1000);
    expect(last('report')).toMatchObject({ running: true, speed: 10 });
    expect(last('report')!.report.simulatedMs).toBe(10_000);
    expect(all('report').length - before).toBe(4);
    expect(all('snapshot').length - snapshotsBefore).toBe(20);
    expect(all('series').length - seriesBefore).toBe(2);
  });

  it('plays at 1x: sends a series only when the metrics have a new sample, one a simulated second', () => {
    const { host, clock, all } = greetedHost();
    host.receive({ type: 'load', document: example, seed: 1 });
    host.receive({ type: 'play' });
    const seriesBefore = all('series').length;

    clock.advance(2000);
    expect(all('series').length - seriesBefore).toBe(2);
    expect(all('series').at(-1)!.series.timeMs.at(-1)).toBe(2000);
  });

  it('pauses: the clock stands still and no timer is left behind', () => {
    const { host, clock, all, last } = greetedHost();
    host.receive({ type: 'load', document: example, seed: 1 });
    host.receive({ type: 'play' });
    clock.advance(2000);
    host.receive({ type: 'pause' });
    expect(last('report')).toMatchObject({ running: false });
    expect(last('report')!.report.simulatedMs).toBe(2000);
    const reports = all('report').length;

    clock.advance(5000);
    expect(all('report')).toHaveLength(reports);
    expect(clock.pending).toBe(0);
  });

  it('counts at most 250 ms of wall time for a tick after a stall, so 100x leaps 25 s, not 500 s', () => {
    const { host, clock, last } = greetedHost();
    host.receive({ type: 'load', document: example, seed: 1 });
    host.receive({ type: 'speed', factor: 100 });
    host.receive({ type: 'play' });
    clock.stall(5000);
    clock.advance(0);
    host.receive({ type: 'pause' });
    expect(last('report')!.report.simulatedMs).toBe(25_000);
  });

  it('refuses a speed outside 0.1..3600 and keeps the one it had', () => {
    const { host, last } = greetedHost();
    host.receive({ type: 'load', document: example, seed: 1 });
    host.receive({ type: 'speed', factor: 10 });
    host.receive({ type: 'speed', factor: 4000 });
    expect(last('error')!.message).toBe('speed must be between 0.1 and 3600, got 4000');
    host.receive({ type: 'step', ms: 100 });
    expect(last('report')!.speed).toBe(10);
  });

  it('says so when asked to step before any design is loaded', () => {
    const { host, last } = greetedHost();
    host.receive({ type: 'step', ms: 1000 });
    expect(last('error')!.message).toBe('nothing to step: no design is loaded');
  });

  it('runs the same document and seed to the same report, step by step or played', () => {
    const stepped = greetedHost();
    stepped.host.receive({ type: 'load', document: example, seed: 7 });
    stepped.host.receive({ type: 'step', ms: 4000 });

    const played = greetedHost();
    played.host.receive({ type: 'load', document: example, seed: 7 });
    played.host.receive({ type: 'speed', factor: 4 });
    played.host.receive({ type: 'play' });
    played.clock.advance(1000);
    played.host.receive({ type: 'pause' });

    expect(played.last('report')!.report).toEqual(stepped.last('report')!.report);
  });

  it('pauses and tells the page when the engine throws, instead of dying', () => {
    const failingAt5s: typeof createSimulation = (doc, options) => {
      const sim = createSimulation(doc, options);
      const step = sim.step.bind(sim);
      sim.step = (dtMs) => {
        if (sim.nowMs >= 5000) throw new Error('partition 7 does not exist');
        step(dtMs);
      };
      return sim;
    };
    const { host, clock, last } = greetedHost(failingAt5s);
    host.receive({ type: 'load', document: example, seed: 1 });
    host.receive({ type: 'speed', factor: 10 });
    host.receive({ type: 'play' });
    clock.advance(2000);

    expect(last('error')!.message).toBe('the simulation failed: partition 7 does not exist');
    expect(clock.pending).toBe(0);
    expect(last('report')).toMatchObject({ running: false });
    expect(last('report')!.report.simulatedMs).toBe(5000);
  });

  it('answers a message it does not know with an error', () => {
    const { host, last } = greetedHost();
    host.receive({ type: 'rewind' } as unknown as ToWorker);
    expect(last('error')!.message).toBe('unknown message type "rewind"');
  });
});
