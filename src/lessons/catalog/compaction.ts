// L13. Log compaction (cleanup.policy=compact): Kafka's LogCleaner cleans the closed segments below the active one
// once their dirty share passes min.cleanable.dirty.ratio, keeping the latest record of each key and never
// renumbering (Cleaner.cleanInto keeps each record's offset: the removed ones leave gaps). The active segment is never
// cleaned. A tombstone (a null value) is kept by the pass that first sees it as its key's latest, with a delete
// horizon of that pass plus delete.retention.ms (KIP-534); the first pass after the horizon removes it, key and all.
import type { PartitionReport, PipelineDocument, SimulationReport } from '../../engine';
import type { CheckInput, Lesson } from '../lesson';
import { figure, partitionsOf } from '../reportQueries';

const TOPIC = 'profiles';
const PROFILES = 'profile-service';
const GUEST = 'guest-checkout';
/** The 10 customers Profiles updates, and the guest: 11 keys in all. */
const CUSTOMERS = ['ada', 'bob', 'carol', 'dave', 'erin', 'frank', 'grace', 'heidi', 'ivan', 'judy'];
const KEYS = CUSTOMERS.length + 1;
/** delete.retention.ms, 1 day by default, shortened so that the lesson sees a tombstone go. */
const DELETE_RETENTION_MS = 10_000;

function partition(report: SimulationReport): PartitionReport | null {
  return partitionsOf(report, TOPIC)[0] ?? null;
}

/** The partition's compaction figures once a cleaning pass has run (cleanedToOffset > 0). */
function cleaned(report: SimulationReport) {
  const c = partition(report)?.compaction;
  return c && c.cleanedToOffset > 0 ? c : null;
}

function line({ report }: CheckInput): string {
  const p = partition(report);
  const c = p?.compaction;
  if (!p || !c) return 'Starting…';
  return (
    `offsets ${figure(p.logStartOffset)}–${figure(p.logEndOffset)}, ${figure(c.records)} records kept; ` +
    `cleaned below ${figure(c.cleanedToOffset)}: ${figure(c.cleanedRecords)} records of ${figure(c.cleanedKeys)} keys; ` +
    `not cleaned yet: ${figure(c.dirtyRecords)} records of ${figure(c.dirtyKeys)} keys; ${figure(c.tombstones)} tombstones`
  );
}

/** The guest's tombstone ratio as the design has it now. */
function guestTombstoneRatio(doc: PipelineDocument): number {
  const n = doc.nodes.find((x) => x.id === GUEST);
  return n?.kind === 'source' ? n.config.tombstoneRatio : 0;
}

function withGuestTombstones(doc: PipelineDocument): PipelineDocument {
  return {
    ...doc,
    nodes: doc.nodes.map((n) =>
      n.kind === 'source' && n.id === GUEST ? { ...n, config: { ...n.config, tombstoneRatio: 1 } } : n,
    ),
  };
}

export const compaction: Lesson = {
  id: 'L13',
  title: 'Compaction',
  corrects: 'Compaction is immediate: a compacted topic holds one record per key at all times.',
  learn:
    'The log cleaner compacts closed segments only, some time after they close: it keeps the latest record of each ' +
    'key, leaves the offsets of the others as gaps, and removes a tombstone only delete.retention.ms after it kept it.',
  seed: 13,
  speed: 10,
  design: {
    format: 'franz.pipeline',
    version: 1,
    name: 'Lesson: compaction',
    // log.cleaner.backoff.ms at 5 s instead of 15 s: the cleaner's passes come often enough to watch.
    cluster: { logCleanerBackoffMs: 5_000 },
    nodes: [
      {
        id: PROFILES,
        kind: 'source',
        name: 'Profiles',
        position: { x: 0, y: 0 },
        config: { rate: 20, keys: { type: 'list', values: CUSTOMERS } },
      },
      {
        id: GUEST,
        kind: 'source',
        name: 'Guest checkout',
        position: { x: 0, y: 200 },
        config: { rate: 2, keys: { type: 'list', values: ['guest-42'] } },
      },
      {
        id: 't-profiles',
        kind: 'topic',
        name: TOPIC,
        position: { x: 320, y: 80 },
        // Small segments (a new one every 2 s), a low dirty ratio and a short delete.retention.ms: the cleaner's
        // work is visible within seconds instead of days.
        config: {
          partitions: 1,
          cleanupPolicy: 'compact',
          segmentMs: 2_000,
          minCleanableDirtyRatio: 0.01,
          deleteRetentionMs: DELETE_RETENTION_MS,
        },
      },
    ],
    edges: [
      { from: PROFILES, to: 't-profiles' },
      { from: GUEST, to: 't-profiles' },
    ],
  },
  steps: [
    {
      do: 'Open the records of profiles-0 (its lane on the profiles node) and watch the offsets and keys while the cleaner runs.',
      watch:
        'The oldest records: one per key, their offsets no longer consecutive. The newest: every update, ' +
        'ada and bob many times over.',
      check: ({ report }) => {
        const p = partition(report);
        const c = cleaned(report);
        return (
          p !== null &&
          c !== null &&
          c.cleanedRecords === KEYS &&
          c.cleanedKeys === KEYS &&
          c.dirtyRecords > c.dirtyKeys &&
          p.logStartOffset === 0 &&
          c.records < p.logEndOffset - p.logStartOffset
        );
      },
      progress: line,
      because:
        'Every log.cleaner.backoff.ms the LogCleaner looked at profiles: its closed segments were more than ' +
        'min.cleanable.dirty.ratio dirty, so it built a map of each key’s latest offset and rewrote them keeping ' +
        'only those: one record for each of the 11 keys. The offsets did not move: the log still starts at 0 and ' +
        'ends where the producers left it, with gaps where the superseded records were. The active segment (and ' +
        'any segment closed since the last pass) still holds every update: compaction happens later, in the ' +
        'background, and a consumer reading from the beginning sees duplicates there.',
      withinMs: 30_000,
    },
    {
      do: 'Guest 42 deletes the account: select Guest checkout and set its Tombstones to 1.',
      watch:
        'Tombstones (no value) for guest-42 in the records; after the next pass, one of them in the cleaned part.',
      check: ({ report, doc }) => {
        const c = cleaned(report);
        return (
          guestTombstoneRatio(doc) === 1 &&
          c !== null &&
          c.cleanedTombstones === 1 &&
          c.cleanedRecords === KEYS &&
          c.cleanedKeys === KEYS
        );
      },
      progress: line,
      because:
        'A tombstone is a record with a key and a null value: "delete this key". The cleaner keeps it, as the ' +
        'key’s latest record, so that a consumer that reads the topic later (a cache rebuilding itself) learns ' +
        'the key is gone. The pass that first kept it gave it a delete horizon: that pass’s time plus ' +
        'delete.retention.ms.',
      act: [{ kind: 'edit', edit: withGuestTombstones }],
      withinMs: 30_000,
    },
    {
      do: 'Select Guest checkout and pause it (Pause source): no more records for guest-42.',
      watch: 'The tombstone stays in the cleaned part for delete.retention.ms (10 s here), then goes.',
      check: ({ report }, notes) => {
        const guest = report.sources.find((s) => s.node === GUEST);
        if (!guest?.paused) {
          notes.pausedAtMs = -1;
          return false;
        }
        if (notes.pausedAtMs === undefined || notes.pausedAtMs < 0) notes.pausedAtMs = report.simulatedMs;
        const c = cleaned(report);
        return (
          c !== null &&
          c.tombstones === 0 &&
          c.cleanedRecords === CUSTOMERS.length &&
          c.cleanedKeys === CUSTOMERS.length &&
          report.simulatedMs - notes.pausedAtMs >= DELETE_RETENTION_MS
        );
      },
      progress: line,
      because:
        'Nothing newer superseded the last tombstone: it went because its delete horizon had passed, at the first ' +
        'pass after it, and guest-42 with it: 10 keys are left. delete.retention.ms (1 day by default) is how ' +
        'long a consumer has to read the topic through and see the delete; one that falls further behind than ' +
        'that may never learn that the key was deleted.',
      act: [{ kind: 'fault', fault: { type: 'source-pause', node: GUEST } }],
      withinMs: 40_000,
    },
  ],
  names: [
    {
      name: 'cleanup.policy=compact',
      what: 'the topic keeps the latest record per key instead of deleting by age',
    },
    {
      name: 'min.cleanable.dirty.ratio',
      what: 'the dirty share of the closed segments above which the cleaner compacts the log',
    },
    { name: 'segment.ms', what: 'when the active segment closes: only closed segments are compacted' },
    {
      name: 'log.cleaner.backoff.ms',
      what: 'how long the cleaner waits between passes when it has nothing to do',
    },
    { name: 'delete.retention.ms', what: 'how long a kept tombstone stays before a pass removes it' },
  ],
  quiz: {
    question:
      'Profiles updated ada five times in the last second, on a compacted topic. How many of those five can a ' +
      'consumer that now reads profiles from the earliest offset get?',
    options: [
      'Only the latest: the topic is compacted',
      'All five: they are in the active segment, which the cleaner never compacts',
      'None: the cleaner removes them first',
    ],
    answer: 1,
    why:
      'The cleaner compacts closed segments only, some time after they close: the active segment keeps every ' +
      'update, so a consumer sees duplicates there. Compaction keeps at least the latest record of each key, not ' +
      'at most one.',
  },
};
