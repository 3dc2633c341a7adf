// `npm run simulate -- <design.json> --duration 60s --seed 1 [--json]`: runs a design headless and reports.
import { readFileSync, writeSync } from 'node:fs';
import { basename } from 'node:path';
import { createSimulation, parseDocumentJson } from '../engine';
import { USAGE, parseArgs } from './args';
import { formatEvents, formatReport } from './format';

const EXIT_BAD_INPUT = 2;

function fail(message: string): never {
  writeAll(2, `simulate: ${message}\n`);
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

const args = parseArgs(process.argv.slice(2));
if (typeof args === 'string') fail(`${args}\n${USAGE}`);

let text: string;
try {
  text = readFileSync(args.file, 'utf8');
} catch (e) {
  fail(`cannot read ${args.file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
}
const parsed = parseDocumentJson(text);
if (!parsed.ok) fail(`${args.file} is not a valid design:\n${parsed.errors.map((e) => `  ${e}`).join('\n')}`);

const sim = createSimulation(parsed.doc, { seed: args.seed });
sim.runUntil(args.durationMs);
const report = sim.report();
if (args.json) process.stdout.write(JSON.stringify(report) + '\n');
else {
  process.stdout.write(formatReport(report, parsed.doc.name || basename(args.file)) + '\n');
  if (args.events)
    process.stdout.write(
      `\nEvents (newest ${Math.min(500, report.events)} of ${report.events})\n${formatEvents(sim.recentEvents())}\n`,
    );
}
