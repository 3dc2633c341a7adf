// L9. Slow processing and the rebalance storm: the Java consumer's heartbeat thread leaves the group when the
// application has not called poll() for max.poll.interval.ms (AbstractCoordinator's HeartbeatThread, KIP-62), even
// though heartbeats were on time; the group rebalances, the late commitSync fails (CommitFailedException) and the
// poll's records go to a member again.
import type { GroupReport, SimulationReport } from '../../engine';
import type { CheckInput, Lesson } from '../lesson';
import { figure, groupOf, settled } from '../reportQueries';

const SINK = 'thumbnailer';
/** Simulated ms the group must stay on one generation, with no failed commit, to be called calm. */
const CALM_MS = 60_000;

function committedSum(g: GroupReport): number {
  return (g.committed.images ?? []).reduce<number>((sum, o) => sum + (o ?? 0), 0);
}

function line({ report }: CheckInput): string {
  const g = groupOf(report, SINK);
  if (!g) return 'Starting…';
  return (
    `generation ${figure(g.generation)}, ${g.state}, ${figure(g.members.length)} in the group; ` +
    `failed commits ${figure(g.commitsFailed)}, delivered twice ${figure(g.duplicates)}, committed ${figure(committedSum(g))}`
  );
}

function calm(report: SimulationReport, notes: Record<string, number>): boolean {
  const g = groupOf(report, SINK);
  if (!settled(g, 2)) return false;
  if (notes.calmGeneration !== g.generation || notes.calmFailed !== g.commitsFailed) {
    notes.calmGeneration = g.generation;
    notes.calmFailed = g.commitsFailed;
    notes.calmSinceMs = report.simulatedMs;
    notes.calmCommitted = committedSum(g);
    return false;
  }
  return (
    report.simulatedMs - (notes.calmSinceMs ?? report.simulatedMs) >= CALM_MS &&
    committedSum(g) > (notes.calmCommitted ?? 0)
  );
}

export const rebalanceStorm: Lesson = {
  id: 'L9',
  title: 'Slow processing and the rebalance storm',
  corrects: 'Heartbeats keep a slow consumer in its group.',
  learn:
    'A consumer must call poll() within max.poll.interval.ms, whatever its heartbeats do: a poll too big to process ' +
    'in time makes the group rebalance again and again, and nothing gets committed.',
  seed: 9,
  speed: 25,
  design: {
    format: 'franz.pipeline',
    version: 1,
    name: 'Lesson: the rebalance storm',
    nodes: [
      { id: 'uploads', kind: 'source', name: 'Uploads', position: { x: 0, y: 40 }, config: { rate: 100 } },
      {
        id: 't-images',
        kind: 'topic',
        name: 'images',
        position: { x: 320, y: 0 },
        config: { partitions: 2 },
      },
      {
        id: SINK,
        kind: 'sink',
        name: 'Thumbnailer',
        position: { x: 640, y: 40 },
        // 100 ms a record: a poll of max.poll.records (500) takes 50 s, more than max.poll.interval.ms, shortened
        // here from 5 minutes to 30 s so the lesson does not take an hour. Commits with commitSync after processing.
        config: {
          groupId: 'thumbnailer',
          consumers: 2,
          processingRate: 10,
          autoOffsetReset: 'earliest',
          maxPollIntervalMs: 30_000,
          commitMode: 'after-processing',
          enableAutoCommit: false,
        },
      },
    ],
    edges: [
      { from: 'uploads', to: 't-images' },
      { from: 't-images', to: SINK },
    ],
  },
  steps: [
    {
      do: 'Select Thumbnailer and watch its group for a couple of minutes (simulated).',
      watch:
        "The group's generation and state in the inspector: it rebalances every half minute. Each poll returns 500 " +
        'records and takes 50 s to process; max.poll.interval.ms is 30 s.',
      check: ({ report }) => {
        const g = groupOf(report, SINK);
        return g !== null && g.generation >= 4 && g.commitsFailed >= 2 && g.duplicates > 0;
      },
      progress: line,
      because:
        'Heartbeats went out every 3 s the whole time: the session never expired. But 30 s after a poll with no ' +
        'next poll(), the heartbeat thread left the group (max.poll.interval.ms), the coordinator started a ' +
        'rebalance (a new generation), and when the consumer finished its 500 records its commitSync failed: ' +
        'CommitFailedException. It rejoined, got a partition from the old committed offset, and took the same ' +
        '500 records again (delivered twice). Round after round, the committed offsets do not move.',
      withinMs: 240_000,
    },
    {
      do: 'Open Polling in the inspector and set Max poll records to 100.',
      watch: 'The generation stops climbing; failed commits stop; the committed offsets move again.',
      check: ({ report }, notes) => calm(report, notes),
      progress: line,
      because:
        'A poll of 100 records takes 10 s, well inside max.poll.interval.ms: every poll() comes in time, every ' +
        'commit is accepted, and the generation stays put. (The group is still slower than its input, 20 against ' +
        '100 records/s: that needs more consumers and partitions, lesson L4. But it makes progress now.) The other ' +
        'fixes: a longer max.poll.interval.ms, or processing handed off so poll() keeps coming.',
      act: [
        {
          kind: 'edit',
          edit: (doc) => ({
            ...doc,
            nodes: doc.nodes.map((n) =>
              n.kind === 'sink' && n.id === SINK ? { ...n, config: { ...n.config, maxPollRecords: 100 } } : n,
            ),
          }),
        },
      ],
      withinMs: 240_000,
    },
  ],
  names: [
    {
      name: 'max.poll.interval.ms',
      what: 'the longest time between poll() calls before the consumer leaves its group',
    },
    { name: 'max.poll.records', what: 'the most records one poll() returns (500 by default)' },
    { name: 'session.timeout.ms', what: 'how long without heartbeats before eviction: a separate clock' },
    { name: 'CommitFailedException', what: 'a commit from a member the group has moved on from' },
    { name: 'generation', what: "the group's rebalance counter: every rebalance makes a new one" },
  ],
  quiz: {
    question:
      'A consumer sends heartbeats on time but takes 8 minutes to process each poll. With the defaults, what happens?',
    options: [
      'Nothing: heartbeats keep it in the group',
      'It leaves the group after max.poll.interval.ms (5 minutes) and the group rebalances',
      'It is evicted after session.timeout.ms (45 s)',
    ],
    answer: 1,
    why: 'Heartbeats prove the process is alive; poll() proves the application makes progress. Both clocks count.',
  },
};
