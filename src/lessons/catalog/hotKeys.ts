// L7. Hot keys: the producer's default partitioner sends a keyed record to murmur2(key) % partitions
// (BuiltInPartitioner.partitionForKey), so every record of one key lands on one partition, read by one consumer of
// the group. More partitions spread the other keys thinner; the hot key still lands on one partition.
import type { PartitionReport, SimulationReport } from '../../engine';
import type { CheckInput, Lesson, LessonNotes } from '../lesson';
import { figure, groupOf, partitionsOf, settled } from '../reportQueries';

const SINK = 'shipping';
const TOPIC = 'orders';
const HOT_KEY = 'customer-42';
/** 40 of 100 list entries are the hot key: 40% of the records. The other 60 keys get 1% each. */
const KEYS = [
  ...Array.from({ length: 40 }, () => HOT_KEY),
  ...Array.from({ length: 60 }, (_, i) => `customer-${i + 100}`),
];
const PER_CONSUMER = 200;
/** Simulated ms a partition's input rate is measured over before the check judges it. */
const SPAN_MS = 20_000;

/** Committed lag of one partition: the high watermark minus the group's committed offset (0 before a commit). */
function partitionLag(report: SimulationReport, p: PartitionReport): number {
  const committed = groupOf(report, SINK)?.committed[TOPIC]?.[p.partition];
  return committed === null || committed === undefined ? 0 : Math.max(0, p.highWatermark - committed);
}

/**
 * What the step has seen of each partition since it began: the log end offset and lag at the start of a span of
 * at least SPAN_MS, kept in notes; once the span is long enough, the hot partition (the fastest-growing one),
 * its records/s, how much its lag grew, and the largest lag of any other partition.
 */
function measure(
  { report }: CheckInput,
  notes: LessonNotes,
  partitions: number,
  drained: number,
): { hot: number; rate: number; lagGrowth: number; hotLag: number; otherLag: number } | null {
  const g = groupOf(report, SINK);
  const parts = partitionsOf(report, TOPIC);
  if (
    !settled(g, partitions) ||
    parts.length !== partitions ||
    g.members.some((m) => !m.assignment[TOPIC]?.length)
  )
    return null;
  if (notes.spanStart === undefined || notes.spanStart < 0 || notes.spanPartitions !== partitions) {
    notes.spanStart = report.simulatedMs;
    notes.spanPartitions = partitions;
    for (const p of parts) {
      notes[`leo${p.partition}`] = p.logEndOffset;
      notes[`lag${p.partition}`] = partitionLag(report, p);
    }
    return null;
  }
  const spanMs = report.simulatedMs - notes.spanStart;
  if (spanMs < SPAN_MS) return null;
  let hot = 0;
  let grown = -1;
  for (const p of parts) {
    const d = p.logEndOffset - (notes[`leo${p.partition}`] ?? p.logEndOffset);
    if (d > grown) {
      grown = d;
      hot = p.partition;
    }
  }
  const hotLag = partitionLag(report, parts[hot]!);
  let otherLag = 0;
  for (const p of parts)
    if (p.partition !== hot && p.partition !== drained)
      otherLag = Math.max(otherLag, partitionLag(report, p));
  return {
    hot,
    rate: (grown * 1000) / spanMs,
    lagGrowth: hotLag - (notes[`lag${hot}`] ?? hotLag),
    hotLag,
    otherLag,
  };
}

/** The hot partition takes at least 400 records/s, more than its one consumer's 200; its lag grew by at least a
 * third of the excess over the span while every other partition (but the hot key's old one, draining after a
 * change) stays under 2 s of one consumer's work. */
function skewHolds(input: CheckInput, notes: LessonNotes, partitions: number): boolean {
  // After the change, the hot key's old partition still drains the backlog it built up: it is not judged.
  const drained = partitions === 8 ? -1 : (notes.firstHot ?? -1);
  const m = measure(input, notes, partitions, drained);
  if (!m) return false;
  notes.hotPartition = m.hot;
  notes.hotRate = Math.round(m.rate);
  notes.hotLag = m.hotLag;
  notes.otherLag = m.otherLag;
  const expectedGrowth = ((m.rate - PER_CONSUMER) * SPAN_MS) / 1000;
  const holds = m.rate >= 400 && m.lagGrowth >= expectedGrowth / 3 && m.otherLag < 2 * PER_CONSUMER;
  // Not yet: measure again over a fresh span (a number, not a deleted key: the page keeps notes it sees written).
  if (!holds) notes.spanStart = -1;
  else if (partitions === 8) notes.firstHot = m.hot;
  return holds;
}

function progressLine(input: CheckInput, notes: LessonNotes, partitions: number): string {
  const parts = partitionsOf(input.report, TOPIC).length;
  const g = groupOf(input.report, SINK);
  if (parts !== partitions || !settled(g, partitions))
    return `${figure(parts)} partitions, ${figure(g?.members.length ?? 0)} consumers, ${g?.state ?? 'starting'}`;
  if (notes.hotRate === undefined || notes.spanPartitions !== partitions) return 'Measuring each partition…';
  return (
    `partition ${figure(notes.hotPartition ?? 0)} takes ${figure(notes.hotRate)} records/s, lag ` +
    `${figure(notes.hotLag ?? 0)}; the others' lag at most ${figure(notes.otherLag ?? 0)}`
  );
}

export const hotKeys: Lesson = {
  id: 'L7',
  title: 'Hot keys',
  corrects: 'More partitions fix a skewed topic.',
  learn:
    "A key's records all go to one partition: one hot key overloads one consumer, however many partitions there are.",
  seed: 7,
  speed: 10,
  design: {
    format: 'franz.pipeline',
    version: 1,
    name: 'Lesson: hot keys',
    nodes: [
      {
        id: 'checkout',
        kind: 'source',
        name: 'Checkout',
        position: { x: 0, y: 40 },
        // A short metadata.max.age.ms so the producer sees new partitions within seconds, not Kafka's 5 minutes.
        config: { rate: 1000, keys: { type: 'list', values: KEYS }, metadataMaxAgeMs: 5000 },
      },
      { id: 't-orders', kind: 'topic', name: TOPIC, position: { x: 320, y: 0 }, config: { partitions: 8 } },
      {
        id: SINK,
        kind: 'sink',
        name: 'Shipping',
        position: { x: 640, y: 40 },
        config: { groupId: 'shipping', consumers: 8, processingRate: PER_CONSUMER, metadataMaxAgeMs: 5000 },
      },
    ],
    edges: [
      { from: 'checkout', to: 't-orders' },
      { from: 't-orders', to: SINK },
    ],
  },
  steps: [
    {
      do: 'Watch orders for a few seconds: 1,000 records/s over 8 partitions, 8 consumers of 200 records/s each.',
      watch: `The partition lanes on orders: one fills faster than the rest. 40% of the records have the key ${HOT_KEY}.`,
      check: (input, notes) => skewHolds(input, notes, 8),
      progress: (input, notes) => progressLine(input, notes, 8),
      because:
        `murmur2("${HOT_KEY}") % 8 is 1: all 400 records/s of that key go to partition 1, and partition 1 is read ` +
        'by one consumer of the group, at 200 records/s. Its lag grows while the other partitions, under 100 ' +
        'records/s each, stay near zero. The group as a whole has 1,600 records/s to spare, and it does not help.',
      withinMs: 60_000,
    },
    {
      do: 'Select orders and set its partitions to 16; then select Shipping and set its consumers to 16.',
      watch: `Where ${HOT_KEY} lands now, and that partition's lag.`,
      check: (input, notes) => skewHolds(input, notes, 16),
      progress: (input, notes) => progressLine(input, notes, 16),
      because:
        `murmur2("${HOT_KEY}") % 16 is 9: the key moved to partition 9, all of it, still 400 records/s for one ` +
        'consumer of 200. Sixteen partitions spread the other keys thinner (the quiet partitions got quieter) and ' +
        'change nothing for the hot one. A hot key needs a different key (a suffix that splits it, "salting"), ' +
        "or a faster consumer for that partition. Meanwhile the key's backlog on partition 1 drains on another " +
        'consumer (the lesson does not wait for it): for a while its old and new records are read side by side, ' +
        'out of order.',
      act: [
        {
          kind: 'edit',
          edit: (doc) => ({
            ...doc,
            nodes: doc.nodes.map((n) =>
              n.kind === 'topic' && n.id === 't-orders'
                ? { ...n, config: { ...n.config, partitions: 16 } }
                : n.kind === 'sink' && n.id === SINK
                  ? { ...n, config: { ...n.config, consumers: 16 } }
                  : n,
            ),
          }),
        },
      ],
      withinMs: 90_000,
    },
  ],
  names: [
    {
      name: 'partitioner (murmur2)',
      what: "the Java client's default for keyed records: murmur2(key) % partitions",
    },
    {
      name: 'records-lag-max',
      what: "the consumer's JMX metric: the hot partition's lag, the others' near 0",
    },
    {
      name: 'metadata.max.age.ms',
      what: 'how soon clients see new partitions (5 s in this lesson, 5 minutes by default)',
    },
  ],
  quiz: {
    question: "One key makes 40% of a topic's traffic. You double the partitions. What happens to that key?",
    options: [
      'Its records are split over two partitions',
      'All its records still go to one partition',
      'Kafka balances it to the least loaded partition',
    ],
    answer: 1,
    why: 'The partition is murmur2(key) % partitions: one key, one number, one partition, whatever the count.',
  },
};
