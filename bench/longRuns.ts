// Long runs for `npm run bench`: wall seconds for one simulated hour of the article's pipeline, as it is and with every
// source slowed to 10 records/s, where the engine's fixed cost per tick, not the records, fills the time. The slow one
// runs twice, once ticking every millisecond (skipIdle: false) and once jumping over the ticks in which nothing happens
// (event skipping, src/engine/sim/nextEvent.ts), to show what skipping saves.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createSimulation, parseDocumentJson, type PipelineDocument } from '../src/engine';

const HOUR_MS = 3_600_000;
/** Records per second of every source in the low-rate design. */
export const LOW_RATE = 10;
const SEED = 1;

export interface LongRunFigures {
  /** The article pipeline (about 1,700 records/s), one simulated hour, per record: wall seconds. */
  article1hSeconds: number;
  /** The article pipeline at LOW_RATE records/s per source, one simulated hour, skipping idle ticks. */
  lowRate1hSeconds: number;
  /** The same, running every tick. */
  lowRate1hSecondsEveryTick: number;
}

function articleDocument(rate: number | null): PipelineDocument {
  const path = join(dirname(fileURLToPath(import.meta.url)), '..', 'examples', 'article-pipeline.json');
  const raw = JSON.parse(readFileSync(path, 'utf8')) as {
    nodes: { kind: string; config: { rate?: number } }[];
  };
  if (rate !== null) for (const n of raw.nodes) if (n.kind === 'source') n.config.rate = rate;
  const parsed = parseDocumentJson(JSON.stringify(raw));
  if (!parsed.ok) throw new Error(`the article pipeline is invalid: ${parsed.errors.join('; ')}`);
  return parsed.doc;
}

/** Wall seconds to simulate one hour of `doc`. */
function hourSeconds(doc: PipelineDocument, skipIdle: boolean): number {
  const sim = createSimulation(doc, { seed: SEED, skipIdle });
  const start = performance.now();
  sim.step(HOUR_MS);
  return (performance.now() - start) / 1000;
}

export function longRunFigures(): LongRunFigures {
  const low = articleDocument(LOW_RATE);
  return {
    article1hSeconds: hourSeconds(articleDocument(null), true),
    lowRate1hSeconds: hourSeconds(low, true),
    lowRate1hSecondsEveryTick: hourSeconds(low, false),
  };
}
