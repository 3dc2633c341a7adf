// Runs `npm run simulate` as a person or a script would: a child process, its stdout, stderr and exit code.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { SimulationReport } from '../engine';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const EXAMPLE = 'examples/article-pipeline.json';
/** Each run starts Node with tsx (about a second); a test may run a few of them. */
const SLOW = 20_000;

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

const runs = new Map<string, Run>();

/**
 * Progress lines only when a test asks for them (FRANZ_PROGRESS_INTERVAL_MS=0: after every simulated second);
 * otherwise a busy machine could take long enough to print one.
 */
const QUIET = { FRANZ_PROGRESS_INTERVAL_MS: '1000000000' };

/** Runs the CLI once per distinct argument list; later calls with the same arguments reuse the output. */
function simulate(...args: string[]): Run {
  return simulateWith(QUIET, ...args);
}

function simulateWith(env: Record<string, string>, ...args: string[]): Run {
  const key = JSON.stringify([env, args]);
  const cached = runs.get(key);
  if (cached) return cached;
  const child = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/simulate.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: SLOW,
    env: { ...process.env, ...env },
  });
  if (child.error) throw child.error;
  const run = { status: child.status, stdout: child.stdout, stderr: child.stderr };
  runs.set(key, run);
  return run;
}

const jsonRun = (seed: number) => simulate(EXAMPLE, '--duration', '30s', '--seed', String(seed), '--json');

function reportOf(run: Run): SimulationReport {
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return JSON.parse(run.stdout) as SimulationReport;
}

const scratch = mkdtempSync(join(tmpdir(), 'franz-simulate-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('simulate --json on the example design, 30 s, seed 1', () => {
  it('prints exactly one JSON object on one line', { timeout: SLOW }, () => {
    const { stdout, status } = jsonRun(1);
    expect(status).toBe(0);
    expect(stdout.endsWith('\n')).toBe(true);
    expect(stdout.trimEnd().split('\n')).toHaveLength(1);
    const value: unknown = JSON.parse(stdout);
    expect(typeof value === 'object' && value !== null && !Array.isArray(value)).toBe(true);
  });

  it('carries the run itself: 30000 simulated ms and seed 1', { timeout: SLOW }, () => {
    const report = reportOf(jsonRun(1));
    expect(report.simulatedMs).toBe(30_000);
    expect(report.seed).toBe(1);
  });

  it('reports every source of the design, each with produced and acked counts', { timeout: SLOW }, () => {
    const report = reportOf(jsonRun(1));
    expect(report.sources.map((s) => s.name)).toEqual([
      'Web app',
      'Mobile app',
      'Payments',
      'IoT sensors',
      'CRM',
    ]);
    for (const s of report.sources) {
      expect(s).toMatchObject({ recordsProduced: expect.any(Number), recordsAcked: expect.any(Number) });
      expect(s.recordsAcked).toBeLessThanOrEqual(s.recordsProduced);
    }
    // 1000 records/s, constant arrival, for 30 s: about 30000 records from the IoT sensors.
    const iot = report.sources.find((s) => s.name === 'IoT sensors')!;
    expect(iot.recordsProduced).toBeGreaterThan(29_000);
    expect(iot.recordsProduced).toBeLessThanOrEqual(30_000);
  });

  it(
    'reports every topic with one entry per partition: log start, log end and high watermark',
    { timeout: SLOW },
    () => {
      const report = reportOf(jsonRun(1));
      expect(report.topics.map((t) => [t.name, t.partitions.length])).toEqual([
        ['user-events', 6],
        ['payments', 3],
        ['telemetry', 6],
        ['customers', 3],
      ]);
      for (const t of report.topics) {
        expect(t.partitions.map((p) => p.partition)).toEqual(t.partitions.map((_, i) => i));
        for (const p of t.partitions) {
          expect(p).toMatchObject({
            logStartOffset: expect.any(Number),
            logEndOffset: expect.any(Number),
            highWatermark: expect.any(Number),
          });
          expect(p.logStartOffset).toBeLessThanOrEqual(p.highWatermark);
          expect(p.highWatermark).toBeLessThanOrEqual(p.logEndOffset);
        }
      }
      // Every acked record is in a log: the topics hold at least what the sources had acked.
      const acked = report.sources.reduce((sum, s) => sum + s.recordsAcked, 0);
      const stored = report.topics.flatMap((t) => t.partitions).reduce((sum, p) => sum + p.logEndOffset, 0);
      expect(stored).toBeGreaterThanOrEqual(acked);
    },
  );

  it(
    'reports every consumer group with its state, generation, rebalances, assignor and members',
    { timeout: SLOW },
    () => {
      const report = reportOf(jsonRun(1));
      expect(report.groups.map((g) => [g.groupId, g.assignor, g.members.length])).toEqual([
        ['database', 'range', 3],
        ['analytics', 'cooperative-sticky', 4],
        ['email', 'range', 2],
        ['search', 'roundrobin', 2],
      ]);
      for (const g of report.groups) {
        expect(g).toMatchObject({
          state: expect.any(String),
          generation: expect.any(Number),
          rebalances: expect.any(Number),
          lag: expect.any(Number),
          recordsConsumed: expect.any(Number),
          duplicates: expect.any(Number),
          reprocessed: expect.any(Number),
          recordsSkipped: expect.any(Number),
        });
        for (const m of g.members) {
          expect(m.memberId).toEqual(expect.any(String));
          for (const partitions of Object.values(m.assignment))
            for (const p of partitions) expect(Number.isInteger(p)).toBe(true);
        }
      }
    },
  );

  it('assigns each partition a group reads to exactly one member', { timeout: SLOW }, () => {
    const report = reportOf(jsonRun(1));
    for (const g of report.groups) {
      const owned = g.members.flatMap((m) =>
        Object.entries(m.assignment).flatMap(([topic, ps]) => ps.map((p) => `${topic}-${p}`)),
      );
      const expected = Object.entries(g.committed).flatMap(([topic, offsets]) =>
        offsets.map((_, p) => `${topic}-${p}`),
      );
      expect(owned.sort()).toEqual(expected.sort());
    }
  });

  it(
    'lists one committed offset per partition of each topic a group reads, a number or null',
    { timeout: SLOW },
    () => {
      const report = reportOf(jsonRun(1));
      const partitionCount = new Map(report.topics.map((t) => [t.name, t.partitions.length]));
      expect(Object.keys(report.groups.find((g) => g.groupId === 'database')!.committed).sort()).toEqual([
        'customers',
        'payments',
        'user-events',
      ]);
      for (const g of report.groups) {
        for (const [topic, offsets] of Object.entries(g.committed)) {
          expect(offsets).toHaveLength(partitionCount.get(topic)!);
          for (const o of offsets) expect(o === null || Number.isInteger(o)).toBe(true);
        }
      }
    },
  );

  it(
    'computes lag as kafka-consumer-groups does: the sum of highWatermark - committed over committed partitions',
    { timeout: SLOW },
    () => {
      const report = reportOf(jsonRun(1));
      const topics = new Map(report.topics.map((t) => [t.name, t]));
      for (const g of report.groups) {
        let lag = 0;
        for (const [topic, offsets] of Object.entries(g.committed))
          offsets.forEach((committed, p) => {
            if (committed === null) return;
            const hw = topics.get(topic)!.partitions[p]!.highWatermark;
            expect(committed).toBeLessThanOrEqual(hw);
            lag += hw - committed;
          });
        expect({ groupId: g.groupId, lag: g.lag }).toEqual({ groupId: g.groupId, lag });
      }
    },
  );
});

describe('the same design and seed give the same report, byte for byte', () => {
  it('two runs with seed 1 print identical output', { timeout: SLOW }, () => {
    const first = jsonRun(1).stdout;
    const again = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'src/cli/simulate.ts', EXAMPLE, '--duration', '30s', '--seed', '1', '--json'],
      { cwd: ROOT, encoding: 'utf8', timeout: SLOW, env: { ...process.env, ...QUIET } },
    );
    expect(again.status).toBe(0);
    expect(again.stdout).toBe(first);
  });

  it('seed 2 prints a different report, and says it ran seed 2', { timeout: SLOW }, () => {
    const one = jsonRun(1).stdout;
    const two = jsonRun(2).stdout;
    expect(two).not.toBe(one);
    expect(reportOf(jsonRun(2))).toMatchObject({ simulatedMs: 30_000, seed: 2 });
  });
});

describe('the readable report', () => {
  it('names the design, the run, every topic and every group', { timeout: SLOW }, () => {
    const run = simulate(EXAMPLE, '--duration', '30s', '--seed', '1');
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    const text = run.stdout;
    expect(text.split('\n')[0]).toBe('Five sources, four sinks, one log: 30.0 s simulated, seed 1');
    const report = reportOf(jsonRun(1));
    for (const t of report.topics)
      expect(text).toContain(`Topic ${t.name} (${t.partitions.length} partitions`);
    for (const g of report.groups)
      expect(text).toContain(`Group ${g.groupId}: ${g.state}, generation ${g.generation}`);
    for (const s of report.sources) expect(text).toContain(s.name);
    expect(() => JSON.parse(text) as unknown).toThrow();
  });
});

describe('bad input: a message on stderr and exit code 2', () => {
  it('a design with a topic of 0 partitions names the node and the rule', { timeout: SLOW }, () => {
    const doc = JSON.parse(readFileSync(join(ROOT, EXAMPLE), 'utf8')) as {
      nodes: { id: string; config: object }[];
    };
    const topic = doc.nodes.findIndex((n) => n.id === 't-payments');
    doc.nodes[topic]!.config = { partitions: 0 };
    const file = join(scratch, 'zero-partitions.json');
    writeFileSync(file, JSON.stringify(doc));
    const run = simulate(file, '--duration', '1s');
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('nodes[');
    expect(run.stderr).toContain('must be >= 1');
    expect(run.stderr).toContain(`nodes[${topic}].config.partitions: must be >= 1`);
    expect(run.stderr).toContain(`${file} is not a valid design`);
  });

  it('a file that does not exist', { timeout: SLOW }, () => {
    const file = join(scratch, 'no-such-design.json');
    const run = simulate(file);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`simulate: cannot read ${file}: ENOENT\n`);
  });

  it('a file that is not JSON', { timeout: SLOW }, () => {
    const file = join(scratch, 'not-json.json');
    writeFileSync(file, 'format: franz.pipeline\nversion: 1\n');
    const run = simulate(file);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`${file} is not a valid design:`);
    expect(run.stderr).toContain('not valid JSON');
  });

  it('--duration abc', { timeout: SLOW }, () => {
    const run = simulate(EXAMPLE, '--duration', 'abc');
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('--duration: expected a time such as 60s, 5m or 1h, got "abc"');
    expect(run.stderr).toContain('usage: npm run simulate');
  });
});

describe('what is not a design file is refused before it is read (as the app refuses it)', () => {
  it('/dev/zero: refused at once, not read for ever', { timeout: SLOW }, () => {
    const run = simulate('/dev/zero');
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('simulate: cannot read /dev/zero: it is a character device, not a design file\n');
  });

  it('a directory', { timeout: SLOW }, () => {
    const run = simulate(scratch);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`simulate: cannot read ${scratch}: it is a directory, not a design file\n`);
  });

  it('a file over 2 MB, in the words of the app', { timeout: SLOW }, () => {
    const file = join(scratch, 'big.json');
    writeFileSync(file, ' '.repeat(3 * 1024 * 1024));
    const run = simulate(file);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      `simulate: cannot read ${file}: it is 3.0 MB, and a design file may be at most 2 MB\n`,
    );
  });

  it('a UTF-16 file with its byte-order mark runs, as it imports in the app', { timeout: SLOW }, () => {
    const text = readFileSync(join(ROOT, EXAMPLE), 'utf8');
    const file = join(scratch, 'utf16.json');
    writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const run = simulate(file, '--duration', '2s');
    expect(run.stderr).toBe('');
    expect(run.stdout.split('\n')[0]).toBe('Five sources, four sinks, one log: 2.0 s simulated, seed 1');
  });
});

describe('progress of a run goes to standard error, never to standard output', () => {
  it(
    'a 5 s run with a line after every simulated second: 4 lines on stderr, one JSON line on stdout',
    { timeout: SLOW },
    () => {
      const run = simulateWith({ FRANZ_PROGRESS_INTERVAL_MS: '0' }, EXAMPLE, '--duration', '5s', '--json');
      expect(run.status).toBe(0);
      const lines = run.stderr.trimEnd().split('\n');
      expect(lines.map((l) => l.replace(/, [\d.]+ s elapsed$/, ''))).toEqual([
        'simulate: simulated 1.0 s of 5.0 s (20%)',
        'simulate: simulated 2.0 s of 5.0 s (40%)',
        'simulate: simulated 3.0 s of 5.0 s (60%)',
        'simulate: simulated 4.0 s of 5.0 s (80%)',
      ]);
      for (const l of lines) expect(l).toMatch(/, \d+\.\d s elapsed$/);
      expect(run.stdout.trimEnd().split('\n')).toHaveLength(1);
      expect((JSON.parse(run.stdout) as SimulationReport).simulatedMs).toBe(5000);
    },
  );
});

describe('the size of a design is checked before it runs', () => {
  it(
    'over the memory budget: refused with the estimate, the budget and what takes it',
    { timeout: SLOW },
    () => {
      const run = simulate(EXAMPLE, '--duration', '30s', '--memory', '1');
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toBe(
        `simulate: ${EXAMPLE}: this design needs about 3 MB, over Franz's 1 MB memory budget: ` +
          'record details of 18 partitions (about 2 MB), 18 partitions (about 288 kB); lower partitions, groups ' +
          'or record rates (or raise the budget with --memory <MB>)\n',
      );
    },
  );

  it('slower than real time: a warning on stderr first, then the run', { timeout: SLOW }, () => {
    const nodes: object[] = [
      { id: 's', kind: 'source', name: 's', config: { rate: 1000 } },
      { id: 't', kind: 'topic', name: 'big', config: { partitions: 1000 } },
    ];
    const edges = [{ from: 's', to: 't' }];
    for (let g = 0; g < 50; g++) {
      nodes.push({ id: `k${g}`, kind: 'sink', name: `k${g}`, config: {} });
      edges.push({ from: 't', to: `k${g}` });
    }
    const file = join(scratch, 'wide.json');
    writeFileSync(file, JSON.stringify({ format: 'franz.pipeline', version: 1, name: 'wide', nodes, edges }));
    const run = simulate(file, '--duration', '20ms', '--json');
    expect(run.status).toBe(0);
    expect(run.stderr).toBe(
      'simulate: warning: This design is large: about 51 million steps per simulated second (50 groups polling ' +
        '50,000 partitions in all every millisecond), about 51,000 records/s to simulate; it will run slower ' +
        'than real time\n',
    );
    expect((JSON.parse(run.stdout) as SimulationReport).simulatedMs).toBe(20);
  });
});

describe('nothing from the design or the file reaches the terminal raw', () => {
  /** Any character a terminal acts on, but the newline. */
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
  const TITLE = '\u001b]0;pwned\u0007';

  it('names in the readable report and the JSON', { timeout: SLOW }, () => {
    const doc = JSON.parse(readFileSync(join(ROOT, EXAMPLE), 'utf8')) as {
      name: string;
      nodes: { id: string; name: string }[];
    };
    doc.name = `pwned ${TITLE}\u202e`;
    doc.nodes.find((n) => n.id === 'web')!.name = `Web ${TITLE}`;
    const file = join(scratch, 'hostile-names.json');
    writeFileSync(file, JSON.stringify(doc));
    const text = simulate(file, '--duration', '2s');
    expect(text.status).toBe(0);
    expect(RAW.test(text.stdout)).toBe(false);
    expect(text.stdout.split('\n')[0]).toBe('pwned \\x1b]0;pwned\\x07\\u{202e}: 2.0 s simulated, seed 1');
    expect(text.stdout).toContain('Web \\x1b]0;pwned\\x07');
    const json = simulate(file, '--duration', '2s', '--json');
    expect(RAW.test(json.stdout)).toBe(false);
    expect((JSON.parse(json.stdout) as SimulationReport).sources[0]!.name).toBe(`Web ${TITLE}`);
  });

  it('a file path and a file’s bytes quoted in a refusal', { timeout: SLOW }, () => {
    const file = join(scratch, `evil${TITLE}.json`);
    writeFileSync(file, `{"format": ${TITLE}}`);
    const run = simulate(file);
    expect(run.status).toBe(2);
    expect(RAW.test(run.stderr)).toBe(false);
    expect(run.stderr).toContain(`simulate: ${scratch}/evil\\x1b]0;pwned\\x07.json is not a valid design:`);
    const missing = simulate(join(scratch, `none${TITLE}.json`));
    expect(missing.stderr).toBe(`simulate: cannot read ${scratch}/none\\x1b]0;pwned\\x07.json: ENOENT\n`);
  });
});
