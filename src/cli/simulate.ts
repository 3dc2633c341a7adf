// `npm run simulate -- <design.json> --duration 60s --seed 1 [--json]`: runs a design headless and reports
// (or, with --sweep or --compare, several runs of it: batch.ts).
import { writeSync } from 'node:fs';
import { basename } from 'node:path';
import {
  createSimulation,
  estimateDesign,
  fluidRefusal,
  parseDocumentJson,
  sizeRefusal,
  slowWarning,
} from '../engine';
import { USAGE, parseArgs } from './args';
import { compareCommand, sweepCommand, type BatchIo } from './batch';
import { escapeJson, escapeLines, escapeText } from './escape';
import { exportText, writeExports } from './exportFiles';
import { formatEvents, formatReport } from './format';
import { formatCapacity } from './formatCapacity';
import { chooseMode } from './mode';
import { runWithProgress } from './progress';
import { readDesignFile } from './readDesignFile';

const EXIT_BAD_INPUT = 2;

/** Everything said on standard error goes out escaped: a message may quote a name or a file's bytes. */
function say(message: string): void {
  writeAll(2, `simulate: ${escapeLines(message)}\n`);
}

function fail(message: string): never {
  say(message);
  process.exit(EXIT_BAD_INPUT);
}

/**
 * Writes all of the text before returning: process.exit() right after process.stderr.write() drops what a pipe
 * has not taken yet (it takes 64 KB at once), which cut long refusals mid-line.
 */
function writeAll(fd: number, text: string): void {
  const bytes = Buffer.from(text);
  for (let at = 0; at < bytes.length;) {
    try {
      at += writeSync(fd, bytes, at);
    } catch (e) {
      // A full non-blocking pipe: try again until the reader has taken some.
      if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') throw e;
    }
  }
}

/**
 * Wall milliseconds between progress lines: every second at a terminal, every 5 s into a file or a pipe.
 * FRANZ_PROGRESS_INTERVAL_MS sets it (tests use 0 for a line after every simulated second).
 */
function progressIntervalMs(): number {
  const set = process.env.FRANZ_PROGRESS_INTERVAL_MS;
  if (set !== undefined && /^\d+$/.test(set)) return Number(set);
  return process.stderr.isTTY ? 1000 : 5000;
}

const args = parseArgs(process.argv.slice(2));
if (typeof args === 'string') fail(`${args}\n${USAGE}`);
const path = escapeText(args.file);

const file = readDesignFile(args.file);
if (!file.ok) fail(`cannot read ${path}: ${file.reason}`);
const parsed = parseDocumentJson(file.text);
if (!parsed.ok) fail(`${path} is not a valid design:\n${parsed.errors.map((e) => `  ${e}`).join('\n')}`);

// An export describes the design; nothing is simulated.
if (args.outDir !== undefined) {
  const written = writeExports(parsed.doc, args.exportKind, args.outDir);
  if (!written.ok) fail(written.reason);
  process.stdout.write(escapeLines(written.files.map((f) => `wrote ${f}\n`).join('')));
  process.exit(0);
}
if (args.exportKind !== undefined) {
  process.stdout.write(escapeLines(exportText(parsed.doc, args.exportKind)));
  process.exit(0);
}

// Before anything is built: a design too large for the budget is refused, a slow one runs after a warning.
const estimate = estimateDesign(parsed.doc, { durationMs: args.durationMs });
const refused = sizeRefusal(estimate, args.memoryBytes);
if (refused) fail(`${path}: ${refused} (or raise the budget with --memory <MB>)`);
const chosen = chooseMode(args.mode, args.durationMs, fluidRefusal(parsed.doc));
if (chosen.refused !== undefined) fail(chosen.refused);
if (chosen.line !== null) say(chosen.line);
// The warning counts the per-record mode's ticks and records; the fluid mode steps a second at a time.
const slow = chosen.mode === 'record' ? slowWarning(estimate) : null;
if (slow) say(`warning: ${slow}`);

// A sweep or a compare: several runs, one table.
const io: BatchIo = { fail, say, progressIntervalMs: progressIntervalMs() };
if (args.sweep !== undefined) {
  writeAll(1, sweepCommand(parsed.doc, { ...args, sweep: args.sweep, mode: chosen.mode }, io) + '\n');
  process.exit(0);
}
if (args.compare !== undefined) {
  writeAll(1, compareCommand(parsed.doc, { ...args, compare: args.compare, mode: chosen.mode }, io) + '\n');
  process.exit(0);
}

const sim = createSimulation(parsed.doc, { seed: args.seed, mode: chosen.mode });
runWithProgress(sim, args.durationMs, {
  intervalMs: progressIntervalMs(),
  now: () => performance.now(),
  write: (line) => say(line),
});
const report = sim.report({ capacity: true });
report.mode = chosen.mode;
if (args.json) process.stdout.write(escapeJson(JSON.stringify(report)) + '\n');
else {
  process.stdout.write(formatReport(report, parsed.doc.name || basename(args.file)) + '\n');
  if (report.capacity) process.stdout.write(`\n${formatCapacity(report.capacity)}\n`);
  if (args.events)
    process.stdout.write(
      `\nEvents (newest ${Math.min(500, report.events)} of ${report.events})\n${formatEvents(sim.recentEvents())}\n`,
    );
}
