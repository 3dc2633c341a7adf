// The fluid mode's goal (issue 13): 24 simulated hours of the article pipeline in at most 2 s of wall time, with the
// heap no larger after the day than after its first hour (the history the engine keeps is bounded). Run in a fresh
// `node --expose-gc` child (`--fluid-day-child`) so the figures are the engine's alone; engine.bench.ts prints them.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createSimulation, parseDocumentJson } from '../src/engine';

const HOUR_MS = 3_600_000;
const HOURS = 24;
const RESULT_PREFIX = 'fluid-day ';
/** Its own flag: engine.bench.ts imports this file, and its children run with --child. */
const CHILD_FLAG = '--fluid-day-child';

export interface FluidDay {
  /** Wall seconds for the 24 simulated hours, and the process's CPU seconds meanwhile (user + system). */
  article24hSeconds: number;
  article24hCpuSeconds: number;
  /** Heap in use after a full GC, MB: after the first simulated hour and after the 24th. */
  heapAfter1hMB: number;
  heapAfter24hMB: number;
  recordsProduced: number;
}

function heapMB(): number {
  globalThis.gc!();
  return process.memoryUsage().heapUsed / 1e6;
}

function child(root: string): void {
  const parsed = parseDocumentJson(readFileSync(join(root, 'examples/article-pipeline.json'), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  const sim = createSimulation(parsed.doc, { seed: 1, mode: 'fluid' });
  let heapAfter1hMB = 0;
  let busyMs = 0;
  let cpuMicros = 0;
  for (let h = 1; h <= HOURS; h++) {
    const cpu = process.cpuUsage();
    const start = performance.now();
    sim.step(HOUR_MS);
    busyMs += performance.now() - start;
    const used = process.cpuUsage(cpu);
    cpuMicros += used.user + used.system;
    // Outside the timed hours: a full GC to read the heap.
    if (h === 1) heapAfter1hMB = heapMB();
  }
  const result: FluidDay = {
    article24hSeconds: busyMs / 1000,
    article24hCpuSeconds: cpuMicros / 1e6,
    heapAfter1hMB,
    heapAfter24hMB: heapMB(),
    recordsProduced: sim.report().sources.reduce((s, x) => s + x.recordsProduced, 0),
  };
  process.stderr.write(`${RESULT_PREFIX}${JSON.stringify(result)}\n`);
}

/** One fresh process running the day. */
export function fluidDay(): FluidDay {
  const script = fileURLToPath(import.meta.url);
  const root = join(dirname(script), '..');
  const out = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', script, CHILD_FLAG], {
    cwd: root,
    encoding: 'utf8',
  });
  const line = out.stderr.split('\n').find((l) => l.startsWith(RESULT_PREFIX));
  if (out.status !== 0 || !line)
    throw new Error(`the fluid day run failed (exit ${out.status}):\n${out.stderr}`);
  return JSON.parse(line.slice(RESULT_PREFIX.length)) as FluidDay;
}

if (process.argv.includes(CHILD_FLAG)) child(join(dirname(fileURLToPath(import.meta.url)), '..'));
