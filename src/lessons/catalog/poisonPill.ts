// L14. A poison pill blocks its partition: the consumer's poll() hands out the records before a record it cannot
// deserialize and then throws RecordDeserializationException at it (KIP-334, Kafka's FetchCollector), so that
// partition stops there and its lag grows while the others go on. A dead-letter topic (Spring Kafka's
// DeadLetterPublishingRecoverer, the design's deadLetterTopic) takes the record and the consumer seeks past it.
import type { GroupReport, SimulationReport } from '../../engine';
import type { CheckInput, Lesson, LessonNotes } from '../lesson';
import { figure, groupOf, partitionLags, settled } from '../reportQueries';

const TOPIC = 'orders';
const DLQ = 'orders-dlq';
const BILLING = 'billing';
const AUDIT = 'audit';
const RATE = 400;
/** The partition the poison record goes to. */
const POISONED = 2;
/**
 * A partition that is read is behind by at most what arrives between two commits (auto.commit.interval.ms, 5 s) and
 * a second more: 100 records/s a partition, so 600.
 */
const NEAR_ZERO = ((RATE / 4) * 6000) / 1000;
/** The stopped partition's lag the first step waits for: far above anything a partition that is read shows. */
const STUCK = 3000;

function lags(report: SimulationReport, group: GroupReport): number[] {
  return partitionLags(report, group, TOPIC);
}

/** Every partition but the poisoned one is near 0 (and, with `all`, the poisoned one too). */
function othersNearZero(l: number[], all = false): boolean {
  return l.length === 4 && l.every((lag, p) => (p === POISONED && !all) || lag <= NEAR_ZERO);
}

function stoppedAtPoisoned(g: GroupReport): boolean {
  const stopped = g.stoppedAt ?? [];
  return stopped.length === 1 && stopped[0]?.topic === TOPIC && stopped[0].partition === POISONED;
}

function line({ report }: CheckInput, name: string, node: string): string {
  const g = groupOf(report, node);
  if (!g) return '';
  const l = lags(report, g);
  return (
    `${name}: lag by partition [${l.map(figure).join(', ')}], poison ${g.poisonRecords ?? 0}, ` +
    `dead-lettered ${g.deadLettered ?? 0}`
  );
}

const both = (input: CheckInput) => `${line(input, 'Billing', BILLING)}; ${line(input, 'Audit', AUDIT)}`;

export const poisonPill: Lesson = {
  id: 'L14',
  title: 'A poison pill blocks its partition',
  corrects: 'One bad record only costs that one record.',
  learn:
    'A record the consumer cannot deserialize stops its whole partition until the application deals with it; a ' +
    'dead-letter topic takes it and the partition goes on.',
  seed: 14,
  speed: 10,
  design: {
    format: 'franz.pipeline',
    version: 1,
    name: 'Lesson: a poison pill blocks its partition',
    nodes: [
      {
        id: 'orders-api',
        kind: 'source',
        name: 'Orders API',
        position: { x: 0, y: 80 },
        config: { rate: RATE, partitioner: 'roundrobin' },
      },
      {
        id: 't-orders',
        kind: 'topic',
        name: TOPIC,
        position: { x: 320, y: 80 },
        config: { partitions: 4 },
      },
      {
        id: 't-orders-dlq',
        kind: 'topic',
        name: DLQ,
        position: { x: 960, y: 80 },
        config: { partitions: 1 },
      },
      {
        id: BILLING,
        kind: 'sink',
        name: 'Billing',
        position: { x: 640, y: 0 },
        config: {
          groupId: 'billing',
          consumers: 2,
          processingRate: 1000,
          fetchMaxWaitMs: 0,
          autoOffsetReset: 'earliest',
        },
      },
      {
        id: AUDIT,
        kind: 'sink',
        name: 'Audit',
        position: { x: 640, y: 200 },
        config: {
          groupId: 'audit',
          consumers: 2,
          processingRate: 1000,
          fetchMaxWaitMs: 0,
          autoOffsetReset: 'earliest',
          deadLetterTopic: DLQ,
        },
      },
    ],
    edges: [
      { from: 'orders-api', to: 't-orders' },
      { from: 't-orders', to: BILLING },
      { from: 't-orders', to: AUDIT },
    ],
    // One record, 10 s in, on partition 2 that no consumer can deserialize (the source's "Send a poison record").
    faults: [{ atMs: 10_000, type: 'source-poison', node: 'orders-api', partition: POISONED }],
  },
  steps: [
    {
      do: 'Watch Billing and Audit: 10 s in, Orders API sends one record to orders-2 that no consumer can deserialize.',
      watch:
        'The Lag per partition chart: orders-2 climbing while the others stay near 0; Billing’s inspector says ' +
        'where it stopped. Audit (with a dead-letter topic) reads on.',
      check: (input: CheckInput, notes: LessonNotes) => {
        const { report } = input;
        const billing = groupOf(report, BILLING);
        const audit = groupOf(report, AUDIT);
        if (!settled(billing, 2) || !settled(audit, 2)) return false;
        if (!stoppedAtPoisoned(billing) || billing.poisonRecords !== 1 || (billing.deadLettered ?? 0) !== 0) {
          return false;
        }
        const l = lags(report, billing);
        const stuck = l[POISONED] ?? 0;
        if (!othersNearZero(l)) return false;
        // The stopped partition's lag grows: taken once it is stopped, then seen 1,000 records higher.
        notes.stuckFrom ??= stuck;
        if (stuck < STUCK || stuck - notes.stuckFrom < 1000) return false;
        // Audit met the same record, sent it to orders-dlq and is near 0 on every partition.
        return (
          audit.poisonRecords === 1 && audit.deadLettered === 1 && othersNearZero(lags(report, audit), true)
        );
      },
      progress: both,
      because:
        "Billing's consumer could not deserialize the record at orders-2's stopped offset: poll() threw " +
        'RecordDeserializationException there (KIP-334). The record is fine on the broker; the consumer cannot go ' +
        'past it by itself, so its position and committed offset stay at that record while 100 records a second ' +
        'pile up behind it. The other three partitions go on, near 0. Audit read the same record: with a ' +
        'dead-letter topic it sent it to orders-dlq, sought past it and lost nothing. One bad record cost Billing a ' +
        'whole partition.',
      withinMs: 90_000,
    },
    {
      do: 'Select Billing and set its Dead-letter topic to orders-dlq.',
      watch: "Billing's orders-2 lag falling to near 0 and its dead-lettered count reaching 1.",
      check: ({ report }) => {
        const billing = groupOf(report, BILLING);
        if (!settled(billing, 2) || (billing.stoppedAt ?? []).length !== 0) return false;
        return (
          billing.poisonRecords === 1 &&
          billing.deadLettered === 1 &&
          othersNearZero(lags(report, billing), true)
        );
      },
      progress: both,
      because:
        'With a dead-letter topic Billing produced the poison record to orders-dlq (acks=all), sought past it and ' +
        'read on: orders-2 drained, and deadLettered counts the one record it set aside. Someone can look at it ' +
        'there later; the partition no longer waits for them.',
      act: [
        {
          kind: 'edit',
          edit: (doc) => ({
            ...doc,
            nodes: doc.nodes.map((n) =>
              n.id === BILLING && n.kind === 'sink'
                ? { ...n, config: { ...n.config, deadLetterTopic: DLQ } }
                : n,
            ),
          }),
        },
      ],
      withinMs: 60_000,
    },
  ],
  names: [
    {
      name: 'RecordDeserializationException',
      what: 'what poll() throws at a record it cannot deserialize (KIP-334)',
    },
    { name: 'dead-letter topic', what: 'a topic the application sends bad records to, then seeks past them' },
    { name: 'records-lag', what: "the consumer's JMX metric per partition: high watermark minus its offset" },
  ],
  quiz: {
    question:
      'One record on partition 2 of 4 cannot be deserialized, and the group has no dead-letter topic. What happens?',
    options: [
      'That record is skipped and the rest is read',
      'Partition 2 stops at it and its lag grows; the other partitions go on',
      'The whole group stops',
      'The broker refuses the record',
    ],
    answer: 1,
    why:
      'poll() throws at the record, so its partition cannot go past it until the application sends it somewhere ' +
      '(a dead-letter topic) and seeks on; the consumer reads its other partitions meanwhile.',
  },
};
