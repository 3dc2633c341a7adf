// Command-line arguments of `npm run soak`.
import type { SoakFamily } from '../engine';
import { parseDuration } from './args';

export interface SoakArgs {
  single: number;
  multi: number;
  /** Run i of a family uses seed `seed + i`. */
  seed: number;
  /** Wall-clock limit: no run starts after it; null: none. */
  durationMs: number | null;
  workers: number;
  replay: { family: SoakFamily; seed: number } | null;
  /** Where to write the counts as JSON (for `npm test`), or null. */
  summary: string | null;
}

export const SOAK_USAGE = `usage: npm run soak -- [--single 10000] [--multi 10000] [--seed 1] [--duration 30m] [--workers 2]
       npm run soak -- --replay <single|multi>:<seed>
  --single    single-broker-failure schedules to run (acks=all, RF 3, min.insync.replicas 2, clean elections)
  --multi     multi-fault schedules to run (any broker, processor, source and consumer faults, acks 0/1/all)
  --seed      the first seed; run i of a family uses seed + i (default 1)
  --duration  wall-clock limit: no run starts after it (500ms, 60s, 30m, 2h; default none)
  --workers   processes running schedules side by side (default 2)
  --replay    runs one schedule and prints its design, faults, events and what failed
  --summary   writes the counts as JSON to this file`;

const MAX_SEED = 0xffffffff;

function wholeNumber(text: string | undefined, max: number): number | null {
  if (text === undefined || !/^\d+$/.test(text)) return null;
  const n = Number(text);
  return n <= max ? n : null;
}

export function parseSoakArgs(argv: readonly string[]): SoakArgs | string {
  const args: SoakArgs = {
    single: 10_000,
    multi: 10_000,
    seed: 1,
    durationMs: null,
    workers: 2,
    replay: null,
    summary: null,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = argv[i + 1];
    if (a === '--single' || a === '--multi') {
      const n = wholeNumber(value, 10_000_000);
      if (n === null) return `${a}: expected a whole number of runs, got "${value ?? ''}"`;
      args[a === '--single' ? 'single' : 'multi'] = n;
    } else if (a === '--seed') {
      const n = wholeNumber(value, MAX_SEED);
      if (n === null) return `--seed: expected a whole number from 0 to ${MAX_SEED}, got "${value ?? ''}"`;
      args.seed = n;
    } else if (a === '--workers') {
      const n = wholeNumber(value, 64);
      if (n === null || n === 0)
        return `--workers: expected a whole number from 1 to 64, got "${value ?? ''}"`;
      args.workers = n;
    } else if (a === '--duration') {
      const d = parseDuration(value ?? '');
      if (d === null) return `--duration: expected a time such as 60s, 30m or 2h, got "${value ?? ''}"`;
      args.durationMs = d;
    } else if (a === '--replay') {
      const m = /^(single|multi):(\d+)$/.exec(value ?? '');
      const seed = m ? wholeNumber(m[2], MAX_SEED) : null;
      if (!m || seed === null)
        return `--replay: expected single:<seed> or multi:<seed>, got "${value ?? ''}"`;
      args.replay = { family: m[1] as SoakFamily, seed };
    } else if (a === '--summary') {
      if (value === undefined) return '--summary: expected a file name';
      args.summary = value;
    } else return a.startsWith('--') ? `unknown option ${a}` : `unexpected argument "${a}"`;
    i++;
  }
  if (args.seed + Math.max(args.single, args.multi) - 1 > MAX_SEED)
    return `--seed: seed + runs must stay below ${MAX_SEED + 1}`;
  return args;
}
