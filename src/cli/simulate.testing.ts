// Runs `npm run simulate` as a child process, for the CLI's tests.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, inject } from 'vitest';
import type { SimulationReport } from '../engine';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const EXAMPLE = 'examples/article-pipeline.json';
/**
 * A sweep runs the engine for simulated minutes; on a busy shared machine one test took over 20 s. The limit only
 * guards against a hang.
 */
export const SLOW = 300_000;

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Node's arguments that run the CLI (bundled once by `simulateBundle.testing.ts`) with `args`. */
export const simulateArgs = (...args: string[]) => [inject('simulateBundle'), ...args];

const runs = new Map<string, Run>();

/**
 * Progress lines only when a test asks for them (FRANZ_PROGRESS_INTERVAL_MS=0: after every simulated second);
 * otherwise a busy machine could take long enough to print one.
 */
export const QUIET = { FRANZ_PROGRESS_INTERVAL_MS: '1000000000' };

/** Runs the CLI once per distinct argument list; later calls with the same arguments reuse the output. */
export function simulate(...args: string[]): Run {
  return simulateWith(QUIET, ...args);
}

export function simulateWith(env: Record<string, string>, ...args: string[]): Run {
  const key = JSON.stringify([env, args]);
  const cached = runs.get(key);
  if (cached) return cached;
  const child = spawnSync(process.execPath, simulateArgs(...args), {
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

export const jsonRun = (seed: number) =>
  simulate(EXAMPLE, '--duration', '30s', '--seed', String(seed), '--json');

export function reportOf(run: Run): SimulationReport {
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return JSON.parse(run.stdout) as SimulationReport;
}
