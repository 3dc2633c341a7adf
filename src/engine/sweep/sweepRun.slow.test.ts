import { describe, expect, it } from 'vitest';
import { parseDocument } from '../model/validate';
import { exampleCopy } from '../model/validate.testing';
import type { PipelineDocument } from '../model/schema';
import { Simulation } from '../sim/simulation';
import { figuresOf, type RunFigures } from './figures';
import { runFigures } from './runFigures';
import { runCompare, runSweep, type BatchProgress } from './sweepRun';
import { parseSweep, sweepInputs } from './sweepVariants';

function article(): PipelineDocument {
  const parsed = parseDocument(exampleCopy());
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.doc;
}

function inputs(text: string) {
  const sweep = parseSweep(article(), text);
  if (typeof sweep === 'string') throw new Error(sweep);
  return sweepInputs(sweep.variants, 60_000);
}

const options = { seed: 1, durationMs: 30_000 };

describe('a sweep', () => {
  it('gives one row per value with the figures of that design run on its own', () => {
    const rows = runSweep(inputs('nodes.t-telemetry.partitions=1,2,4'), options)!;
    expect(rows.map((r) => r.value)).toEqual([1, 2, 4]);
    const docs = inputs('nodes.t-telemetry.partitions=1,2,4').map((i) => i.doc!);
    for (const [i, row] of rows.entries()) {
      if ('error' in row) throw new Error(row.error);
      const sim = new Simulation(docs[i]!, { seed: 1 });
      sim.runUntil(30_000);
      const report = sim.report({ capacity: true });
      expect(row.figures).toEqual(figuresOf(report, row.figures.maxLag));
      expect(row.figures.maxLag).toBeGreaterThanOrEqual(Math.max(...report.groups.map((g) => g.lag)));
      expect(row.lag.timesMs).toHaveLength(30);
      expect(Math.max(...row.lag.records)).toBe(row.figures.maxLag);
    }
    // One telemetry partition is read by one consumer at 600 records/s while 1,000 arrive: lag piles up there.
    const [one, two, four] = rows.map((r) => {
      if ('error' in r) throw new Error(r.error);
      return r.figures;
    }) as [RunFigures, RunFigures, RunFigures];
    expect(one.maxLag).toBeGreaterThan(two.maxLag);
    expect(two.maxLag).toBeGreaterThan(four.maxLag);
    expect(one.timeToDrainSeconds).toBeNull();
  });

  it('moving telemetry partitions and Analytics consumers together, max lag falls at each step', () => {
    // Analytics reads telemetry (1,000 records/s) and user-events (about 650/s) at 600 records/s per consumer:
    // one consumer takes 1,650/s, two 825/s each, four and eight keep up. More partitions alone leave 4 consumers.
    const rows = runSweep(inputs('nodes.telemetry.partitions,nodes.analytics.consumers=1..8'), options)!;
    expect(
      rows.map((r) => {
        if ('error' in r) throw new Error(r.error);
        return [r.value, r.figures.maxLag, r.figures.timeToDrainSeconds];
      }),
    ).toEqual([
      [1, 34_641, null],
      [2, 24_898, null],
      [4, 13_985, 10.076],
      [8, 8609, 0],
    ]);
    // Eight partitions read by the design's four consumers lag more than eight read by eight.
    const [alone] = runSweep(inputs('nodes.telemetry.partitions=8'), options)!;
    expect(alone).toMatchObject({ figures: { maxLag: 14_286 } });
  });

  it('runs the other values when the schema refuses one', () => {
    const rows = runSweep(inputs('nodes.t-payments.partitions=0,3'), { seed: 1, durationMs: 2000 })!;
    expect(rows[0]).toEqual({ value: 0, error: 'nodes[6].config.partitions: must be >= 1' });
    expect(rows[1]).toMatchObject({ value: 3, figures: { recordsLost: 0 } });
  });

  it('says how far it is per value and per simulated second, and stops when asked', () => {
    const seen: BatchProgress[] = [];
    const rows = runSweep(inputs('nodes.analytics.consumers=1,2'), {
      seed: 1,
      durationMs: 3000,
      onProgress: (p) => seen.push(p),
    });
    expect(rows).toHaveLength(2);
    expect(seen.map((p) => [p.run, p.doneMs, Math.round(p.fraction * 100)])).toEqual([
      [0, 0, 0],
      [0, 1000, 17],
      [0, 2000, 33],
      [0, 3000, 50],
      [1, 0, 50],
      [1, 1000, 67],
      [1, 2000, 83],
      [1, 3000, 100],
      [2, 3000, 100],
    ]);
    let chunks = 0;
    const stopped = runSweep(inputs('nodes.analytics.consumers=1,2'), {
      seed: 1,
      durationMs: 3000,
      onProgress: () => chunks++,
      cancelled: () => chunks >= 3,
    });
    expect(stopped).toBeNull();
    expect(chunks).toBe(3);
  });

  it('keeps at most 300 lag points over a long run, each the highest of its stretch', () => {
    const run = runFigures(article(), { seed: 1, durationMs: 400_000, chunkMs: 1000 })!;
    expect(run.lag.timesMs.length).toBeLessThanOrEqual(300);
    expect(run.lag.timesMs.at(-1)).toBe(400_000);
    expect(Math.max(...run.lag.records)).toBe(run.figures.maxLag);
  });
});

describe('a compare', () => {
  it('runs A and B with the same seed and gives B minus A', () => {
    const a = article();
    const b = inputs('nodes.analytics.consumers=1')[0]!.doc!;
    const result = runCompare(a, b, options)!;
    expect(result.a).toEqual(runFigures(a, options));
    expect(result.b).toEqual(runFigures(b, options));
    expect(result.b.figures.maxLag).toBeGreaterThan(result.a.figures.maxLag);
    expect(result.difference.maxLag).toBe(result.b.figures.maxLag - result.a.figures.maxLag);
  });
});
