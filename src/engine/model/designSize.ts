// How much memory and work a design will take, from the document alone: checked before a simulation is built.
import type { PipelineDocument, PipelineNode } from './schema';
import { peakRateOf } from './peakRate';

/**
 * The memory a simulation may take (1 GB): a design whose estimate is above it is refused, in the app and the
 * CLI (`--memory` raises it there). Measured: a 1,000-partition topic written by a source keeps about 500 MB
 * once every partition's record ring is full, so a budget of 1 GB holds about 2,000 busy partitions.
 */
export const MEMORY_BUDGET_BYTES = 1_000_000_000;

/**
 * Steps per simulated second above which a design runs slower than real time (measured on a 2-core machine:
 * about 0.12 µs a step, so 8 million steps take about a second). It still runs; the person is told first.
 */
export const SLOW_STEPS_PER_SECOND = 8_000_000;

// Sizes measured with `node --expose-gc` and process.memoryUsage() (heap and array buffers) on designs of 300 to
// 50,000 of each thing, rounded up.
/** A partition's log, segments, replicas and counters, without its record ring and series. */
const PARTITION_BYTES = 15_000;
/** A group's state per partition it reads (committed offset, position, counters), without its lag series. */
const GROUP_PARTITION_BYTES = 500;
/** A group (sink or processor) without its per-partition state: coordinator, settings, its own series. */
const GROUP_BYTES = 10_000;
/** A consumer in a group. */
const MEMBER_BYTES = 2_000;
/** Any other node: a source's producer, a topic's runtime. */
const NODE_BYTES = 10_000;
/** Bytes of record details the log keeps per record (RecordRing.RETAINED_BYTES_PER_RECORD). */
const RING_BYTES_PER_RECORD = 29;
/** The record ring: starts with 64 slots, doubles to 16,384 (Simulation's retainedRecordsPerPartition). */
const RING_MIN_SLOTS = 64;
const RING_MAX_SLOTS = 16_384;
/** A metric series: 8 bytes a sample, growing 64, 128, 256, 512 to 600 samples (one a simulated second). */
const SERIES_MAX_SAMPLES = 600;
/** Series per partition (records and bytes in), per group (records, bytes, lag, duplicates...), per member. */
const SERIES_PER_PARTITION = 2;
const SERIES_PER_GROUP = 6;
const SERIES_PER_MEMBER = 2;
/** Steps a record costs where it is produced, and again where each group reads it. */
const STEPS_PER_RECORD = 5;
/** Ticks per simulated second (the engine's 1 ms tick): every partition and every group's partition, each tick. */
const TICKS_PER_SECOND = 1000;
/** Rates above this are taken as this: a processor loop multiplies records without end. */
const MAX_RATE = 1e12;
/** Rounds of passing rates from topic to topic; a design deeper than this is a loop (and costs no more). */
const MAX_PASSES = 64;

export interface SizeContributor {
  /** What takes the memory, in the person's words: "1,000 partitions x 50 groups". */
  what: string;
  bytes: number;
}

export interface DesignEstimate {
  /** The memory the simulation will take, in bytes (the design's own, not the page's). */
  memoryBytes: number;
  /** What takes most of it, largest first. */
  contributors: SizeContributor[];
  /** Records produced, processed and consumed per simulated second. */
  recordsPerSec: number;
  /** Engine steps per simulated second: partitions and groups' partitions every tick, and the records. */
  stepsPerSec: number;
  /** Where most of the steps go, in the person's words. */
  stepsBy: string;
}

export interface EstimateOptions {
  /** How long the run is (the CLI's --duration); absent: a run without end (the app), every ring full. */
  durationMs?: number;
}

const count = (n: number) => Math.round(n).toLocaleString('en-US');
const plural = (n: number, one: string) => `${count(n)} ${one}${Math.round(n) === 1 ? '' : 's'}`;
/** "51 million", "80,950". */
const roughly = (n: number) => (n >= 1e6 ? `${count(n / 1e6)} million` : count(n));

/** "about 480 MB", "about 1.2 GB". */
export function formatBytes(bytes: number): string {
  if (bytes >= 1e9) return `${(bytes / 1e9).toFixed(1)} GB`;
  if (bytes >= 1e6) return `${Math.round(bytes / 1e6)} MB`;
  return `${Math.max(1, Math.round(bytes / 1e3))} kB`;
}

/** Slots a ring or a series has grown to when it holds `n` items (doubling from `min` up to `max`). */
function room(n: number, min: number, max: number): number {
  let r = min;
  while (r < n && r < max) r *= 2;
  return r > max ? max : r;
}

/**
 * The memory and work of `doc`, from its shape alone: partitions, groups times the partitions they read, record
 * rates and retention. A pattern subscription is taken to read every topic (an upper bound, and no regular
 * expression runs here); a source or processor sends every record to each of its topics, as the engine does.
 */
export function estimateDesign(doc: PipelineDocument, options: EstimateOptions = {}): DesignEstimate {
  const horizonS = options.durationMs === undefined ? Infinity : options.durationMs / 1000;
  const byId = new Map<string, PipelineNode>(doc.nodes.map((n) => [n.id, n]));
  const topics = doc.nodes.filter((n) => n.kind === 'topic');
  const readers = doc.nodes.filter((n) => n.kind === 'sink' || n.kind === 'processor');
  const reads = new Map<string, PipelineNode[]>();
  const writes = new Map<string, PipelineNode[]>();
  const add = (map: Map<string, PipelineNode[]>, key: string, node: PipelineNode) => {
    const list = map.get(key);
    if (list) list.push(node);
    else map.set(key, [node]);
  };
  for (const e of doc.edges) {
    const from = byId.get(e.from);
    const to = byId.get(e.to);
    if (!from || !to) continue;
    if (to.kind === 'topic') add(writes, from.id, to);
    if (from.kind === 'topic') add(reads, to.id, from);
  }
  const readsOf = (n: PipelineNode) =>
    (n.kind === 'sink' || n.kind === 'processor') && n.config.subscriptionPattern !== null
      ? topics
      : (reads.get(n.id) ?? []);

  // Records per second into each topic: sources first, then processors, passed on until nothing changes. After
  // MAX_PASSES, a topic whose rate still grows is in a loop and is taken at MAX_RATE.
  const topicRate = new Map<string, number>(topics.map((t) => [t.id, 0]));
  const inputRate = (n: PipelineNode) => readsOf(n).reduce((sum, t) => sum + topicRate.get(t.id)!, 0);
  let settled = false;
  for (let pass = 0; pass < MAX_PASSES && !settled; pass++) {
    const next = new Map<string, number>(topics.map((t) => [t.id, 0]));
    for (const n of doc.nodes) {
      let out = 0;
      // A profiled source is sized at its peak: the design must fit when the day or the trace is busiest.
      if (n.kind === 'source') out = peakRateOf(n.config.rate, n.config.profile);
      else if (n.kind === 'processor') out = inputRate(n) * n.config.filterRatio * n.config.fanOut;
      for (const t of writes.get(n.id) ?? []) next.set(t.id, Math.min(MAX_RATE, next.get(t.id)! + out));
    }
    settled = topics.every((t) => next.get(t.id) === topicRate.get(t.id));
    const last = !settled && pass === MAX_PASSES - 1;
    for (const [id, r] of next) {
      const before = topicRate.get(id)!;
      // Still growing from a rate it already had: records that come round again.
      topicRate.set(id, last && before > 0 && r > before ? MAX_RATE : r);
    }
  }

  const samples = Math.min(SERIES_MAX_SAMPLES, horizonS);
  const seriesBytes = 8 * room(samples, 64, SERIES_MAX_SAMPLES);
  let ringBytes = 0;
  let partitions = 0;
  let busyPartitions = 0;
  let produced = 0;
  for (const t of topics) {
    if (t.kind !== 'topic') continue;
    const p = t.config.partitions;
    partitions += p;
    const rate = topicRate.get(t.id)!;
    produced += rate;
    // Records a partition keeps: its share of the rate over the run, or over retention.ms when that is shorter.
    const retentionS = t.config.retentionMs < 0 ? Infinity : t.config.retentionMs / 1000;
    const kept = rate === 0 ? 0 : (rate / p) * Math.min(horizonS, retentionS);
    const slots = room(kept, RING_MIN_SLOTS, RING_MAX_SLOTS);
    if (slots > RING_MIN_SLOTS) busyPartitions += p;
    ringBytes += p * slots * RING_BYTES_PER_RECORD;
  }

  // Groups by group.id: sinks sharing one are one group, reading the union of their topics.
  const groups = new Map<string, { topics: Set<PipelineNode>; members: number }>();
  for (const n of readers) {
    if (n.kind !== 'sink' && n.kind !== 'processor') continue;
    const id = n.config.groupId ?? n.id;
    const g = groups.get(id) ?? { topics: new Set<PipelineNode>(), members: 0 };
    for (const t of readsOf(n)) g.topics.add(t);
    g.members += n.config.consumers;
    groups.set(id, g);
  }
  let groupPartitions = 0;
  let members = 0;
  let consumed = 0;
  for (const g of groups.values()) {
    members += g.members;
    for (const t of g.topics) {
      if (t.kind !== 'topic') continue;
      groupPartitions += t.config.partitions;
      consumed += topicRate.get(t.id)!;
    }
  }
  const processed = readers.reduce((sum, n) => sum + (n.kind === 'processor' ? inputRate(n) : 0), 0);

  const partitionState = partitions * (PARTITION_BYTES + SERIES_PER_PARTITION * seriesBytes);
  const groupState = groupPartitions * (GROUP_PARTITION_BYTES + seriesBytes);
  const rest =
    groups.size * (GROUP_BYTES + SERIES_PER_GROUP * seriesBytes) +
    members * (MEMBER_BYTES + SERIES_PER_MEMBER * seriesBytes) +
    (doc.nodes.length - readers.length) * NODE_BYTES;
  const contributors: SizeContributor[] = [
    { what: `record details of ${plural(busyPartitions || partitions, 'partition')}`, bytes: ringBytes },
    { what: plural(partitions, 'partition'), bytes: partitionState },
    {
      what: `${plural(groups.size, 'group')} reading ${plural(groupPartitions, 'partition')} in all`,
      bytes: groupState,
    },
    { what: `${plural(doc.nodes.length, 'node')} and ${plural(members, 'consumer')}`, bytes: rest },
  ].sort((a, b) => b.bytes - a.bytes);

  const recordsPerSec = Math.min(MAX_RATE, produced + processed + consumed);
  const tickSteps = TICKS_PER_SECOND * (partitions + groupPartitions);
  const recordSteps = STEPS_PER_RECORD * recordsPerSec;
  const stepsBy =
    recordSteps >= tickSteps
      ? `${count(recordsPerSec)} records/s produced and consumed`
      : groupPartitions >= partitions
        ? `${plural(groups.size, 'group')} polling ${plural(groupPartitions, 'partition')} in all every millisecond`
        : `${plural(partitions, 'partition')}, each served every millisecond`;
  return {
    memoryBytes: ringBytes + partitionState + groupState + rest,
    contributors,
    recordsPerSec,
    stepsPerSec: tickSteps + recordSteps,
    stepsBy,
  };
}

/**
 * Why a design is refused for its size, or null when it fits `budgetBytes`: the estimate, the budget and the two
 * largest parts. "this design needs about 1.5 GB, over Franz's 1.0 GB memory budget: record details of 2,000
 * partitions (about 950 MB), 50 groups reading 100,000 partitions in all (about 530 MB); lower partitions,
 * groups or record rates"
 */
export function sizeRefusal(estimate: DesignEstimate, budgetBytes = MEMORY_BUDGET_BYTES): string | null {
  if (estimate.memoryBytes <= budgetBytes) return null;
  const parts = estimate.contributors
    .slice(0, 2)
    .map((c) => `${c.what} (about ${formatBytes(c.bytes)})`)
    .join(', ');
  return (
    `this design needs about ${formatBytes(estimate.memoryBytes)}, over Franz's ` +
    `${formatBytes(budgetBytes)} memory budget: ${parts}; lower partitions, groups or record rates`
  );
}

/**
 * A warning for a design that runs slower than real time, or null: "This design is large: about 51 million
 * steps per simulated second (50 groups polling 50,000 partitions in all every millisecond), about 51,000
 * records/s to simulate; it will run slower than real time".
 */
export function slowWarning(estimate: DesignEstimate): string | null {
  if (estimate.stepsPerSec <= SLOW_STEPS_PER_SECOND) return null;
  if (estimate.recordsPerSec >= MAX_RATE)
    return (
      'This design has a processor loop that passes every record on again: the records in it keep coming ' +
      'round, so there is more to simulate each second for as long as it runs; it will run slower and slower'
    );
  return (
    `This design is large: about ${roughly(estimate.stepsPerSec)} steps per simulated second ` +
    `(${estimate.stepsBy}), about ${count(estimate.recordsPerSec)} records/s to simulate; ` +
    `it will run slower than real time`
  );
}
