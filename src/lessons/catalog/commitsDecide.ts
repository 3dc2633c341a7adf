// L10. Commits decide loss or duplicates: a group restarts a partition from its committed offset
// (OffsetCommitRequest, KafkaConsumer.commitSync, enable.auto.commit), so what a crash costs depends on where the
// commit sits in the poll loop: before processing loses the rest of the poll, after it delivers the poll again.
import type { CommitMode, PipelineDocument } from '../../engine';
import type { CheckInput, Lesson, LessonAct, LessonStep } from '../lesson';
import { figure, groupOf, heldPartitions, settled } from '../reportQueries';

const SINK = 'billing';

function commitsBy(doc: PipelineDocument, mode: CommitMode): boolean {
  const n = doc.nodes.find((x) => x.id === SINK);
  return (
    n?.kind === 'sink' &&
    (n.config.commitMode ?? (n.config.enableAutoCommit ? 'auto' : 'after-processing')) === mode
  );
}

function line({ report }: CheckInput): string {
  const g = groupOf(report, SINK);
  if (!g) return 'Starting…';
  const crashed = g.members.filter((m) => m.status === 'crashed').length;
  return (
    `${g.members.length} in the group${crashed ? ` (${crashed} crashed)` : ''}, ${g.state}; ` +
    `delivered twice ${figure(g.duplicates)}, processed twice ${figure(g.reprocessed)}, never processed ${figure(g.recordsSkipped)}`
  );
}

/** A step that sets how Billing commits; it holds once the consumer has polled a few times that way. */
function commitStep(mode: CommitMode, label: string, watch: string, because: string): LessonStep {
  return {
    do: `Set Billing's Commit to "${label}".`,
    watch,
    check: ({ report, doc }, notes) => {
      if (!commitsBy(doc, mode)) return false;
      const key = `${mode}SinceMs`;
      if (notes[key] === undefined) notes[key] = report.simulatedMs;
      // A poll that began before the change still commits the old way: give it three polls (3 s).
      return report.simulatedMs - notes[key] >= 3000;
    },
    progress: line,
    because,
    act: [
      {
        kind: 'edit',
        edit: (doc) => ({
          ...doc,
          nodes: doc.nodes.map((n) =>
            n.kind === 'sink' && n.id === SINK
              ? { ...n, config: { ...n.config, commitMode: mode, enableAutoCommit: mode === 'auto' } }
              : n,
          ),
        }),
      },
    ],
    withinMs: 30_000,
  };
}

const crash = (clientId: string): LessonAct[] => [
  { kind: 'fault', fault: { type: 'consumer-kill', node: SINK, clientId } },
];

/** The crashed member is gone (session.timeout.ms passed) and a spare holds the partition and has processed two polls. */
function tookOver(input: CheckInput, members: number): boolean {
  const g = groupOf(input.report, SINK);
  return (
    settled(g, members) &&
    g.members.every((m) => m.status !== 'crashed') &&
    g.members.some((m) => heldPartitions(m) === 1 && m.recordsConsumed >= 1000)
  );
}

export const commitsDecide: Lesson = {
  id: 'L10',
  title: 'Commits decide loss or duplicates',
  corrects: 'Kafka delivers each record once, wherever the application commits.',
  learn:
    'A restarted partition resumes at the committed offset: commit before processing and a crash loses records, ' +
    'commit after it (or let poll() auto-commit) and a crash processes some twice.',
  seed: 10,
  speed: 10,
  design: {
    format: 'franz.pipeline',
    version: 1,
    name: 'Lesson: commits decide loss or duplicates',
    nodes: [
      { id: 'checkout', kind: 'source', name: 'Checkout', position: { x: 0, y: 40 }, config: { rate: 1000 } },
      {
        id: 't-orders',
        kind: 'topic',
        name: 'orders',
        position: { x: 320, y: 0 },
        config: { partitions: 1 },
      },
      {
        id: SINK,
        kind: 'sink',
        name: 'Billing',
        position: { x: 640, y: 40 },
        // 2 ms a record: a poll of max.poll.records (500) takes a second, so a crash lands mid-poll. Three of the
        // four consumers are spares (one partition); session.timeout.ms 10 s, so one takes over soon after a crash.
        config: {
          groupId: 'billing',
          consumers: 4,
          processingRate: 500,
          autoOffsetReset: 'earliest',
          sessionTimeoutMs: 10_000,
        },
      },
    ],
    edges: [
      { from: 'checkout', to: 't-orders' },
      { from: 't-orders', to: SINK },
    ],
  },
  steps: [
    {
      do: 'Select Billing and watch its members for a few seconds.',
      watch:
        'billing-consumer-1 holds orders-0 and processes 500 records/s; the other three hold nothing: spares.',
      check: ({ report }) => {
        const g = groupOf(report, SINK);
        return settled(g, 4) && g.recordsConsumed >= 2000 && (g.committed.orders?.[0] ?? null) !== null;
      },
      progress: line,
      because:
        'One partition, so one consumer of the group reads it. Each poll returns up to max.poll.records (500) ' +
        'and takes a second to process at 2 ms a record; the group commits an offset: the next record to read.',
      withinMs: 30_000,
    },
    {
      do: "Billing auto-commits (Kafka's default). Crash billing-consumer-1, the member holding orders-0.",
      watch:
        "Billing's members: a spare takes orders-0 after session.timeout.ms (10 s). Then the counts below.",
      check: (input, notes) => {
        const g = groupOf(input.report, SINK);
        if (!g || !tookOver(input, 3) || g.duplicates === 0) return false;
        notes.duplicates = g.duplicates;
        notes.skipped = g.recordsSkipped;
        return g.recordsSkipped === 0;
      },
      progress: line,
      because:
        'Auto-commit runs inside poll(): each poll commits the offsets the previous poll returned, processed by ' +
        'then in a loop like this one. The spare resumed at that commit, so what came after it was delivered ' +
        'again and part of it processed twice; nothing was lost. (Auto-commit loses records when processing ' +
        'runs outside the loop, on another thread: then it commits what is not processed yet, as the next step does.)',
      act: crash('billing-consumer-1'),
      withinMs: 60_000,
    },
    commitStep(
      'before-processing',
      'before processing',
      'The committed offset: it now runs a whole poll ahead of what has been processed.',
      "The consumer now calls commitSync() right after poll(), before processing: the group's committed " +
        'offset is past records not yet processed.',
    ),
    {
      do: 'Crash billing-consumer-2, which holds orders-0 now.',
      watch: 'Never processed: the records of the crashed poll that had not been processed yet.',
      check: (input, notes) => {
        const g = groupOf(input.report, SINK);
        if (!g) return false;
        // Duplicates as this step began: the first crash's redelivery may still have been arriving when its check
        // held, so the figure noted then can be short of the final one.
        notes.duplicatesBeforeLoss ??= g.duplicates;
        if (!commitsBy(input.doc, 'before-processing') || !tookOver(input, 2)) return false;
        if (g.recordsSkipped === (notes.skipped ?? 0) || g.duplicates !== notes.duplicatesBeforeLoss)
          return false;
        notes.skipped = g.recordsSkipped;
        return true;
      },
      progress: line,
      because:
        'commitSync() right after poll(): the group had committed the whole poll before processing it. The crash ' +
        'stopped it halfway; the spare started after the committed offset and the rest of that poll is never ' +
        'processed by anyone: at most once, with loss. Nothing was delivered twice.',
      act: crash('billing-consumer-2'),
      withinMs: 60_000,
    },
    commitStep(
      'after-processing',
      'after processing',
      'The committed offset: it now follows the processed records.',
      'The consumer now calls commitSync() after processing each poll: the committed offset never passes an ' +
        'unprocessed record.',
    ),
    {
      do: 'Crash billing-consumer-3.',
      watch: 'Delivered twice and processed twice grow; never processed stays as it was.',
      check: (input, notes) => {
        const g = groupOf(input.report, SINK);
        if (!g || !commitsBy(input.doc, 'after-processing') || !tookOver(input, 1)) return false;
        return g.duplicates > (notes.duplicates ?? 0) && g.recordsSkipped === notes.skipped;
      },
      progress: line,
      because:
        'commitSync() after processing each poll: the crashed poll was not committed, so the spare got it again ' +
        'and processed again what had been processed before the crash. At least once: no loss, some duplicates, ' +
        'which the application must tolerate (an idempotent write, or a key it checks).',
      act: crash('billing-consumer-3'),
      withinMs: 60_000,
    },
  ],
  names: [
    {
      name: 'enable.auto.commit',
      what: 'poll() commits, every auto.commit.interval.ms, what earlier polls returned',
    },
    { name: 'auto.commit.interval.ms', what: 'how often poll() auto-commits (5 s by default)' },
    {
      name: 'commitSync()',
      what: 'the application commits itself: before processing (at most once) or after (at least once)',
    },
    {
      name: 'session.timeout.ms',
      what: 'how long a crashed member keeps its partition before the coordinator evicts it',
    },
  ],
  quiz: {
    question:
      'Your consumer calls commitSync() right after poll() and then processes the records. It crashes mid-batch. What happens to the rest of that batch?',
    options: [
      'It is delivered again to the next consumer',
      'It is never processed',
      'Kafka rolls the commit back',
    ],
    answer: 1,
    why: 'The committed offset is already past the whole batch: the next consumer starts after it.',
  },
};
