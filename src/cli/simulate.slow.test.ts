// Runs `npm run simulate` as a person or a script would: a child process, its stdout, stderr and exit code.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { EXAMPLE, QUIET, ROOT, SLOW, jsonRun, reportOf, simulate } from './simulate.testing';

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
    // 1000 records/s, constant arrival, for 30 s: one each ms from 1 ms, the one due at 30,000 ms not yet.
    const iot = report.sources.find((s) => s.name === 'IoT sensors')!;
    expect(iot.recordsProduced).toBe(30 * 1000 - 1);
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
