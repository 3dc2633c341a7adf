import { describe, expect, it } from 'vitest';
import { parseDocument, type PipelineDocument, type SimulationReport } from '../../engine';
import example from '../../../examples/article-pipeline.json';
import { edgeFlows, spawnPerSecond, speedPerSecond } from './particleRates';

describe('particles per second and speed, on a log scale', () => {
  it('shows every record while they are few', () => {
    expect(spawnPerSecond(0)).toBe(0);
    expect(spawnPerSecond(0.5)).toBe(0.5);
    expect(spawnPerSecond(1)).toBe(1);
  });

  it('adds five particles per second per decade of records/s', () => {
    expect(spawnPerSecond(10)).toBeCloseTo(5.21, 2);
    expect(spawnPerSecond(1000)).toBeCloseTo(15, 2);
    expect(spawnPerSecond(1_000_000)).toBeCloseTo(30, 2);
    expect(spawnPerSecond(1e12)).toBe(30);
  });

  it('moves faster where the rate is higher', () => {
    expect(speedPerSecond(0)).toBe(0);
    expect(speedPerSecond(1)).toBeCloseTo(73.5, 1);
    expect(speedPerSecond(1000)).toBeCloseTo(195, 1);
    expect(speedPerSecond(1_000_000)).toBeCloseTo(330, 1);
    expect(speedPerSecond(1e12)).toBe(360);
  });

  it('draws a quarter of the particles at half the speed for reduced motion', () => {
    expect(spawnPerSecond(1000, true)).toBeCloseTo(3.75, 2);
    expect(speedPerSecond(1000, true)).toBeCloseTo(97.5, 1);
  });

  it('stays under the on-screen cap with twenty busy edges', () => {
    // 20 edges of 400 px at a million records/s each: particles alive = spawn × seconds on the edge.
    const alive = 20 * spawnPerSecond(1e6) * (400 / speedPerSecond(1e6));
    expect(alive).toBeLessThan(1000);
  });
});

describe('records/s along each edge of the article pipeline', () => {
  const doc = parse(example);
  const report = {
    sources: [
      { node: 'web', recordsPerSec: 400 },
      { node: 'crm', recordsPerSec: 10 },
    ],
    topics: [
      { name: 'user-events', recordsPerSec: 650 },
      { name: 'customers', recordsPerSec: 10 },
      { name: 'payments', recordsPerSec: 50 },
    ],
    groups: [{ node: 'database', recordsPerSec: 710 }],
  } as unknown as SimulationReport;
  const flows = edgeFlows(doc, report);

  it("gives a source's edge the source's rate, coloured by its topic", () => {
    expect(flows.get('web->t-user-events')).toEqual({ rate: 400, color: 0 });
    expect(flows.get('crm->t-customers')).toEqual({ rate: 10, color: 3 });
  });

  it("splits a group's rate over its topics in proportion to their rates", () => {
    expect(flows.get('t-user-events->database')!.rate).toBeCloseTo(650, 6);
    expect(flows.get('t-payments->database')!.rate).toBeCloseTo(50, 6);
    expect(flows.get('t-customers->database')!.rate).toBeCloseTo(10, 6);
    expect(flows.get('t-payments->database')!.color).toBe(1);
  });

  it('has zero on edges with nothing reported and nothing before the first report', () => {
    expect(flows.get('t-user-events->analytics')!.rate).toBe(0);
    expect(edgeFlows(doc, null).get('web->t-user-events')!.rate).toBe(0);
    expect(edgeFlows(doc, null).size).toBe(doc.edges.length);
  });

  it("gives a processor's output its group rate × filterRatio × fanOut", () => {
    const design = parse({
      format: 'franz.pipeline',
      version: 1,
      nodes: [
        { id: 'in', kind: 'topic', name: 'raw', config: {} },
        { id: 'p', kind: 'processor', name: 'Enricher', config: { filterRatio: 0.5, fanOut: 2 } },
        { id: 'out', kind: 'topic', name: 'enriched', config: {} },
      ],
      edges: [
        { from: 'in', to: 'p' },
        { from: 'p', to: 'out' },
      ],
    });
    const r = { sources: [], topics: [], groups: [{ node: 'p', recordsPerSec: 300 }] };
    const f = edgeFlows(design, r as unknown as SimulationReport);
    expect(f.get('p->out')).toEqual({ rate: 300, color: 1 });
    expect(f.get('in->p')).toEqual({ rate: 300, color: 0 });
  });
});

function parse(input: unknown): PipelineDocument {
  const parsed = parseDocument(input);
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  return parsed.doc;
}
