// The fluid mode against the per-record mode on the same design and seed (issue 13): records produced and consumed,
// lag, stored bytes and the brokers' load agree within 2% over two simulated minutes, for the article's pipeline, a
// bursty source with a spike, keys skewed by zipf, a broker failure and a rebalance. Lag of a group that keeps up is
// the few seconds between its auto-commits plus the poll in processing, which the fluid mode (records processed as
// they arrive) leaves out: there it agrees within a second's worth of the group's records.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseDocumentJson } from '../../model/validate';
import type { PipelineDocument } from '../../model/schema';
import { TestSim } from '../sim.testing';
import { differences, figures, type Figures } from './agreement.testing';

const RUN_MS = 120_000;
const three = { brokers: [{ id: 1 }, { id: 2 }, { id: 3 }] };

function compare(doc: PipelineDocument): {
  record: Figures;
  fluid: Figures;
  d: Record<keyof Figures, number>;
} {
  const record = figures(doc, 'record', RUN_MS);
  const fluid = figures(doc, 'fluid', RUN_MS);
  return { record, fluid, d: differences(record, fluid) };
}

/** Throughput, stored bytes and every broker link's bytes within 2%. */
function expectFlowsAgree(d: Record<keyof Figures, number>): void {
  for (const k of [
    'produced',
    'consumed',
    'storedBytes',
    'brokerStoredBytes',
    'networkIn',
    'networkOut',
    'diskWrite',
  ] as const)
    expect(Math.abs(d[k]), k).toBeLessThan(0.02);
}

/** A group that keeps up: its mean lag within one second of its records. */
function expectLagWithinASecond(record: Figures, fluid: Figures): void {
  const perSecond = record.consumed / (RUN_MS / 1000);
  expect(Math.abs(fluid.meanLag - record.meanLag)).toBeLessThan(perSecond);
}

describe('the fluid mode agrees with the per-record mode', () => {
  it('on the article pipeline', () => {
    const root = fileURLToPath(new URL('../../../../', import.meta.url));
    const parsed = parseDocumentJson(readFileSync(`${root}examples/article-pipeline.json`, 'utf8'));
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    const { record, fluid, d } = compare(parsed.doc);
    expect(record.produced).toBeGreaterThan(200_000);
    expectFlowsAgree(d);
    expectLagWithinASecond(record, fluid);
  });

  it('with bursts (on 2 s, off 3 s) and a spike to 4,000 records/s, the group falling behind', () => {
    const doc = new TestSim()
      .cluster(three)
      .topic('clicks', { partitions: 6, replicationFactor: 3 })
      .source(
        'web',
        {
          rate: 2000,
          arrival: 'bursty',
          burstOnMs: 2000,
          burstOffMs: 3000,
          recordSize: { type: 'uniform', min: 200, max: 800 },
          keys: { type: 'uniform', count: 1000 },
        },
        ['clicks'],
      )
      .source(
        'promo',
        {
          rate: 500,
          profile: { type: 'spike', spikeAtMs: 30_000, spikeDurationMs: 20_000, spikeRate: 4000 },
        },
        ['clicks'],
      )
      .sink('warehouse', { consumers: 3, processingRate: 800 }, ['clicks'])
      .document();
    const { record, d } = compare(doc);
    expect(record.lag).toBeGreaterThan(80_000);
    expectFlowsAgree(d);
    expect(Math.abs(d.lag)).toBeLessThan(0.02);
    expect(Math.abs(d.meanLag)).toBeLessThan(0.02);
  });

  it('with keys skewed by zipf over 12 partitions, the group falling behind', () => {
    const doc = new TestSim()
      .cluster(three)
      .topic('orders', { partitions: 12, replicationFactor: 3 })
      .source(
        'shop',
        {
          rate: 3000,
          arrival: 'constant',
          keys: { type: 'zipf', count: 500, exponent: 1.2 },
          recordSize: { type: 'fixed', bytes: 300 },
        },
        ['orders'],
      )
      .sink('billing', { consumers: 4, processingRate: 600 }, ['orders'])
      .document();
    const { record, d } = compare(doc);
    expect(record.lag).toBeGreaterThan(100_000);
    expectFlowsAgree(d);
    expect(Math.abs(d.lag)).toBeLessThan(0.02);
    expect(Math.abs(d.meanLag)).toBeLessThan(0.02);
  });

  it('through a broker failure (killed at 20 s, back at 70 s)', () => {
    const doc = new TestSim()
      .cluster(three)
      .topic('payments', { partitions: 6, replicationFactor: 3, minInsyncReplicas: 2 })
      .source(
        'pay',
        {
          rate: 2000,
          arrival: 'constant',
          recordSize: { type: 'uniform', min: 200, max: 800 },
          keys: { type: 'uniform', count: 200 },
        },
        ['payments'],
      )
      .sink('ledger', { consumers: 2, processingRate: 1500 }, ['payments'])
      .faults([
        { atMs: 20_000, type: 'broker-kill', broker: 2 },
        { atMs: 70_000, type: 'broker-restart', broker: 2 },
      ])
      .document();
    const { record, fluid, d } = compare(doc);
    // The controller moves the two partitions broker 2 led, in both modes.
    expect(record.elections).toBe(2);
    expect(fluid.elections).toBe(2);
    expectFlowsAgree(d);
    expectLagWithinASecond(record, fluid);
  });

  it('through a rebalance (a third consumer joins at 40 s)', () => {
    const doc = new TestSim()
      .cluster(three)
      .topic('events', { partitions: 8, replicationFactor: 3 })
      .source('app', { rate: 2400, arrival: 'constant', keys: { type: 'none' } }, ['events'])
      .sink('indexer', { consumers: 2, processingRate: 1000 }, ['events'])
      .faults([{ atMs: 40_000, type: 'consumer-start', node: 'indexer' }])
      .document();
    const { record, fluid, d } = compare(doc);
    // The first join and the one for the new consumer, in both modes.
    expect(record.rebalances).toBe(2);
    expect(fluid.rebalances).toBe(2);
    expectFlowsAgree(d);
    expectLagWithinASecond(record, fluid);
  });
});
