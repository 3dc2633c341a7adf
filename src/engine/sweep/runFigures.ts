// One headless run for a sweep or a compare: the design from time zero with a seed, a simulated chunk at a time so
// it can say how far it is and stop when asked, sampling the groups' lag as it goes. It takes a parsed design and
// never runs the schema, so the page's batch worker carries no validation library.
import type { PipelineDocument } from '../model/schema';
import { Simulation, type SimulationMode, type SimulationOptions } from '../sim/simulation';
import { GROUP_FIELDS, HEADER, PARTITION_FIELDS } from '../sim/snapshot';
import { figuresOf, type RunFigures } from './figures';

/** The most points a run's lag series keeps (the highest of each stretch when the run is longer). */
export const MAX_LAG_POINTS = 300;

export interface RunOptions {
  seed: number;
  durationMs: number;
  /** The simulation's mode: 'record' (every record, the default) or 'fluid' (flows as rates). */
  mode?: SimulationMode;
  /** Simulated milliseconds between two progress calls and lag samples (default 1 s). */
  chunkMs?: number;
  /** After every chunk: simulated milliseconds run so far. */
  onChunk?(doneMs: number): void;
  /** Looked at between chunks: true stops the run, which then returns null. */
  cancelled?(): boolean;
}

export interface FigureRun {
  figures: RunFigures;
  /** The worst group's lag over simulated time, at most MAX_LAG_POINTS points. */
  lag: { timesMs: number[]; records: number[] };
}

/** Runs `doc` for `durationMs` and reads its figures; null when cancelled. */
export function runFigures(doc: PipelineDocument, options: RunOptions): FigureRun | null {
  const simOptions: SimulationOptions = { seed: options.seed };
  if (options.mode !== undefined) simOptions.mode = options.mode;
  const sim = new Simulation(doc, simOptions);
  const layout = sim.snapshotLayout();
  const snapshot = new Float64Array(layout.length);
  const groupsAt = HEADER.length + layout.partitions.length * PARTITION_FIELDS.length;
  const lagField = GROUP_FIELDS.indexOf('lag');
  const chunk = options.chunkMs ?? 1000;
  const bucketMs = Math.max(chunk, Math.ceil(options.durationMs / MAX_LAG_POINTS / chunk) * chunk);
  const timesMs: number[] = [];
  const records: number[] = [];
  let maxLag = 0;
  let bucket = -1;
  for (let t = 0; t < options.durationMs;) {
    if (options.cancelled?.()) return null;
    t = Math.min(t + chunk, options.durationMs);
    sim.runUntil(t);
    sim.writeSnapshot(layout, snapshot);
    let lag = 0;
    for (let g = 0; g < layout.groups.length; g++)
      lag = Math.max(lag, snapshot[groupsAt + g * GROUP_FIELDS.length + lagField]!);
    maxLag = Math.max(maxLag, lag);
    // One point per bucket: the highest lag in it, at the newest time.
    const b = Math.ceil(t / bucketMs);
    if (b === bucket) {
      records[records.length - 1] = Math.max(records[records.length - 1]!, lag);
      timesMs[timesMs.length - 1] = t;
    } else {
      bucket = b;
      timesMs.push(t);
      records.push(lag);
    }
    options.onChunk?.(t);
  }
  return { figures: figuresOf(sim.report({ capacity: true }), maxLag), lag: { timesMs, records } };
}
