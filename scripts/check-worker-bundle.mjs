// The simulation worker is loaded on every page and restarted after a crash: it ships without the validation library
// (zod), which only the page runs (docs/architecture.md, "The validation library ships once"). A module the worker
// imports that builds a schema at its top level pulls zod in; this check, run on the build, says so.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = join('dist', 'assets');
// The batch worker (sweeps and compares) runs designs the page validated, so it ships without zod too.
for (const name of ['sim.worker', 'batch.worker']) {
  const workers = readdirSync(dir).filter((f) => f.startsWith(`${name}-`) && f.endsWith('.js'));
  if (workers.length !== 1) {
    console.error(`worker bundle: expected one ${name}-*.js in ${dir}, found ${workers.length}`);
    process.exit(1);
  }
  const file = join(dir, workers[0]);
  const code = readFileSync(file, 'utf8');
  // zod names its classes in strings ($constructor("ZodObject", ...)), which minification keeps.
  const zod = code.match(/\bZod(Object|Array|String|Number|Type)\b/);
  const kB = (code.length / 1000).toFixed(1);
  if (zod) {
    console.error(
      `worker bundle: ${file} (${kB} kB) contains zod ("${zod[0]}"): find the worker's import of a schema`,
    );
    process.exit(1);
  }
  console.log(`worker bundle: ${file}, ${kB} kB, without zod`);
}
