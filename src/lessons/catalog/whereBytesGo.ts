// L15. Where the bytes go: a broker's network carries each produced byte in once from the producer, out and in again
// per follower (ReplicaFetcherThread), and out once per consumer group that reads it; its disk writes each replica's
// copy. The Capacity view's formulas: cluster in = T x RF, cluster out = T x (RF - 1) + T x G, disk = T x RF.
import type { SimulationReport } from '../../engine';
import type { CheckInput, Lesson, LessonNotes } from '../lesson';
import { figure } from '../reportQueries';

const SOURCE = 'clickstream';
const TOPIC = 'clicks';
const RF = 3;
const BROKERS = 3;
/** Simulated ms the produced bytes are measured over before the check compares. */
const SPAN_MS = 5000;
const MB = 1_000_000;

/** Groups reading clicks, each settled with its members assigned (a group's lag saw-tooths with auto-commit). */
function readingGroups(report: SimulationReport): number {
  return report.groups.filter((g) => g.state === 'Stable' && g.members.length > 0 && g.recordsPerSec > 0)
    .length;
}

/**
 * T, the produced bytes/s, over a span of SPAN_MS (kept in notes), and whether every broker's NIC in, NIC out and
 * disk write are within 1% of the Capacity view's formulas for G groups (per broker: a third of the cluster's).
 */
function bytesMatch({ report }: CheckInput, notes: LessonNotes, groups: number): boolean {
  const source = report.sources.find((s) => s.node === SOURCE);
  if (!source || readingGroups(report) !== groups || report.groups.length !== groups) {
    notes.spanStartMs = -1;
    return false;
  }
  if (notes.spanStartMs === undefined || notes.spanStartMs < 0 || notes.spanGroups !== groups) {
    notes.spanStartMs = report.simulatedMs;
    notes.spanBytes = source.bytesProduced;
    notes.spanGroups = groups;
    return false;
  }
  const spanMs = report.simulatedMs - notes.spanStartMs;
  if (spanMs < SPAN_MS) return false;
  const T = ((source.bytesProduced - (notes.spanBytes ?? 0)) * 1000) / spanMs;
  notes.T = T;
  const within = (measured: number, expected: number) => Math.abs(measured - expected) <= expected * 0.01;
  const inExpected = (T * RF) / BROKERS;
  const outExpected = (T * (RF - 1) + T * groups) / BROKERS;
  const ok = report.brokers.every(
    (b) =>
      within(b.networkInBytesPerSec, inExpected) &&
      within(b.networkOutBytesPerSec, outExpected) &&
      within(b.diskWriteBytesPerSec, inExpected),
  );
  if (!ok) notes.spanStartMs = -1;
  return ok;
}

function line({ report }: CheckInput, notes: LessonNotes): string {
  const b = report.brokers;
  if (b.length === 0) return 'Starting…';
  const mbs = (x: number) => figure(x / MB);
  return (
    `T ${notes.T ? mbs(notes.T) : '…'} MB/s; per broker in ${b.map((x) => mbs(x.networkInBytesPerSec)).join('/')}, ` +
    `out ${b.map((x) => mbs(x.networkOutBytesPerSec)).join('/')}, disk ${b.map((x) => mbs(x.diskWriteBytesPerSec)).join('/')} MB/s`
  );
}

export const whereBytesGo: Lesson = {
  id: 'L15',
  title: 'Where the bytes go',
  corrects: 'Disk is the first limit of a Kafka broker.',
  learn:
    'Each produced byte crosses the network RF times in and RF - 1 + G times out: replication and every consumer ' +
    'group add network traffic, while the disk writes it RF times.',
  seed: 15,
  speed: 5,
  design: {
    format: 'franz.pipeline',
    version: 1,
    name: 'Lesson: where the bytes go',
    nodes: [
      {
        id: SOURCE,
        kind: 'source',
        name: 'Clickstream',
        position: { x: 0, y: 40 },
        // 600 records/s of 100 KB: 60 MB/s, spread evenly over the three partitions (one led by each broker).
        config: { rate: 600, recordSize: { type: 'fixed', bytes: 100_000 }, partitioner: 'roundrobin' },
      },
      {
        id: 't-clicks',
        kind: 'topic',
        name: TOPIC,
        position: { x: 320, y: 0 },
        config: { partitions: 3, replicationFactor: RF },
      },
      {
        id: 'analytics',
        kind: 'sink',
        name: 'Analytics',
        position: { x: 640, y: 40 },
        config: { groupId: 'analytics', consumers: 3 },
      },
    ],
    edges: [
      { from: SOURCE, to: 't-clicks' },
      { from: 't-clicks', to: 'analytics' },
    ],
  },
  steps: [
    {
      do: 'Open the Cluster view and read each broker’s network in, network out and disk write.',
      watch:
        'Each broker: 60 MB/s in, 60 MB/s to disk, 60 MB/s out, with one consumer group. The producer sends 60 MB/s in all.',
      check: (input, notes) => bytesMatch(input, notes, 1),
      progress: line,
      because:
        'Each broker leads one partition: 20 MB/s from the producer, plus 40 MB/s its followers fetch from the ' +
        'two other leaders: 60 MB/s in (T x RF / 3 brokers), all written to disk. Out: 40 MB/s to the two ' +
        "followers of its partition and 20 MB/s to Analytics' consumer: T x (RF - 1) / 3 + T x G / 3, with G = 1.",
      withinMs: 60_000,
    },
    {
      do: 'Back on the canvas, add a Sink from the palette and connect clicks to it: a second consumer group.',
      watch: 'Network out: it grows by 20 MB/s per broker. Network in and disk stay where they were.',
      check: (input, notes) => bytesMatch(input, notes, 2),
      progress: line,
      because:
        'Every group reads every byte: G = 2 adds T / 3 = 20 MB/s out per broker (80 in all) and nothing to the ' +
        'disk, which still writes 60. With the defaults (125 MB/s of network each way, 500 MB/s of disk) the ' +
        'network out runs out long before the disk: four more groups would fill it. The Capacity view shows these ' +
        'formulas with the design’s numbers.',
      act: [
        {
          kind: 'edit',
          edit: (doc) => ({
            ...doc,
            nodes: [
              ...doc.nodes,
              {
                id: 'sink-1',
                kind: 'sink',
                name: 'Sink 1',
                position: { x: 640, y: 240 },
                config: {
                  ...doc.nodes.find((n) => n.id === 'analytics')!.config,
                  groupId: 'sink-1',
                  consumers: 1,
                },
              } as (typeof doc.nodes)[number],
            ],
            edges: [...doc.edges, { from: 't-clicks', to: 'sink-1' }],
          }),
        },
      ],
      withinMs: 60_000,
    },
  ],
  names: [
    {
      name: 'BytesInPerSec / BytesOutPerSec',
      what: "the broker's JMX metrics for network in and out (replication included here)",
    },
    { name: 'ReplicationBytesInPerSec', what: 'the part of a broker’s in that its followers fetch' },
    {
      name: 'replication.factor',
      what: 'RF: how many times each byte is stored, and RF - 1 extra network trips',
    },
  ],
  quiz: {
    question: 'RF 3, 3 brokers, 30 MB/s produced, 4 consumer groups. How much leaves each broker per second?',
    options: ['30 MB/s', '60 MB/s', '20 MB/s'],
    answer: 1,
    why: 'Out per broker = T x (RF - 1) / 3 + T x G / 3 = 30 x 2 / 3 + 30 x 4 / 3 = 20 + 40 = 60 MB/s.',
  },
};
