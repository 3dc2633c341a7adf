// L12. Retention is per segment, and a group that lags past it loses data. LogManager's retention task (every
// log.retention.check.interval.ms) deletes whole segments of a log (UnifiedLog.deleteRetentionMsBreachedSegments):
// a segment goes once its newest record is older than retention.ms, and never the active one, so the log start
// offset jumps by whole segments and records older than retention.ms stay while their segment does. A group whose
// committed offset fell below the log start gets OFFSET_OUT_OF_RANGE when it comes back, and auto.offset.reset
// decides where it goes on (Fetcher / SubscriptionState.resetInitializingPositions).
import type { PipelineDocument, SimulationReport } from '../../engine';
import type { CheckInput, Lesson } from '../lesson';
import { figure, groupOf, partitionsOf, retainedRecords } from '../reportQueries';

const TOPIC = 'clicks';
const SINK = 'archive';
const PARTITIONS = 2;
/** Records per second App sends, over both partitions. */
const RATE = 200;
const RETENTION_MS = 60_000;

/** Seconds of App's input the topic holds: the age of its oldest record, at a steady rate. */
const heldSeconds = (report: SimulationReport) => retainedRecords(report, TOPIC) / RATE;

function committedOf(report: SimulationReport, p: number): number | null {
  return groupOf(report, SINK)?.committed[TOPIC]?.[p] ?? null;
}

function withConsumers(doc: PipelineDocument, consumers: number): PipelineDocument {
  return {
    ...doc,
    nodes: doc.nodes.map((n) => (n.id === SINK ? { ...n, config: { ...n.config, consumers } } : n)),
  } as PipelineDocument;
}

function line({ report }: CheckInput): string {
  const parts = partitionsOf(report, TOPIC);
  if (parts.length === 0) return 'Starting…';
  const starts = parts
    .map((p) => `P${p.partition} ${figure(p.logStartOffset)} (${p.segments} segments)`)
    .join(', ');
  const committed = parts.map((p) => figure(committedOf(report, p.partition) ?? 0)).join(', ');
  return `log start ${starts}; Archive committed ${committed}; ${figure(heldSeconds(report))} s of records held`;
}

export const retentionPerSegment: Lesson = {
  id: 'L12',
  title: 'Retention is per segment',
  corrects:
    'Records vanish exactly when retention.ms has passed, and a slow consumer is safe because Kafka keeps the data.',
  learn:
    'Retention deletes whole segments, so records outlive retention.ms for a while; a group that falls behind the log start loses what was deleted.',
  seed: 12,
  speed: 10,
  design: {
    format: 'franz.pipeline',
    version: 1,
    name: 'Lesson: retention is per segment',
    cluster: { logRetentionCheckIntervalMs: 5000 },
    nodes: [
      {
        id: 'app',
        kind: 'source',
        name: 'App',
        position: { x: 0, y: 40 },
        config: { rate: RATE, partitioner: 'roundrobin' },
      },
      {
        id: 't-clicks',
        kind: 'topic',
        name: TOPIC,
        position: { x: 320, y: 0 },
        config: { partitions: PARTITIONS, retentionMs: RETENTION_MS, segmentBytes: 50_000 },
      },
      {
        id: SINK,
        kind: 'sink',
        name: 'Archive',
        position: { x: 640, y: 40 },
        config: { groupId: 'archive', consumers: 1, autoOffsetReset: 'earliest' },
      },
    ],
    edges: [
      { from: 'app', to: 't-clicks' },
      { from: 't-clicks', to: SINK },
    ],
  },
  steps: [
    {
      do: 'Watch Archive read along: it commits its offsets on both partitions of clicks.',
      watch:
        'The line on this card: each partition’s log start offset (still 0) and Archive’s committed offsets.',
      check: ({ report }) => {
        const g = groupOf(report, SINK);
        if (!g || g.state !== 'Stable' || g.members.length !== 1) return false;
        const parts = partitionsOf(report, TOPIC);
        return (
          parts.length === PARTITIONS &&
          parts.every((p) => p.logStartOffset === 0 && (committedOf(report, p.partition) ?? 0) > 0)
        );
      },
      progress: line,
      because:
        'Archive reads each partition and commits where it is. Nothing has been deleted yet: every log starts ' +
        'at offset 0.',
      withinMs: 30_000,
    },
    {
      do: 'Select Archive and set its Consumers to 0: the group stops, App goes on sending.',
      watch:
        'Recent events (“segments deleted, log start offset …”) and the line on this card: each log start ' +
        'offset jumps, a whole segment at a time, past Archive’s committed offset.',
      check: ({ report }, notes) => {
        const g = groupOf(report, SINK);
        if (!g || g.members.length !== 0) return false;
        const parts = partitionsOf(report, TOPIC);
        if (parts.length !== PARTITIONS) return false;
        let past = true;
        for (const p of parts) {
          const k = p.partition;
          const committed = committedOf(report, k) ?? 0;
          if (notes[`committed${k}`] === undefined) notes[`committed${k}`] = committed;
          const before = notes[`start${k}`] ?? 0;
          if (p.logStartOffset > before) {
            // A whole segment went: at least as many records as a segment holds on average.
            const perSegment = (p.logEndOffset - p.logStartOffset) / Math.max(1, p.segments);
            const jump = p.logStartOffset - before;
            if (jump < perSegment * 0.9) notes.partialJump = 1;
            notes.minJump = Math.min(notes.minJump ?? jump, jump);
            notes[`start${k}`] = p.logStartOffset;
          }
          if (p.logStartOffset <= notes[`committed${k}`]!) past = false;
        }
        // Between two retention checks the oldest record is older than retention.ms: its segment is not gone yet.
        if (heldSeconds(report) > (RETENTION_MS / 1000) * 1.02) notes.sawOlder = 1;
        return past && notes.sawOlder === 1 && notes.partialJump !== 1;
      },
      progress: (input, notes) =>
        line(input) + (notes.minJump === undefined ? '' : `; smallest jump ${figure(notes.minJump)} records`),
      because:
        'Every log.retention.check.interval.ms (5 s here) the broker deletes the segments whose newest record is ' +
        'older than retention.ms (60 s): whole segments, never the active one. So the log start offset jumps by a ' +
        'segment’s worth of records, and for a while the topic held more than 60 s of records. Archive’s ' +
        'committed offsets are now below the log start: those records are gone.',
      act: [{ kind: 'edit', edit: (doc) => withConsumers(doc, 0) }],
      withinMs: 150_000,
    },
    {
      do: 'Set Archive’s Consumers back to 1.',
      watch:
        'Archive’s inspector: "Lost to retention" counts the records deleted before it read them; its offsets ' +
        'restart at the log start (auto.offset.reset = earliest).',
      check: ({ report }, notes) => {
        const g = groupOf(report, SINK);
        if (!g || g.state !== 'Stable' || g.members.length !== 1) return false;
        const lost = g.recordsLostToRetention ?? 0;
        let least = 0;
        let most = 0;
        for (const p of partitionsOf(report, TOPIC)) {
          const k = p.partition;
          const committed = notes[`committed${k}`] ?? 0;
          least += (notes[`start${k}`] ?? 0) - committed;
          most += p.logStartOffset - committed;
          // Reset: the group reads on from the log start, not from its old offset.
          if ((committedOf(report, k) ?? -1) < p.logStartOffset) return false;
        }
        notes.lost = lost;
        return lost > 0 && lost >= least && lost <= most;
      },
      progress: ({ report }) =>
        `${figure(groupOf(report, SINK)?.recordsLostToRetention ?? 0)} records lost to retention`,
      because:
        'Archive came back with offsets below the log start: the broker answered OFFSET_OUT_OF_RANGE and ' +
        'auto.offset.reset = earliest moved it to the log start. The records in between were deleted before it ' +
        'read them: recordsLostToRetention. With latest it would also skip the records still there. Kafka keeps ' +
        'data for retention.ms, not until every group has read it: alert on lag in time well below retention.ms.',
      act: [{ kind: 'edit', edit: (doc) => withConsumers(doc, 1) }],
      withinMs: 30_000,
    },
  ],
  names: [
    { name: 'retention.ms', what: 'how long a segment is kept after its newest record' },
    {
      name: 'segment.bytes',
      what: 'the size at which the active segment is rolled (closed) and a new one begun',
    },
    { name: 'log.retention.check.interval.ms', what: 'how often the broker looks for segments to delete' },
    { name: 'OFFSET_OUT_OF_RANGE', what: 'the error for a fetch below the log start offset' },
    {
      name: 'auto.offset.reset',
      what: 'where a consumer goes on when its offset is out of range: earliest or latest',
    },
  ],
  quiz: {
    question:
      'A topic has retention.ms = 1 hour and segments that each hold 20 minutes of records. How old can its oldest record be?',
    options: [
      'Exactly 1 hour',
      'About 1 hour 20 minutes (plus one retention check)',
      '20 minutes',
      'Forever',
    ],
    answer: 1,
    why:
      'A segment is deleted only once its newest record is older than retention.ms, so its oldest record is up ' +
      'to one segment’s span older, and deletion waits for the next log.retention.check.interval.ms.',
  },
};
