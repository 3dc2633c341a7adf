// `npm run bench [-- --json]`: the engine's per-record throughput, memory per retained record, the cost of
// one snapshot and the garbage the hot loop makes, measured against the goals of
// docs research/performance.md (sections 4.1, 4.5, 4.7). Prints the figures; asserts nothing.
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createSimulation, parseDocument, type Simulation } from '../src/engine';
import { RETAINED_BYTES_PER_RECORD } from '../src/engine/kafka/log/partitionLog';
import { gcBetweenMarkers, type GcWindow } from './gcTrace';

const GOALS = { recordsPerSec: 5_000_000, bytesPerRetainedRecord: 24, scavengesPerMillionRecords: 0 };

/** Simulated records/s: high enough that per-record work, not per-tick work, dominates the wall time. */
const RATE = Number(process.env.RATE ?? 5e6);
/**
 * A consumer polls once per tick, so 4 consumers × max.poll.records 500 at the default 1 ms tick can take
 * only 2 M records/s. A 0.25 ms tick (exact in binary, so ticks do not drift) lets them take 8 M/s and keep
 * up with the source; the measured records are then produced and consumed.
 */
const TICK_MS = Number(process.env.TICK ?? 0.25);
const WARMUP_MS = Number(process.env.WARM ?? 1000);
const MEASURE_MS = 3000;
const REPETITIONS = 3;
const SNAPSHOT_CALLS = 200;
const SEED = 1;

const SOURCE = 'src';
const SINK = 'sink';
const TOPIC = 'events';

/** One source → one topic of 12 partitions → one group of 4 consumers (research section 3.2's shape). */
const DOCUMENT = {
  format: 'franz.pipeline',
  version: 1,
  name: 'engine benchmark',
  // The default 3 s group.initial.rebalance.delay.ms would outlast the warm-up. With 0, the first consumer
  // forms the group alone and the others wait for its next heartbeat (3 s). 100 ms lets all 4 join at once.
  cluster: { groupInitialRebalanceDelayMs: 100 },
  nodes: [
    {
      id: SOURCE,
      kind: 'source',
      name: 'source',
      config: {
        rate: RATE,
        arrival: 'constant',
        recordSize: { type: 'fixed', bytes: 100 },
        keys: { type: 'uniform', count: 10_000 },
        batchSize: 16384,
        lingerMs: 5,
      },
    },
    { id: 't', kind: 'topic', name: TOPIC, config: { partitions: 12 } },
    {
      id: SINK,
      kind: 'sink',
      name: 'sink',
      config: { consumers: 4, processingRate: null, maxPollRecords: 500, enableAutoCommit: true },
    },
  ],
  edges: [
    { from: SOURCE, to: 't' },
    { from: 't', to: SINK },
  ],
};

function newSimulation(): Simulation {
  const parsed = parseDocument(DOCUMENT);
  if (!parsed.ok) throw new Error(`benchmark design is invalid: ${parsed.errors.join('; ')}`);
  return createSimulation(parsed.doc, { seed: SEED, tickMs: TICK_MS });
}

interface Counts {
  acked: number;
  consumed: number;
}

/** Read through the report, as any client of the engine would; never inside a timed section. */
function counts(sim: Simulation): Counts {
  const report = sim.report();
  const source = report.sources.find((s) => s.node === SOURCE);
  const group = report.groups.find((g) => g.node === SINK);
  if (!source || !group) throw new Error('benchmark source or sink missing from the report');
  return { acked: source.recordsAcked, consumed: group.recordsConsumed };
}

/** Warms up, then checks that the group is stable with every consumer assigned, so the timed phase is steady. */
function warmedUp(): Simulation {
  const sim = newSimulation();
  sim.step(WARMUP_MS);
  const group = sim.report().groups.find((g) => g.node === SINK);
  const assigned = group?.members.filter((m) => Object.keys(m.assignment).length > 0).length ?? 0;
  if (group?.state !== 'Stable' || assigned !== 4)
    throw new Error(`after warm-up the group is ${group?.state} with ${assigned} assigned consumers, not 4`);
  return sim;
}

interface Run extends Counts {
  wallMs: number;
  /** Records both produced and consumed per wall second: the smaller of the two counts decides. */
  recordsPerSec: number;
}

function measure(sim: Simulation): Run {
  const before = counts(sim);
  const start = performance.now();
  sim.step(MEASURE_MS);
  const wallMs = performance.now() - start;
  const after = counts(sim);
  const acked = after.acked - before.acked;
  const consumed = after.consumed - before.consumed;
  return { acked, consumed, wallMs, recordsPerSec: Math.min(acked, consumed) / (wallMs / 1000) };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Typed-array bytes of the topic's record rings over their slots, once every ring is full. */
function bytesPerRetainedRecord(sim: Simulation): { bytes: number; partitions: number; slots: number } {
  const topic = sim.topics.get(TOPIC);
  if (!topic) throw new Error(`topic ${TOPIC} missing`);
  let bytes = 0;
  let slots = 0;
  for (const log of topic.partitions) {
    // At full window memoryBytes / capacity is what a retained record really costs, not a half-empty ring's.
    if (log.retainedRecordCount() !== log.capacity)
      throw new Error(`a partition holds ${log.retainedRecordCount()} of ${log.capacity} records: not full`);
    bytes += log.memoryBytes();
    slots += log.capacity;
  }
  return { bytes: bytes / slots, partitions: topic.partitions.length, slots: slots / topic.partitions.length };
}

/** Median µs of one `report()`: the only snapshot the engine has today (no flat snapshot function yet). */
function snapshotMicros(sim: Simulation): number {
  for (let i = 0; i < 20; i++) sim.report(); // let the JIT compile it first
  const times: number[] = [];
  for (let i = 0; i < SNAPSHOT_CALLS; i++) {
    const start = performance.now();
    sim.report();
    times.push((performance.now() - start) * 1000);
  }
  return median(times);
}

/** In the child: one warmed-up run bracketed by forced GCs, whose trace lines mark the window (see gcTrace). */
function gcChild(): void {
  const gc = globalThis.gc;
  if (!gc) throw new Error('the GC child needs --expose-gc');
  const sim = warmedUp();
  gc();
  const run = measure(sim);
  gc();
  // stderr: stdout carries V8's trace, buffered separately, and a line written between could split one of it.
  process.stderr.write(`${JSON.stringify({ records: Math.min(run.acked, run.consumed) })}\n`);
}

interface GcResult extends GcWindow {
  records: number;
  scavengesPerMillionRecords: number;
}

/** Runs gcChild in a fresh node with --trace-gc and counts the collections of its measured phase. */
function gcCheck(): GcResult {
  const script = fileURLToPath(import.meta.url);
  const child = spawnSync(
    process.execPath,
    ['--trace-gc', '--expose-gc', '--import', 'tsx', script, '--gc-child'],
    { cwd: join(dirname(script), '..'), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  if (child.status !== 0) throw new Error(`GC child failed (${child.status}):\n${child.stderr}`);
  const result = child.stderr.split('\n').find((l) => l.startsWith('{"records"'));
  const window = gcBetweenMarkers(child.stdout);
  if (!result || !window) throw new Error(`GC child printed no result or no markers:\n${child.stderr}`);
  const { records } = JSON.parse(result) as { records: number };
  return { ...window, records, scavengesPerMillionRecords: window.scavenges / (records / 1e6) };
}

function main(): void {
  const json = process.argv.includes('--json');
  const runs: Run[] = [];
  let last: Simulation | null = null;
  for (let i = 0; i < REPETITIONS; i++) {
    // A fresh simulation each time, so every run starts from the same state.
    last = warmedUp();
    runs.push(measure(last));
  }
  if (!last) throw new Error('no run');
  const recordsPerSec = median(runs.map((r) => r.recordsPerSec));
  const memory = bytesPerRetainedRecord(last);
  const snapshot = snapshotMicros(last);
  const gc = gcCheck();
  const cpus = os.cpus();
  const machine = {
    node: process.version,
    v8: process.versions.v8,
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
  };

  if (json) {
    const out = {
      recordsPerSec: Math.round(recordsPerSec),
      bytesPerRetainedRecord: memory.bytes,
      snapshotMicros: Number(snapshot.toFixed(1)),
      snapshotOf: 'Simulation.report()',
      scavengesPerMillionRecords: Number(gc.scavengesPerMillionRecords.toFixed(3)),
      runs: runs.map((r) => ({ ...r, wallMs: Number(r.wallMs.toFixed(1)), recordsPerSec: Math.round(r.recordsPerSec) })),
      gc,
      retainedBytesPerRecordConstant: RETAINED_BYTES_PER_RECORD,
      scenario: { rate: RATE, tickMs: TICK_MS, warmupMs: WARMUP_MS, measureMs: MEASURE_MS, seed: SEED },
      goals: GOALS,
      machine,
    };
    process.stdout.write(`${JSON.stringify(out)}\n`);
    return;
  }

  const n = (x: number) => Math.round(x).toLocaleString('en-US');
  const lines = [
    'Franz engine benchmark',
    `  scenario: 1 source at ${n(RATE)} rec/s (100 B values, 10,000 uniform keys, batch.size 16384, linger.ms 5)`,
    `            -> 12 partitions -> 1 group of 4 consumers (max.poll.records 500, auto-commit), tick ${TICK_MS} ms`,
    `            ${WARMUP_MS / 1000} s simulated warm-up, then ${MEASURE_MS / 1000} s simulated timed, ${REPETITIONS} runs`,
    '',
    ...runs.map(
      (r, i) =>
        `  run ${i + 1}: ${n(r.acked)} acked, ${n(r.consumed)} consumed in ${r.wallMs.toFixed(0)} ms -> ${n(r.recordsPerSec)} rec/s`,
    ),
    '',
    `  records/s (median, produced and consumed)  ${n(recordsPerSec).padStart(12)}   goal ${n(GOALS.recordsPerSec)}`,
    `  bytes per retained record                  ${memory.bytes.toFixed(1).padStart(12)}   goal ${GOALS.bytesPerRetainedRecord}` +
      `   (${memory.partitions} full rings of ${n(memory.slots)})`,
    `  snapshot µs (median of ${SNAPSHOT_CALLS} report() calls)   ${snapshot.toFixed(1).padStart(12)}`,
    `  scavenges per million records             ${gc.scavengesPerMillionRecords.toFixed(3).padStart(12)}   goal ${GOALS.scavengesPerMillionRecords}` +
      `   (${gc.scavenges} in ${n(gc.records)} records; ${gc.majorGcs} major, max pause ${gc.maxPauseMs} ms)`,
    '',
    `  machine: node ${machine.node} (V8 ${machine.v8}), ${machine.cpu}, ${machine.cores} cores`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

if (process.argv.includes('--gc-child')) gcChild();
else main();
