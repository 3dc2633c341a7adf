// Hostile documents through the CLI, as a script would run it: each run either prints a report (exit 0) or
// says on standard error what is wrong (exit 1 or 2), all of it, however long, and always ends.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDocument, type SimulationReport } from '../engine';
import { hostileDocument } from '../engine/model/hostileDocuments.testing';
import { ROOT, SLOW, simulateArgs } from './simulate.testing';

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI with its output on pipes, read slowly (as `| less` would), so nothing is cut at exit. */
function simulate(file: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, simulateArgs(file, '--duration', '2s', '--json'), {
      cwd: ROOT,
      timeout: SLOW,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

const scratch = mkdtempSync(join(tmpdir(), 'franz-hostile-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/**
 * Four documents that run and four that are refused, from the fuzz test's generator, seed 10 (each run starts a
 * Node process: a few seconds each on a busy machine, so the fuzz test proper runs in process).
 */
function someDocuments(): string[] {
  const runs: string[] = [];
  const refusals: string[] = [];
  for (const doc of fc.sample(hostileDocument, { seed: 10, numRuns: 200 })) {
    const text = JSON.stringify(doc);
    // What the CLI reads is the JSON text: NaN and Infinity are null there.
    const list = parseDocument(JSON.parse(text)).ok ? runs : refusals;
    if (list.length < 4) list.push(text);
  }
  return [...runs, ...refusals];
}

describe('simulate on hostile documents', () => {
  it(
    'eight of them: a parseable report with exit 0, or a refusal on stderr with exit 2',
    { timeout: 8 * SLOW },
    async () => {
      const documents = someDocuments();
      expect(documents).toHaveLength(8);
      const outcomes = { reported: 0, refused: 0 };
      for (const [k, text] of documents.entries()) {
        const file = join(scratch, `hostile-${k}.json`);
        writeFileSync(file, text);
        const run = await simulate(file);
        if (run.status === 0) {
          const report = JSON.parse(run.stdout) as SimulationReport;
          expect(report.simulatedMs).toBe(2000);
          outcomes.reported++;
        } else {
          expect([1, 2]).toContain(run.status);
          expect(run.stderr).toMatch(/^simulate: .+\n/);
          expect(run.stdout).toBe('');
          outcomes.refused++;
        }
      }
      expect(outcomes).toEqual({ reported: 4, refused: 4 });
    },
  );

  it(
    '120,000 unknown keys (a file under the 2 MB limit): one short line naming five, written whole before the exit',
    { timeout: SLOW },
    async () => {
      const doc = JSON.parse(readFileSync(join(ROOT, 'examples/article-pipeline.json'), 'utf8')) as {
        nodes: { config: Record<string, unknown> }[];
      };
      for (let k = 0; k < 120_000; k++) doc.nodes[0]!.config[`k${k}`] = 0;
      const file = join(scratch, 'junk.json');
      writeFileSync(file, JSON.stringify(doc));
      const run = await simulate(file);
      expect(run.status).toBe(2);
      expect(run.stderr).toBe(
        `simulate: ${file} is not a valid design:\n` +
          '  nodes[0].config: unknown keys "k0", "k1", "k2", "k3", "k4" and 119995 more\n',
      );
    },
  );
});
