// `npm run simulate -- --sweep` and `--compare` as a person or a script runs them: the table, CSV and JSON, and
// progress on standard error.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXAMPLE, ROOT, SLOW, simulate, simulateWith } from './simulate.testing';

const scratch = mkdtempSync(join(tmpdir(), 'franz-sweep-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const SWEEP = ['--sweep', 'nodes.telemetry.partitions=1,2,4', '--duration', '30s'];

describe('simulate --sweep', () => {
  it('prints one row per value, the figures as columns', { timeout: SLOW }, () => {
    const run = simulate(EXAMPLE, ...SWEEP);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(
      /^ {2}nodes\.telemetry\.partitions +max lag +lag at end \(s\) +time to drain \(s\) +p99 latency \(ms\) +broker use +records lost$/,
    );
    expect(lines.slice(1).map((l) => l.trim().split(/\s{2,}/)[0])).toEqual(['1', '2', '4']);
    expect(lines[1]).toMatch(/ never /);
  });

  it('--json gives the figures per value; max lag falls as the partitions grow', { timeout: SLOW }, () => {
    const run = simulate(EXAMPLE, ...SWEEP, '--json');
    const out = JSON.parse(run.stdout) as {
      setting: string;
      durationMs: number;
      seed: number;
      rows: { value: number; figures: { maxLag: number; recordsLost: number } }[];
    };
    expect(out).toMatchObject({ setting: 'nodes.telemetry.partitions', durationMs: 30_000, seed: 1 });
    const lags = out.rows.map((r) => r.figures.maxLag);
    expect(lags[0]).toBeGreaterThan(lags[1]!);
    expect(lags[1]).toBeGreaterThan(lags[2]!);
    expect(out.rows.map((r) => r.figures.recordsLost)).toEqual([0, 0, 0]);
    // The CSV carries the same numbers.
    const csv = simulate(EXAMPLE, ...SWEEP, '--csv')
      .stdout.trimEnd()
      .split('\n');
    expect(csv[0]).toBe(
      'value,maxLag,lagSeconds,timeToDrainSeconds,p99LatencyMs,brokerUtilisation,recordsLost,error',
    );
    expect(csv.slice(1).map((l) => Number(l.split(',')[1]))).toEqual(lags);
  });

  it('a refused value says why in the table, and the rest still runs', { timeout: SLOW }, () => {
    const run = simulate(EXAMPLE, '--sweep', 'nodes.t-payments.partitions=0,3', '--duration', '2s');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/\n {2}0 +refused\n/);
    expect(run.stdout).toContain('Refused\n  0: nodes[6].config.partitions: must be >= 1\n');
  });

  it('an unknown setting stops with the reason and exit code 2', { timeout: SLOW }, () => {
    const run = simulate(EXAMPLE, '--sweep', 'nodes.orders.partitions=3..48', '--duration', '2s');
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('simulate: --sweep: no node "orders" in the design (give its id or its name)\n');
  });

  const TOGETHER = [
    '--sweep',
    'nodes.telemetry.partitions,nodes.analytics.consumers=1,4',
    '--duration',
    '30s',
  ];

  it('settings joined by commas take the same value; the table names them all', { timeout: SLOW }, () => {
    const table = simulate(EXAMPLE, ...TOGETHER)
      .stdout.trimEnd()
      .split('\n');
    expect(table[0]).toMatch(
      /^ {2}nodes\.telemetry\.partitions = nodes\.analytics\.consumers +max lag +lag at end/,
    );
    expect(
      table.slice(1).map((l) =>
        l
          .trim()
          .split(/\s{2,}/)
          .slice(0, 2),
      ),
    ).toEqual([
      ['1', '34,641'],
      ['4', '13,985'],
    ]);
    const wrong = simulate(EXAMPLE, '--sweep', 'nodes.telemetry.partitions,nodes.analytics.partitions=1,4');
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toBe('simulate: --sweep: sink "Analytics" has no setting "partitions"\n');
  });

  it('the CSV has a column per joined setting; the JSON lists them', { timeout: SLOW }, () => {
    const csv = simulate(EXAMPLE, ...TOGETHER, '--csv')
      .stdout.trimEnd()
      .split('\n');
    expect(csv[0]).toBe(
      'nodes.telemetry.partitions,nodes.analytics.consumers,maxLag,lagSeconds,timeToDrainSeconds,p99LatencyMs,brokerUtilisation,recordsLost,error',
    );
    expect(csv.slice(1).map((l) => l.split(',').slice(0, 3))).toEqual([
      ['1', '1', '34641'],
      ['4', '4', '13985'],
    ]);
    const json = JSON.parse(simulate(EXAMPLE, ...TOGETHER, '--json').stdout) as {
      setting: string;
      settings: string[];
      rows: { value: number; figures: { maxLag: number } }[];
    };
    expect(json.setting).toBe('nodes.telemetry.partitions,nodes.analytics.consumers');
    expect(json.settings).toEqual(['nodes.telemetry.partitions', 'nodes.analytics.consumers']);
    expect(json.rows.map((r) => [r.value, r.figures.maxLag])).toEqual([
      [1, 34_641],
      [4, 13_985],
    ]);
  });

  it('progress lines name the value on standard error', { timeout: SLOW }, () => {
    const run = simulateWith(
      { FRANZ_PROGRESS_INTERVAL_MS: '0' },
      EXAMPLE,
      '--sweep',
      'nodes.analytics.consumers=1,2',
      '--duration',
      '2s',
    );
    expect(
      run.stderr
        .split('\n')
        .filter((l) => l !== '')
        .map((l) => l.replace(/, [\d.]+ s elapsed$/, '')),
    ).toEqual([
      'simulate: value 1, 1 of 2: simulated 1.0 s of 2.0 s (50%); all 25%',
      'simulate: value 1, 1 of 2: simulated 2.0 s of 2.0 s (100%); all 50%',
      'simulate: value 2, 2 of 2: simulated 1.0 s of 2.0 s (50%); all 75%',
      'simulate: value 2, 2 of 2: simulated 2.0 s of 2.0 s (100%); all 100%',
    ]);
  });
});

describe('simulate --compare', () => {
  it('runs A and B with the same seed and shows B - A', { timeout: SLOW }, () => {
    const b = JSON.parse(readFileSync(join(ROOT, EXAMPLE), 'utf8')) as {
      name: string;
      nodes: { id: string; config: Record<string, unknown> }[];
    };
    b.name = 'One analytics consumer';
    b.nodes.find((n) => n.id === 'analytics')!.config.consumers = 1;
    const fileB = join(scratch, 'b.json');
    writeFileSync(fileB, JSON.stringify(b));
    const json = simulate(EXAMPLE, '--compare', fileB, '--duration', '30s', '--json');
    const out = JSON.parse(json.stdout) as {
      a: { maxLag: number };
      b: { maxLag: number };
      difference: { maxLag: number };
    };
    expect(out.b.maxLag).toBeGreaterThan(out.a.maxLag);
    expect(out.difference.maxLag).toBe(out.b.maxLag - out.a.maxLag);
    const table = simulate(EXAMPLE, '--compare', fileB, '--duration', '30s').stdout.split('\n');
    expect(table[0]).toMatch(
      /^ {2}figure +A: Five sources, four sinks, one log +B: One analytics consumer +B - A$/,
    );
    expect(table[1]).toMatch(/^ {2}max lag +[\d,]+ +[\d,]+ +\+[\d,]+ worse$/);
  });
});
