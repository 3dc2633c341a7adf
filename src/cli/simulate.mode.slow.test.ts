// npm run simulate chooses the fluid mode for long runs and says which mode ran (stderr and the report's `mode`).
import { describe, expect, it } from 'vitest';
import type { SimulationReport } from '../engine';
import { EXAMPLE, SLOW, jsonRun, reportOf, simulate } from './simulate.testing';

describe('npm run simulate --mode', () => {
  it('a 30 s run goes per record, quietly, and its report says so', { timeout: SLOW }, () => {
    expect(reportOf(jsonRun(1)).mode).toBe('record');
  });

  it('two simulated hours go fluid: a line on stderr, the report whole', { timeout: SLOW }, () => {
    const run = simulate(EXAMPLE, '--duration', '2h', '--json');
    expect(run.status).toBe(0);
    expect(run.stderr).toBe(
      'simulate: mode: fluid (2.0 h of simulated time, over 10.0 min; --mode record for every record)\n',
    );
    const report = JSON.parse(run.stdout) as SimulationReport;
    expect(report.mode).toBe('fluid');
    expect(report.simulatedMs).toBe(7_200_000);
    // The five sources' 1,710 records/s for 7,200 s.
    const produced = report.sources.reduce((s, x) => s + x.recordsProduced, 0);
    expect(produced).toBeGreaterThan(12_300_000);
    expect(produced).toBeLessThan(12_320_000);
  });

  it('--mode record forces every record on a short run, and says so', { timeout: SLOW }, () => {
    const run = simulate(EXAMPLE, '--duration', '2s', '--mode', 'record', '--json');
    expect(run.stderr).toBe('simulate: mode: record (asked for with --mode record)\n');
    expect((JSON.parse(run.stdout) as SimulationReport).mode).toBe('record');
  });
});
