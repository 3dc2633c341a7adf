// The report trimmed to the page's view: what stays, what goes, and how many bytes a 1,000-partition design sends.
import { describe, expect, it } from 'vitest';
import { createSimulation } from '../engine';
import { parsed } from './testDocs.testing';
import { viewReport } from './viewReport';

/** One source into topic "big" of 1,000 partitions (3 replicas), read by three groups of eight consumers. */
function thousand() {
  const nodes: object[] = [
    { id: 's', kind: 'source', name: 's', config: { rate: 5000 } },
    { id: 't', kind: 'topic', name: 'big', config: { partitions: 1000 } },
    { id: 'u', kind: 'topic', name: 'small', config: { partitions: 3 } },
    { id: 's2', kind: 'source', name: 's2', config: { rate: 10 } },
  ];
  const edges = [
    { from: 's', to: 't' },
    { from: 's2', to: 'u' },
  ];
  for (let g = 0; g < 3; g++) {
    nodes.push({ id: `k${g}`, kind: 'sink', name: `k${g}`, config: { consumers: 8 } });
    edges.push({ from: 't', to: `k${g}` });
  }
  const doc = parsed({ format: 'franz.pipeline', version: 1, name: 'thousand', nodes, edges });
  const sim = createSimulation(doc, { seed: 1 });
  sim.step(5000);
  return sim.report();
}

const bytes = (x: unknown) => JSON.stringify(x).length;

describe('viewReport', () => {
  const full = thousand();

  it('leaves the report whole until the page says what it shows, and in the Cluster and Capacity views', () => {
    for (const need of [
      null,
      { view: 'cluster' as const, topics: [] },
      { view: 'capacity' as const, topics: [] },
    ]) {
      const trimmed = viewReport(full, need);
      expect(trimmed.whole).toBe(true);
      expect(trimmed.report).toBe(full);
    }
  });

  it('keeps per-partition detail on the canvas only for topics drawing lanes; every topic has its digest', () => {
    const { report, digests, whole } = viewReport(full, { view: 'kafka', topics: ['small'] });
    expect(whole).toBe(false);
    const [big, small] = report.topics;
    expect(big).toMatchObject({ name: 'big', partitions: [], recordsPerSec: full.topics[0]!.recordsPerSec });
    expect(small!.partitions).toHaveLength(3);
    expect(small).toBe(full.topics[1]);
    const group = report.groups[0]!;
    // A group keeps every figure and member its sink node shows, and which topics it reads, not the offsets.
    expect(group.committed).toEqual({ big: [] });
    expect(group.partitionStatus).toEqual({ big: [] });
    expect(group.members).toBe(full.groups[0]!.members);
    expect(group.lag).toBe(full.groups[0]!.lag);
    expect(full.groups[0]!.committed['big']).toHaveLength(1000);
    // The digest: what the band and the replication line of "big" read.
    const d = digests['big']!;
    expect(d).toMatchObject({
      partitions: 1000,
      replicationFactor: 1,
      offline: 0,
      underMinIsr: 0,
      read: true,
    });
    expect(d.retained).toHaveLength(1000);
    const p7 = full.topics[0]!.partitions[7]!;
    expect(d.retained[7]).toBe(p7.logEndOffset - p7.logStartOffset);
    const lags = full.groups.map((g) => p7.logEndOffset - (g.committed['big']![7] ?? p7.logEndOffset));
    expect(d.lag[7]).toBe(Math.max(0, ...lags));
    expect(digests['small']).toMatchObject({ partitions: 3, read: false, lag: [0, 0, 0] });
  });

  it('sends 12 KB instead of 279 KB for 1,000 partitions at fit view', () => {
    const trimmed = viewReport(full, { view: 'kafka', topics: [] });
    // Measured at 5 s: 279,139 bytes whole; 11,626 trimmed (topics 105, digests 4,573, groups 5,125 of 35,119).
    expect(bytes(full)).toBeGreaterThan(270_000);
    expect(bytes({ report: trimmed.report, digests: trimmed.digests })).toBeLessThan(12_500);
    expect(bytes(trimmed.report.topics)).toBeLessThan(200);
    expect(bytes(trimmed.digests)).toBeLessThan(5_000);
    expect(bytes(trimmed.report.groups)).toBeLessThan(6_000);
    expect(bytes(full.groups)).toBeGreaterThan(30_000);
  });

  it('the Sweep and Compare views draw no lanes: their reports are trimmed like the zoomed-out canvas', () => {
    for (const view of ['sweep', 'compare', 'without'] as const) {
      const { report, whole } = viewReport(full, { view, topics: ['big'] });
      expect(whole).toBe(false);
      expect(report.topics[0]!.partitions).toHaveLength(1000);
    }
  });
});
