// Vitest global setup for the command-line tests: bundles `src/cli/simulate.ts` once, so each of the few dozen runs
// starts plain Node on one file instead of compiling the CLI afresh with tsx (about a second of CPU a run). The
// bundle is the same source the `simulate` script runs; one test still runs the script itself through tsx.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The bundled CLI: `node <it> <args>` runs `npm run simulate -- <args>`. */
    simulateBundle: string;
  }
}

export default async function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), 'franz-cli-'));
  const outfile = join(dir, 'simulate.mjs');
  await build({
    entryPoints: ['src/cli/simulate.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    logLevel: 'warning',
  });
  project.provide('simulateBundle', outfile);
  return () => rmSync(dir, { recursive: true, force: true });
}
