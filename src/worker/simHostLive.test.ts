// Protocol v3: live changes, reset, seed, consumers and the charts' group.
import { describe, expect, it } from 'vitest';
import type { PipelineDocument } from '../engine';
import { exampleWith, example } from './testDocs.testing';
import { greetedHost } from './testHost.testing';

function loadedHost() {
  const h = greetedHost();
  h.host.receive({ type: 'load', document: example, seed: 1 });
  h.host.receive({ type: 'step', ms: 10_000 });
  return h;
}

describe('SimHost, live', () => {
  it('applies a new partition without a restart: the clock runs on and a new layout has one more lane', () => {
    const { host, last } = loadedHost();
    const before = last('layout')!.layout.partitions.length;
    host.receive({ type: 'update', document: exampleWith('t-payments', { partitions: 4 }) });
    expect(last('refused')).toEqual({ type: 'refused', refusals: [] });
    expect(last('layout')!.layout.partitions).toHaveLength(before + 1);
    expect(last('snapshot')!.buffer).toHaveLength(last('layout')!.layout.length);
    expect(last('report')!.report.simulatedMs).toBe(10_000);
    expect(last('report')!.report.topics.find((t) => t.name === 'payments')!.partitions).toHaveLength(4);
  });

  it('refuses shrinking a topic, as Kafka does, and keeps the rest of the change', () => {
    const { host, last } = loadedHost();
    const doc = exampleWith('t-user-events', { partitions: 2 });
    const database = doc.nodes.find((n) => n.id === 'database')!;
    if (database.kind === 'sink') database.config.consumers = 4;
    host.receive({ type: 'update', document: doc });
    expect(last('refused')!.refusals).toEqual([
      {
        node: 't-user-events',
        setting: 'partitions',
        running: 6,
        message:
          'partitions cannot be reduced (Kafka never shrinks a topic): the running topic keeps 6; Reset to start with 2',
      },
    ]);
    host.receive({ type: 'step', ms: 5000 });
    expect(last('report')!.report.groups.find((g) => g.node === 'database')!.members).toHaveLength(4);
  });

  it('answers an update that is not a parsed design with the reason, and runs the previous design on', () => {
    const { host, last } = loadedHost();
    const listless = { ...example, edges: null } as unknown as PipelineDocument;
    host.receive({ type: 'update', document: listless });
    expect(last('invalid')!.errors).toEqual(['edges: must be a list']);
    host.receive({ type: 'step', ms: 1000 });
    expect(last('report')!.report.simulatedMs).toBe(11_000);
  });

  it('resets to time zero with the same seed, and runs the same again', () => {
    const { host, last } = loadedHost();
    const first = last('report')!.report;
    host.receive({ type: 'reset' });
    expect(last('report')!.report.simulatedMs).toBe(0);
    expect(last('snapshot')!.buffer[0]).toBe(0);
    host.receive({ type: 'step', ms: 10_000 });
    expect(last('report')!.report).toEqual(first);
  });

  it('resets the design it was last sent, not the one it was loaded with', () => {
    const { host, last } = loadedHost();
    host.receive({ type: 'update', document: exampleWith('t-payments', { partitions: 5 }) });
    host.receive({ type: 'reset' });
    expect(last('report')!.report.topics.find((t) => t.name === 'payments')!.partitions).toHaveLength(5);
  });

  it('starts again from zero with a new seed', () => {
    const { host, last } = loadedHost();
    host.receive({ type: 'seed', seed: 42 });
    expect(last('report')!.report).toMatchObject({ simulatedMs: 0, seed: 42 });
    host.receive({ type: 'seed', seed: 1.5 });
    expect(last('error')!.message).toBe('seed must be an integer, got 1.5');
  });

  it('adds, closes and crashes consumers of a sink', () => {
    const { host, last } = loadedHost();
    const members = () => last('report')!.report.groups.find((g) => g.node === 'database')!;
    host.receive({ type: 'consumer', node: 'database', action: 'add' });
    host.receive({ type: 'step', ms: 5000 });
    expect(members().members).toHaveLength(4);
    host.receive({ type: 'consumer', node: 'database', action: 'remove' });
    host.receive({ type: 'step', ms: 5000 });
    expect(members().members).toHaveLength(3);
    host.receive({ type: 'consumer', node: 'database', action: 'crash' });
    host.receive({ type: 'step', ms: 5000 });
    // The coordinator notices a dead consumer only after session.timeout.ms (45 s).
    expect(members().members).toHaveLength(3);
    host.receive({ type: 'step', ms: 60_000 });
    expect(members().members).toHaveLength(2);
    host.receive({ type: 'consumer', node: 'web', action: 'add' });
    expect(last('error')!.message).toBe('no sink or processor with id "web"');
  });

  it('puts the chosen group’s partition lag in the series, and drops it when none is chosen', () => {
    const { host, last } = loadedHost();
    expect(last('series')!.series.partitionLag).toBeNull();
    host.receive({ type: 'chartGroup', node: 'email' });
    const lag = last('series')!.series.partitionLag!;
    expect(lag.node).toBe('email');
    expect(lag.partitions.map((p) => p.label).sort()).toEqual([
      'customers-0',
      'customers-1',
      'customers-2',
      'payments-0',
      'payments-1',
      'payments-2',
    ]);
    host.receive({ type: 'chartGroup', node: null });
    expect(last('series')!.series.partitionLag).toBeNull();
  });
});
