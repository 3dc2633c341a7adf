// The engine's two modes in the worker: a speed above 100x starts the run again in the fluid mode and says so; a
// design the fluid mode cannot run keeps the per-record mode, with the reason; back to per record, at most 100x.
import { describe, expect, it } from 'vitest';
import { exampleWith, example } from './testDocs.testing';
import { greetedHost } from './testHost.testing';

describe('SimHost modes', () => {
  it('tells the page the per-record mode once, with the first run', () => {
    const { host, all } = greetedHost();
    host.receive({ type: 'load', document: example, seed: 1 });
    host.receive({ type: 'reset' });
    expect(all('mode')).toEqual([{ type: 'mode', mode: 'record' }]);
  });

  it('runs above 100x in the fluid mode: a new run from 0 s, told as a notice, that steps an hour at once', () => {
    const { host, last, all } = greetedHost();
    host.receive({ type: 'load', document: example, seed: 1 });
    host.receive({ type: 'step', ms: 5000 });
    expect(last('report')!.report.simulatedMs).toBe(5000);
    host.receive({ type: 'speed', factor: 3600 });
    expect(last('mode')).toEqual({ type: 'mode', mode: 'fluid' });
    expect(last('notice')!.text).toBe(
      'Above 100x the fluid mode runs: flows as rates instead of every record. The run started again at 0 s.',
    );
    expect(last('report')!.report).toMatchObject({ simulatedMs: 0, mode: 'fluid' });
    expect(last('report')!.speed).toBe(3600);
    host.receive({ type: 'step', ms: 600_000 });
    const report = last('report')!.report;
    expect(report.simulatedMs).toBe(600_000);
    // The article's five sources at their rates for ten minutes, as flows.
    const produced = report.sources.reduce((sum, s) => sum + s.recordsProduced, 0);
    expect(produced).toBeGreaterThan(1_000_000);
    // Back to every record: a new run, at no more than 100x.
    host.receive({ type: 'mode', mode: 'record' });
    expect(last('mode')).toEqual({ type: 'mode', mode: 'record' });
    expect(last('notice')!.text).toBe(
      'Every record runs again, at up to 100x. The run started again at 0 s.',
    );
    expect(last('report')!.report.simulatedMs).toBe(0);
    expect(last('report')!.report.mode).toBeUndefined();
    expect(last('report')!.speed).toBe(100);
    expect(all('mode')).toHaveLength(3);
  });

  it('keeps a compacted design per record and says why, at the speed it had', () => {
    const { host, last, all } = greetedHost();
    host.receive({
      type: 'load',
      document: exampleWith('t-customers', { cleanupPolicy: 'compact' }),
      seed: 1,
    });
    host.receive({ type: 'speed', factor: 600 });
    expect(last('error')!.message).toBe(
      'speeds above 100x run the fluid mode, which cannot run this design: topic "customers" is compacted (cleanup.policy=compact), which needs each record\'s key',
    );
    host.receive({ type: 'mode', mode: 'fluid' });
    expect(last('error')!.message).toMatch(
      /^the fluid mode cannot run this design: topic "customers" is compacted/,
    );
    expect(all('mode')).toEqual([{ type: 'mode', mode: 'record' }]);
    expect(last('report')!.speed).toBe(1);
  });

  it('falls back to per record with a notice when a fluid run is given a design it cannot run', () => {
    const { host, last } = greetedHost();
    host.receive({ type: 'mode', mode: 'fluid' });
    expect(last('mode')).toEqual({ type: 'mode', mode: 'fluid' });
    host.receive({
      type: 'load',
      document: exampleWith('t-customers', { cleanupPolicy: 'compact' }),
      seed: 1,
    });
    expect(last('mode')).toEqual({ type: 'mode', mode: 'record' });
    expect(last('notice')!.text).toMatch(
      /^This design runs per record, at most 100x: the fluid mode cannot run it/,
    );
  });

  it('runs per record again, from 0 s and saying why, when a fluid run is changed into a design it cannot run', () => {
    const { host, last, all } = greetedHost();
    host.receive({ type: 'load', document: example, seed: 1 });
    host.receive({ type: 'speed', factor: 600 });
    host.receive({ type: 'play' });
    host.receive({ type: 'step', ms: 60_000 });
    host.receive({ type: 'update', document: exampleWith('t-customers', { cleanupPolicy: 'compact' }) });
    expect(last('mode')).toEqual({ type: 'mode', mode: 'record' });
    expect(last('notice')!.text).toMatch(
      /^This design runs per record, at most 100x: the fluid mode cannot run it/,
    );
    expect(all('error')).toEqual([]);
    const { report, running, speed } = last('report')!;
    expect(report.simulatedMs).toBe(0);
    expect(running).toBe(true);
    expect(speed).toBe(100);
  });
});
