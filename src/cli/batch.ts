// `--sweep` and `--compare` of npm run simulate: the runs one after the other with the same seed and duration,
// progress on standard error, the table (or CSV, or JSON) on standard output.
import { basename } from 'node:path';
import {
  estimateDesign,
  fluidRefusal,
  joinedHeading,
  joinedPaths,
  parseDocumentJson,
  parseSweep,
  runCompare,
  runSweep,
  sizeRefusal,
  sweepInputs,
  type PipelineDocument,
  type SimulationMode,
} from '../engine';
import type { SimulateArgs } from './args';
import { escapeJson, escapeText } from './escape';
import { compareCsv, compareJson, compareTable, sweepCsv, sweepJson, sweepTable } from './formatSweep';
import { batchProgress } from './progress';
import type { ModeChoice } from './mode';
import { readDesignFile } from './readDesignFile';

export interface BatchIo {
  /** Stops with a message on standard error. */
  fail(message: string): never;
  /** A progress line on standard error. */
  say(line: string): void;
  progressIntervalMs: number;
}

const progress = (io: BatchIo, label: (run: number) => string) =>
  batchProgress({ intervalMs: io.progressIntervalMs, now: () => performance.now(), write: io.say, label });

export function sweepCommand(
  doc: PipelineDocument,
  args: SimulateArgs & { sweep: string },
  io: BatchIo,
): string {
  const sweep = parseSweep(doc, args.sweep);
  if (typeof sweep === 'string') io.fail(`--sweep: ${sweep}`);
  const inputs = sweepInputs(sweep.variants, args.durationMs, args.memoryBytes);
  const rows = runSweep(inputs, {
    seed: args.seed,
    mode: batchMode(
      args.mode,
      inputs.map((i) => i.doc),
      io,
    ),
    durationMs: args.durationMs,
    onProgress: progress(io, (run) => `value ${escapeText(String(inputs[run]!.value))}`),
  })!;
  const settings = sweep.paths.map((p) => p.text);
  if (args.json)
    return escapeJson(
      JSON.stringify(sweepJson(joinedPaths(sweep.paths), settings, args.durationMs, args.seed, rows)),
    );
  return args.csv ? sweepCsv(rows, settings) : sweepTable(joinedHeading(settings), rows);
}

export function compareCommand(
  doc: PipelineDocument,
  args: SimulateArgs & { compare: string },
  io: BatchIo,
): string {
  const path = escapeText(args.compare);
  const file = readDesignFile(args.compare);
  if (!file.ok) io.fail(`cannot read ${path}: ${file.reason}`);
  const parsed = parseDocumentJson(file.text);
  if (!parsed.ok) io.fail(`${path} is not a valid design:\n${parsed.errors.map((e) => `  ${e}`).join('\n')}`);
  const tooBig = sizeRefusal(estimateDesign(parsed.doc, { durationMs: args.durationMs }), args.memoryBytes);
  if (tooBig) io.fail(`${path}: ${tooBig} (or raise the budget with --memory <MB>)`);
  const result = runCompare(doc, parsed.doc, {
    seed: args.seed,
    mode: batchMode(args.mode, [doc, parsed.doc], io),
    durationMs: args.durationMs,
    onProgress: progress(io, (run) => (run === 0 ? 'design A' : 'design B')),
  })!;
  if (args.json) return escapeJson(JSON.stringify(compareJson(args.durationMs, args.seed, result)));
  if (args.csv) return compareCsv(result);
  const name = (d: PipelineDocument, f: string) => d.name || basename(f);
  return compareTable(name(doc, args.file), name(parsed.doc, args.compare), result);
}

/**
 * The mode every run of a batch uses, so the rows compare like with like: the fluid mode only when each design
 * allows it (fluidRefusal), else every run per record, said on standard error.
 */
function batchMode(
  chosen: ModeChoice,
  docs: readonly (PipelineDocument | null)[],
  io: BatchIo,
): SimulationMode {
  if (chosen !== 'fluid') return 'record';
  for (const d of docs) {
    const refused = d === null ? null : fluidRefusal(d);
    if (refused !== null) {
      io.say(`mode: record for every run (${refused})`);
      return 'record';
    }
  }
  return 'fluid';
}
