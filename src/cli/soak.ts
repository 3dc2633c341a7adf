// `npm run soak -- [--single N] [--multi N] [--seed S] [--duration 30m]`: runs many random fault schedules on worker
// processes, checks the invariants of src/engine/sim/soak/invariants.ts in each, prints how many ran and every
// violation with its seed and the command that replays it. Exits 1 when any invariant failed.
import { fork, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { SoakFamily, SoakResult, SoakTally } from '../engine';
import { SOAK_USAGE, parseSoakArgs, type SoakArgs } from './soakArgs';
import { replay } from './soakReplay';
import type { SoakChunk, SoakChunkDone } from './soakWorker';

const EXIT_BAD_INPUT = 2;
/** Seeds per message to a worker: small enough to share the work evenly, large enough to cost little. */
const CHUNK = 20;
const PROGRESS_EVERY_MS = 10_000;

interface FamilyCount {
  asked: number;
  queued: number;
  ran: number;
  failed: SoakResult[];
  tally: SoakTally;
}

const args = parseSoakArgs(process.argv.slice(2));
if (typeof args === 'string') {
  process.stderr.write(`soak: ${args}\n${SOAK_USAGE}\n`);
  process.exit(EXIT_BAD_INPUT);
}
if (args.replay) process.exitCode = replay(args.replay.family, args.replay.seed) ? 0 : 1;
else await soak(args);

function elapsed(ms: number): string {
  const s = Math.round(ms / 1000);
  return s < 60 ? `${s}s` : `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, '0')}s`;
}

async function soak(a: SoakArgs): Promise<void> {
  const started = performance.now();
  const count = (asked: number): FamilyCount => ({
    asked,
    queued: 0,
    ran: 0,
    failed: [],
    tally: { recordsAcked: 0, recordsLost: 0, recordsFailed: 0, elections: 0, uncleanElections: 0 },
  });
  const families: Record<SoakFamily, FamilyCount> = { single: count(a.single), multi: count(a.multi) };
  const outOfTime = () => a.durationMs !== null && performance.now() - started >= a.durationMs;

  /** The next chunk, alternating families so that a time limit covers both. */
  let turn: SoakFamily = 'single';
  const nextChunk = (): SoakChunk | null => {
    if (outOfTime()) return null;
    for (let i = 0; i < 2; i++) {
      const family = turn;
      turn = turn === 'single' ? 'multi' : 'single';
      const f = families[family];
      if (f.queued >= f.asked) continue;
      const n = Math.min(CHUNK, f.asked - f.queued);
      const seeds = Array.from({ length: n }, (_, k) => a.seed + f.queued + k);
      f.queued += n;
      return { family, seeds };
    }
    return null;
  };

  process.stdout.write(
    `soak: ${a.single} single-broker-failure and ${a.multi} multi-fault schedules from seed ${a.seed}, ${a.workers} workers` +
      (a.durationMs !== null ? `, at most ${elapsed(a.durationMs)}` : '') +
      '\n',
  );
  const progress = setInterval(() => {
    const f = families;
    process.stdout.write(
      `  ${elapsed(performance.now() - started)}: single ${f.single.ran}/${f.single.asked}, multi ${f.multi.ran}/${f.multi.asked}, ` +
        `${f.single.failed.length + f.multi.failed.length} runs with violations\n`,
    );
  }, PROGRESS_EVERY_MS);

  const worker = fileURLToPath(new URL('./soakWorker.ts', import.meta.url));
  await Promise.all(Array.from({ length: a.workers }, () => runWorker(fork(worker), nextChunk, families)));
  clearInterval(progress);
  report(a, families, performance.now() - started);
}

/** Feeds one worker chunks until none is left; resolves when it has stopped. */
function runWorker(
  child: ChildProcess,
  nextChunk: () => SoakChunk | null,
  families: Record<SoakFamily, FamilyCount>,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const feed = () => {
      const chunk = nextChunk();
      child.send(chunk ?? 'stop');
    };
    child.on('message', (done: SoakChunkDone) => {
      for (const r of done.results) {
        const f = families[r.family];
        f.ran++;
        for (const k of Object.keys(f.tally) as (keyof SoakTally)[]) f.tally[k] += r.tally[k];
        if (r.violations.length > 0) {
          f.failed.push(r);
          for (const v of r.violations)
            process.stdout.write(
              `  VIOLATION ${r.family}:${r.seed} at ${v.atMs / 1000} s: ${v.invariant}: ${v.detail}\n`,
            );
        }
      }
      feed();
    });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 || code === null ? resolve() : reject(new Error(`a soak worker exited with code ${code}`)),
    );
    feed();
  });
}

function report(a: SoakArgs, families: Record<SoakFamily, FamilyCount>, ms: number): void {
  const out: string[] = [
    '',
    `soak: ran ${families.single.ran} single-broker-failure and ${families.multi.ran} multi-fault schedules in ${elapsed(ms)}`,
  ];
  for (const family of ['single', 'multi'] as const) {
    const f = families[family];
    const t = f.tally;
    out.push(
      `  ${family}: ${f.ran} ran, ${f.failed.length} with violations; ${t.recordsAcked} records acknowledged, ` +
        `${t.recordsLost} lost, ${t.recordsFailed} failed, ${t.elections} elections (${t.uncleanElections} unclean)`,
    );
    const byInvariant = new Map<string, number>();
    for (const r of f.failed)
      for (const inv of new Set(r.violations.map((v) => v.invariant)))
        byInvariant.set(inv, (byInvariant.get(inv) ?? 0) + 1);
    for (const [inv, n] of byInvariant) out.push(`    ${inv}: ${n} runs`);
  }
  const failed = [...families.single.failed, ...families.multi.failed].sort(
    (x, y) => x.family.localeCompare(y.family) || x.seed - y.seed,
  );
  if (failed.length > 0) {
    out.push('', 'Violations (replay one with the command under it):');
    for (const r of failed) {
      for (const v of r.violations)
        out.push(`  ${r.family}:${r.seed}  ${(v.atMs / 1000).toFixed(3)} s  ${v.invariant}: ${v.detail}`);
      out.push(`    npm run soak -- --replay ${r.family}:${r.seed}`);
    }
  }
  const ran = families.single.ran + families.multi.ran;
  out.push('', `${ran - failed.length} runs passed, ${failed.length} runs failed`);
  process.stdout.write(out.join('\n') + '\n');
  if (a.summary !== null)
    writeFileSync(
      a.summary,
      JSON.stringify({
        passed: ran - failed.length,
        failed: failed.length,
        single: { ran: families.single.ran, failed: families.single.failed.length },
        multi: { ran: families.multi.ran, failed: families.multi.failed.length },
      }),
    );
  process.exitCode = failed.length > 0 ? 1 : 0;
}
