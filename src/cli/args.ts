// Command-line arguments of `npm run simulate`.
import { MEMORY_BUDGET_BYTES, SWEEP_RANGE_HELP } from '../engine';
import { AUTO_FLUID_ABOVE_MS, MODES, type ModeChoice } from './mode';
export interface SimulateArgs {
  file: string;
  durationMs: number;
  seed: number;
  json: boolean;
  events: boolean;
  /** The memory budget a design's estimate must fit, in bytes (--memory, in MB). */
  memoryBytes: number;
  /** --export: print this export instead of running the simulation. */
  exportKind?: ExportKind;
  /** --out: write the export (every kind, without --export) as files in this directory. */
  outDir?: string;
  /** --mode: fluid (rates), record (every record) or auto (fluid for long runs). */
  mode: ModeChoice;
  /** --sweep: `<setting>=<values>`, one run per value (read against the design in sweep/sweepVariants.ts). */
  sweep?: string;
  /** --compare: a second design file, run beside the first with the same seed and duration. */
  compare?: string;
  /** --csv: a sweep's or a compare's table as CSV. */
  csv?: boolean;
}

export const EXPORT_KINDS = ['topics', 'properties', 'compose'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

export const USAGE = `usage: npm run simulate -- <design.json> [--duration 60s] [--seed 1] [--json] [--events] [--mode auto]
       npm run simulate -- <design.json> --export topics|properties|compose [--out DIR]
       npm run simulate -- <design.json> --sweep <setting>=<values> [--duration 60s] [--seed 1] [--csv|--json]
       npm run simulate -- <design.json> --compare <design-b.json> [--duration 60s] [--seed 1] [--csv|--json]
  --duration  simulated time to run: 500ms, 60s, 5m, 1h (default 60s)
  --seed      the random seed; the same design and seed give the same run (default 1)
  --json      print the report as one JSON object
  --events    also print the rebalances, joins and retention events
  --memory    the memory budget in MB a design must fit (default ${MEMORY_BUDGET_BYTES / 1e6})
  --mode      fluid (flows as rates: a day in seconds), record (every record) or auto (default: fluid for runs
              over ${AUTO_FLUID_ABOVE_MS / 60_000} min of simulated time, record otherwise)
  --export    print what building the design on Kafka takes, without running it: topics (kafka-topics.sh
              commands), properties (a producer or consumer block per client) or compose (Docker Compose)
  --out       write the export as files in this directory instead: topics.sh, one .properties per client,
              compose.yaml (all three without --export)
  --sweep     run the design once per value of one setting and print a row of figures per value (max lag, lag
              at end, time to drain, p99 latency, broker use, records lost). The setting is
              nodes.<node id or name>.<key> (partitions, replicationFactor, consumers, processingRate, rate, acks,
              ...) or cluster.brokers; the values: ${SWEEP_RANGE_HELP}. Settings joined by commas all take
              the same value at each step: nodes.telemetry.partitions,nodes.analytics.consumers=1..8
  --compare   run the design (A) and this second design (B) with the same seed and duration, and print their
              figures side by side with B - A; --json prints {a, b, difference} of figures
  --csv       print a sweep's or a compare's table as CSV
Progress goes to standard error on runs longer than a few seconds.`;

/** Parses "60s", "5m", "1h", "250ms" or a plain number of milliseconds. */
export function parseDuration(text: string): number | null {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(text.trim());
  if (!m) return null;
  const unit = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[m[2] ?? 'ms']!;
  const ms = Math.round(Number(m[1]) * unit);
  return ms > 0 ? ms : null;
}

export function parseArgs(argv: readonly string[]): SimulateArgs | string {
  const args: Partial<SimulateArgs> = {
    durationMs: 60_000,
    seed: 1,
    json: false,
    events: false,
    memoryBytes: MEMORY_BUDGET_BYTES,
    mode: 'auto',
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') args.json = true;
    else if (a === '--events') args.events = true;
    else if (a === '--duration') {
      const d = parseDuration(argv[++i] ?? '');
      if (d === null) return `--duration: expected a time such as 60s, 5m or 1h, got "${argv[i] ?? ''}"`;
      args.durationMs = d;
    } else if (a === '--seed') {
      const text = argv[++i] ?? '';
      // Digits only: Number('') is 0 and Number('0x10') is 16, which would run a seed nobody asked for.
      const s = /^\d+$/.test(text) ? Number(text) : NaN;
      if (!Number.isInteger(s) || s < 0 || s > 0xffffffff)
        return `--seed: expected a whole number from 0 to 4294967295, got "${argv[i] ?? ''}"`;
      args.seed = s;
    } else if (a === '--memory') {
      const text = argv[++i] ?? '';
      const mb = /^\d+$/.test(text) ? Number(text) : NaN;
      if (!(mb >= 1 && mb <= 1_000_000))
        return `--memory: expected a whole number of MB from 1 to 1000000, got "${argv[i] ?? ''}"`;
      args.memoryBytes = mb * 1e6;
    } else if (a === '--export') {
      const kind = argv[++i] ?? '';
      if (!(EXPORT_KINDS as readonly string[]).includes(kind))
        return `--export: expected ${EXPORT_KINDS.join(', ')}, got "${kind}"`;
      args.exportKind = kind as ExportKind;
    } else if (a === '--mode') {
      const mode = argv[++i] ?? '';
      if (!(MODES as readonly string[]).includes(mode))
        return `--mode: expected ${MODES.join(', ')}, got "${mode}"`;
      args.mode = mode as ModeChoice;
    } else if (a === '--out') {
      const dir = argv[++i];
      if (dir === undefined || dir === '') return '--out: expected a directory';
      args.outDir = dir;
    } else if (a === '--sweep') {
      const text = argv[++i] ?? '';
      if (!text.includes('='))
        return `--sweep: expected <setting>=<values>, e.g. nodes.orders.partitions=3..48, got "${text}"`;
      args.sweep = text;
    } else if (a === '--compare') {
      const file = argv[++i];
      if (file === undefined || file === '' || file.startsWith('--'))
        return '--compare: expected a second design file';
      args.compare = file;
    } else if (a === '--csv') args.csv = true;
    else if (a.startsWith('--')) return `unknown option ${a}`;
    else if (args.file === undefined) args.file = a;
    else return `unexpected argument "${a}"`;
  }
  if (args.file === undefined) return 'missing the design file';
  if (args.sweep !== undefined && args.compare !== undefined) return '--sweep and --compare: choose one';
  if (
    (args.sweep !== undefined || args.compare !== undefined) &&
    (args.exportKind !== undefined || args.outDir !== undefined)
  )
    return '--sweep and --compare run the design; --export and --out do not: choose one';
  if (args.csv && args.sweep === undefined && args.compare === undefined)
    return '--csv: only with --sweep or --compare';
  if (args.csv && args.json) return '--csv and --json: choose one';
  return args as SimulateArgs;
}
