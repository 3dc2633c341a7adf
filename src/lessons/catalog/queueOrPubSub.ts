// L5. Queue or publish-subscribe, and where a group starts: every consumer group (group.id) reads the whole topic
// for itself, the log keeps what was read (only retention removes it), and a group with no committed offset starts
// where auto.offset.reset says: latest (the default: only records written from now on) or earliest (the log's start).
import type { Lesson } from '../lesson';
import { figure, groupOf, partitionsOf, settled } from '../reportQueries';
import type { SimulationReport } from '../../engine';

const TOPIC_ID = 't-clicks';
const TOPIC = 'clicks';

const logEnd = (report: SimulationReport) =>
  partitionsOf(report, TOPIC).reduce((sum, p) => sum + p.logEndOffset, 0);
const logStartsAtZero = (report: SimulationReport) =>
  partitionsOf(report, TOPIC).every((p) => p.logStartOffset === 0);

const reader = (id: string, name: string, y: number, autoOffsetReset: 'earliest' | 'latest') => ({
  id,
  kind: 'sink' as const,
  name,
  position: { x: 640, y },
  config: { groupId: id, autoOffsetReset },
});

export const queueOrPubSub: Lesson = {
  id: 'L5',
  title: 'Queue or publish-subscribe; where a group starts',
  corrects: 'Consumed messages are gone, groups share messages, and a new consumer sees the history.',
  learn:
    'Each group reads every record for itself; reading removes nothing; a new group starts at the end unless auto.offset.reset=earliest.',
  seed: 5,
  speed: 5,
  design: {
    format: 'franz.pipeline',
    version: 1,
    name: 'Lesson: queue or publish-subscribe',
    nodes: [
      {
        id: 'web',
        kind: 'source',
        name: 'Web',
        position: { x: 0, y: 120 },
        config: { rate: 100 },
      },
      { id: TOPIC_ID, kind: 'topic', name: TOPIC, position: { x: 320, y: 100 }, config: { partitions: 2 } },
      reader('reports', 'Reports', 0, 'earliest'),
      reader('audit', 'Audit', 140, 'latest'),
      reader('backfill', 'Backfill', 280, 'earliest'),
    ],
    edges: [
      { from: 'web', to: TOPIC_ID },
      { from: TOPIC_ID, to: 'reports' },
    ],
  },
  steps: [
    {
      do: 'Watch clicks fill up: Reports, a group that has read it from the start, reads every record.',
      watch: "clicks' records on its node, and Reports' records read.",
      check: ({ report }) => {
        const a = groupOf(report, 'reports');
        return settled(a, 1) && logEnd(report) >= 1000 && a.recordsConsumed >= 900;
      },
      progress: ({ report }) =>
        `${figure(logEnd(report))} records in clicks, Reports read ${figure(groupOf(report, 'reports')?.recordsConsumed ?? 0)}`,
      because:
        'Reports reads clicks as it fills. Reading removed nothing: the records stay in the log, its log-start ' +
        'offset still 0, until retention.ms (7 days by default) deletes old segments.',
      withinMs: 60_000,
    },
    {
      do: 'Connect clicks to Audit: a new group, with auto.offset.reset=latest (the default).',
      watch: "Audit's records read: only what arrives after it joined.",
      check: ({ report }, notes) => {
        notes.endBeforeAudit ??= logEnd(report);
        const b = groupOf(report, 'audit');
        if (!settled(b, 1) || b.recordsConsumed === 0 || !logStartsAtZero(report)) return false;
        const started = Object.values(b.committed)
          .flat()
          .reduce<number>((sum, o) => sum + (o ?? 0), 0);
        // It began at the end: it never read what clicks held before, only records written since.
        return started >= notes.endBeforeAudit && b.recordsConsumed <= logEnd(report) - notes.endBeforeAudit;
      },
      progress: ({ report }, notes) =>
        `Audit read ${figure(groupOf(report, 'audit')?.recordsConsumed ?? 0)} of the ${figure(logEnd(report))} records; ` +
        `${figure(notes.endBeforeAudit ?? 0)} were there before`,
      because:
        'Audit is a new group: no committed offset, so auto.offset.reset decides, and latest means the log end. ' +
        'It reads every new record, as Reports does (each group gets them all: publish-subscribe), and none of ' +
        'the records written before it came.',
      act: [
        { kind: 'edit', edit: (doc) => ({ ...doc, edges: [...doc.edges, { from: TOPIC_ID, to: 'audit' }] }) },
      ],
      withinMs: 60_000,
    },
    {
      do: 'Connect clicks to Backfill: a new group with auto.offset.reset=earliest.',
      watch: "Backfill's records read: the whole history, then every new record.",
      check: ({ report }, notes) => {
        notes.endBeforeBackfill ??= logEnd(report);
        const c = groupOf(report, 'backfill');
        const a = groupOf(report, 'reports');
        if (!settled(c, 1) || !settled(a, 1) || !logStartsAtZero(report)) return false;
        const since = logEnd(report) - notes.endBeforeBackfill;
        // More than everything written since the step began: it read the history, all of it.
        return c.recordsConsumed > since && c.recordsConsumed >= notes.endBeforeBackfill && c.lag < 1000;
      },
      progress: ({ report }) =>
        `Backfill read ${figure(groupOf(report, 'backfill')?.recordsConsumed ?? 0)} of the ${figure(logEnd(report))} records`,
      because:
        'With earliest, a new group starts at the log-start offset: Backfill read every record clicks still holds, ' +
        'then goes on with the new ones. Three groups now read each record, and the brokers send it three times: ' +
        'fan-out costs network, not storage. The log-start offset is still 0: nothing was consumed away.',
      act: [
        {
          kind: 'edit',
          edit: (doc) => ({ ...doc, edges: [...doc.edges, { from: TOPIC_ID, to: 'backfill' }] }),
        },
      ],
      withinMs: 60_000,
    },
  ],
  names: [
    { name: 'group.id', what: 'each group reads the topic for itself: publish-subscribe between groups' },
    {
      name: 'auto.offset.reset',
      what: 'where a group with no committed offset starts: latest (default) or earliest',
    },
    { name: 'log-start-offset', what: 'moves only with retention or deletion, never with reading' },
  ],
  quiz: {
    question:
      'A topic holds 1,000 records. A new group with the default auto.offset.reset joins. How many of them does it read?',
    options: ['None of them', 'All 1,000', 'Those no other group has read'],
    answer: 0,
    why: 'latest starts a group with no committed offset at the log end: it reads only what comes next.',
  },
};
