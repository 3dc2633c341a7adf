// Runs every check in order and ends with the one line CI reads: "N passed, N failed".
// Typecheck, lint, format, build and the worker bundle check count as one test each; unit and e2e count their tests from their
// JSON reports, the soak its runs. A suite that exits non-zero without reporting a failure (a crash, a server that never
// came up, no tests found) counts as one failed test, so it can never pass silently.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const bin = (name) => join('node_modules', '.bin', name);
const reportDir = mkdtempSync(join(tmpdir(), 'franz-test-'));
const results = [];

/** Runs one phase with its output streamed, records its counts and time, returns whether it passed. */
function phase(name, command, args, { env = {}, count } = {}) {
  console.log(`\n=== ${name}: ${[command, ...args].join(' ')}`);
  const started = performance.now();
  const { status, error } = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const seconds = (performance.now() - started) / 1000;
  if (error) console.error(`${name}: could not start ${command}: ${error.message}`);
  const ok = status === 0 && !error;

  let counts = ok ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 };
  if (count) {
    counts = readCounts(name, count);
    if (!ok && counts.failed === 0) counts.failed = 1;
  }
  results.push({ name, ...counts, seconds });
  return ok;
}

function readCounts(name, count) {
  try {
    return count();
  } catch (error) {
    console.error(`${name}: no readable report (${error.message}), counted as one failure`);
    return { passed: 0, failed: 1 };
  }
}

const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

phase('typecheck', 'npm', ['run', 'typecheck']);
phase('lint', 'npm', ['run', 'lint']);
phase('format', bin('prettier'), ['--check', '.']);

const vitestReport = join(reportDir, 'vitest.json');
phase(
  'unit',
  bin('vitest'),
  ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestReport}`],
  {
    count: () => {
      const report = readJson(vitestReport);
      return { passed: report.numPassedTests, failed: report.numFailedTests };
    },
  },
);

// A few hundred random fault schedules of `npm run soak` (the full soak runs 10,000 of each family): each run counts
// as one test, failed when any invariant broke in it.
const soakSummary = join(reportDir, 'soak.json');
phase('soak', 'npm', ['run', 'soak', '--', '--single', '200', '--multi', '200', '--summary', soakSummary], {
  count: () => {
    const { passed, failed } = readJson(soakSummary);
    return { passed, failed };
  },
});

if (phase('build', bin('vite'), ['build'])) {
  phase('bundle', 'node', ['scripts/check-worker-bundle.mjs']);
  const playwrightReport = join(reportDir, 'playwright.json');
  phase('e2e', bin('playwright'), ['test', '--reporter=list,json'], {
    env: { PLAYWRIGHT_JSON_OUTPUT_FILE: playwrightReport },
    count: () => {
      const { stats } = readJson(playwrightReport);
      return { passed: stats.expected + stats.flaky, failed: stats.unexpected };
    },
  });
} else {
  console.log('\n=== e2e: skipped, the build failed');
}

rmSync(reportDir, { recursive: true, force: true });

console.log('\n=== summary');
for (const r of results) {
  console.log(
    `${r.name.padEnd(10)} ${String(r.passed).padStart(4)} passed ${String(r.failed).padStart(3)} failed ${r.seconds.toFixed(1).padStart(6)} s`,
  );
}
const passed = results.reduce((sum, r) => sum + r.passed, 0);
const failed = results.reduce((sum, r) => sum + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
