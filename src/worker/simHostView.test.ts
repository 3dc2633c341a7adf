// The worker's reports follow what the page shows (protocol/viewNeed.ts): a fresh one at once when it changes.
import { describe, expect, it } from 'vitest';
import { example } from './testDocs.testing';
import { greetedHost } from './testHost.testing';

const partitionsOf = (report: { topics: { name: string; partitions: unknown[] }[] }) =>
  Object.fromEntries(report.topics.map((t) => [t.name, t.partitions.length]));

describe('SimHost trims its reports to the view', () => {
  it('reports whole until the page says what it shows', () => {
    const { host, last } = greetedHost();
    host.receive({ type: 'load', document: example, seed: 1 });
    host.receive({ type: 'step', ms: 2000 });
    expect(last('report')!.whole).toBe(true);
    expect(partitionsOf(last('report')!.report)).toEqual({
      'user-events': 6,
      payments: 3,
      telemetry: 6,
      customers: 3,
    });
  });

  it('answers a view message with a report at once, trimmed to the topics drawing lanes', () => {
    const { host, all, last } = greetedHost();
    host.receive({ type: 'load', document: example, seed: 1 });
    host.receive({ type: 'step', ms: 2000 });
    const reports = all('report').length;
    host.receive({ type: 'view', view: 'kafka', topics: ['payments'] });
    expect(all('report')).toHaveLength(reports + 1);
    const message = last('report')!;
    expect(message.whole).toBe(false);
    expect(message.report.simulatedMs).toBe(2000);
    expect(partitionsOf(message.report)).toEqual({
      'user-events': 0,
      payments: 3,
      telemetry: 0,
      customers: 0,
    });
    expect(message.digests['user-events']).toMatchObject({ partitions: 6, replicationFactor: 3, read: true });
    expect(message.digests['user-events']!.retained).toHaveLength(6);
    // Stepping on keeps the same trim; the Cluster view makes the next report whole at once.
    host.receive({ type: 'step', ms: 1000 });
    expect(partitionsOf(last('report')!.report)['telemetry']).toBe(0);
    host.receive({ type: 'view', view: 'cluster', topics: [] });
    expect(all('report')).toHaveLength(reports + 3);
    expect(last('report')).toMatchObject({ whole: true, report: { simulatedMs: 3000 } });
    expect(partitionsOf(last('report')!.report)['telemetry']).toBe(6);
  });

  it('keeps reports whole on the canvas while a lesson is open, for its checks', () => {
    const { host, last } = greetedHost();
    host.receive({ type: 'load', document: example, seed: 1 });
    host.receive({ type: 'view', view: 'kafka', topics: [], whole: true });
    host.receive({ type: 'step', ms: 1000 });
    expect(last('report')!.whole).toBe(true);
    expect(partitionsOf(last('report')!.report)['telemetry']).toBe(6);
    host.receive({ type: 'view', view: 'kafka', topics: [] });
    expect(last('report')!.whole).toBe(false);
  });

  it('trims the reports of a playing simulation as well', () => {
    const { host, clock, last } = greetedHost();
    host.receive({ type: 'view', view: 'sweep', topics: [] });
    host.receive({ type: 'load', document: example, seed: 1 });
    host.receive({ type: 'play' });
    clock.advance(1000);
    expect(last('report')!.report.simulatedMs).toBeGreaterThan(0);
    expect(last('report')!.whole).toBe(false);
    expect(partitionsOf(last('report')!.report)).toEqual({
      'user-events': 0,
      payments: 0,
      telemetry: 0,
      customers: 0,
    });
  });
});
