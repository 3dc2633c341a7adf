import { describe, expect, it } from 'vitest';
import { parseDocument, type Fault, type PipelineDocument } from '../../engine';
import {
  describeFault,
  FAULT_TYPE_OPTIONS,
  faultRefusal,
  faultTargets,
  readFaultDraft,
  type FaultDraft,
} from './faultSchedule';

function design(): PipelineDocument {
  const parsed = parseDocument({
    format: 'franz.pipeline',
    version: 1,
    cluster: { brokers: [{ id: 1 }, { id: 2 }, { id: 5 }] },
    nodes: [
      { id: 'web', kind: 'source', name: 'Web' },
      { id: 'orders', kind: 'topic', name: 'orders' },
      { id: 'enrich', kind: 'processor', name: 'Enrich' },
      { id: 'billing', kind: 'sink', name: 'Billing' },
    ],
    edges: [],
  });
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  return parsed.doc;
}

describe('the schedule in words', () => {
  const doc = design();
  it.each<[Fault, string]>([
    [{ atMs: 10_000, type: 'broker-kill', broker: 2 }, 'at 10 s: kill broker 2'],
    [{ atMs: 0, type: 'broker-shutdown', broker: 1 }, 'at 0 s: shut down broker 1'],
    [{ atMs: 90_000, type: 'broker-restart', broker: 2 }, 'at 90 s: restart broker 2'],
    [{ atMs: 5_000, type: 'broker-isolate', broker: 1 }, 'at 5 s: isolate broker 1'],
    [{ atMs: 40_000, type: 'broker-reconnect', broker: 1 }, 'at 40 s: reconnect broker 1'],
    [
      { atMs: 1500, type: 'broker-throttle', broker: 5, networkMBps: 10 },
      'at 1.5 s: throttle broker 5 to 10 MB/s',
    ],
    [
      { atMs: 2000, type: 'broker-throttle', broker: 5, networkMBps: null },
      'at 2 s: lift the throttle on broker 5',
    ],
    [{ atMs: 3000, type: 'consumer-kill', node: 'billing' }, 'at 3 s: kill a consumer of "Billing"'],
    [{ atMs: 3000, type: 'consumer-start', node: 'enrich' }, 'at 3 s: start a consumer in "Enrich"'],
    [
      { atMs: 4000, type: 'consumer-slow', node: 'billing', processingRate: 5 },
      'at 4 s: slow a consumer of "Billing" to 5 records/s',
    ],
    [
      { atMs: 5000, type: 'consumer-slow', node: 'billing', processingRate: null },
      'at 5 s: restore the processing rate of "Billing"',
    ],
    [{ atMs: 6000, type: 'processor-kill', node: 'enrich' }, 'at 6 s: kill processor "Enrich"'],
    [{ atMs: 7000, type: 'processor-restart', node: 'enrich' }, 'at 7 s: restart processor "Enrich"'],
    [{ atMs: 8000, type: 'source-pause', node: 'web' }, 'at 8 s: pause source "Web"'],
    [{ atMs: 9000, type: 'source-resume', node: 'web' }, 'at 9 s: resume source "Web"'],
  ])('%j reads "%s"', (fault, words) => {
    expect(describeFault(fault, doc)).toBe(words);
  });

  it('offers every type of fault the schema has', () => {
    expect(FAULT_TYPE_OPTIONS).toHaveLength(15);
  });
});

describe('what a fault may aim at', () => {
  const doc = design();
  const values = (type: Parameters<typeof faultTargets>[0]) => faultTargets(type, doc).map((t) => t.label);

  it('broker faults: the brokers, by id', () => {
    expect(values('broker-kill')).toEqual(['broker 1', 'broker 2', 'broker 5']);
  });

  it('consumer faults: sinks and processors; processor faults: processors; source faults: sources', () => {
    expect(values('consumer-kill')).toEqual(['Enrich', 'Billing']);
    expect(values('processor-restart')).toEqual(['Enrich']);
    expect(values('source-pause')).toEqual(['Web']);
  });
});

describe('the add form read as a fault', () => {
  const doc = design();
  const draft = (patch: Partial<FaultDraft>): FaultDraft => ({
    type: 'broker-kill',
    at: '10',
    target: '2',
    value: '',
    ...patch,
  });

  it('a broker kill at 10 s', () => {
    expect(readFaultDraft(draft({}), doc)).toEqual({
      ok: true,
      fault: { atMs: 10_000, type: 'broker-kill', broker: 2 },
    });
  });

  it('a broker cut off at 5 s and reconnected at 40 s', () => {
    expect(readFaultDraft(draft({ type: 'broker-isolate', at: '5', target: '1' }), doc)).toEqual({
      ok: true,
      fault: { atMs: 5_000, type: 'broker-isolate', broker: 1 },
    });
    expect(readFaultDraft(draft({ type: 'broker-reconnect', at: '40', target: '1' }), doc)).toEqual({
      ok: true,
      fault: { atMs: 40_000, type: 'broker-reconnect', broker: 1 },
    });
  });

  it('a throttle with its cap, or none (lift the cap); a slowed consumer with its rate', () => {
    expect(readFaultDraft(draft({ type: 'broker-throttle', at: '2.5', value: '12.5' }), doc)).toEqual({
      ok: true,
      fault: { atMs: 2500, type: 'broker-throttle', broker: 2, networkMBps: 12.5 },
    });
    expect(readFaultDraft(draft({ type: 'broker-throttle', value: ' ' }), doc)).toMatchObject({
      fault: { networkMBps: null },
    });
    expect(readFaultDraft(draft({ type: 'consumer-slow', target: 'billing', value: '0' }), doc)).toEqual({
      ok: true,
      fault: { atMs: 10_000, type: 'consumer-slow', node: 'billing', processingRate: 0 },
    });
  });

  it.each<[Partial<FaultDraft>, string]>([
    [{ at: '-1' }, 'The time must be at least 0'],
    [{ at: '' }, 'The time must be a number'],
    [{ at: 'soon' }, 'The time must be a number'],
    [{ target: '' }, 'Target: choose a broker'],
    [{ target: '9' }, 'Target: choose a broker'],
    [{ type: 'consumer-kill', target: 'orders' }, 'Target: choose a sink or processor'],
    [{ type: 'broker-throttle', value: '0' }, 'Network cap must be more than 0'],
    [{ type: 'consumer-slow', target: 'billing', value: '-3' }, 'Slowed rate must be at least 0'],
  ])('%j is refused: %s', (patch, error) => {
    expect(readFaultDraft(draft(patch), doc)).toEqual({ ok: false, error });
  });

  it('a node fault in a design without such a node says so', () => {
    const empty = { ...doc, nodes: [] };
    expect(readFaultDraft(draft({ type: 'source-pause', target: '' }), empty)).toEqual({
      ok: false,
      error: 'Target: the design has no source yet',
    });
  });

  it("tells the engine's refusal by the form's field", () => {
    expect(faultRefusal('faults[2].networkMBps: must be <= 100000')).toBe(
      'Network cap must be at most 100,000',
    );
    expect(faultRefusal('faults[0].broker: no broker with id 7')).toBe('Target: no broker with id 7');
    expect(faultRefusal('cluster.brokers: must have at least one broker')).toBe(
      'cluster.brokers: must have at least one broker',
    );
  });
});
