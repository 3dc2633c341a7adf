// L1. A log instead of wires: producers write to a topic and every consumer group reads it on its own, so each
// application keeps one connection to Kafka instead of one integration per partner (KafkaProducer, KafkaConsumer
// with its own group.id). The counts are the Without Kafka view's, from the engine's model/integrations.ts.
import {
  countIntegrations,
  designFlows,
  edits,
  type IntegrationCounts,
  type PipelineDocument,
} from '../../engine';
import type { Lesson } from '../lesson';
import { figure, groupOf } from '../reportQueries';

const TOPIC = 't-events';
const AUDIT = 'audit';
const SOURCES = ['web', 'mobile', 'checkout', 'payments', 'stock'];
const SERVICES = ['billing', 'search', 'analytics', AUDIT];

const counts = (doc: PipelineDocument): IntegrationCounts => countIntegrations(designFlows(doc));
const countsLine = (c: IntegrationCounts) =>
  `${c.integrations} of ${c.allPairs} source–service pairs meet, ${c.connections} connections to Kafka`;

const source = (id: string, name: string, i: number) => ({
  id,
  kind: 'source' as const,
  name,
  position: { x: 0, y: i * 110 },
  config: { rate: 200 },
});
const service = (id: string, name: string, i: number) => ({
  id,
  kind: 'sink' as const,
  name,
  position: { x: 640, y: 50 + i * 110 },
  config: { groupId: id },
});

export const logInsteadOfWires: Lesson = {
  id: 'L1',
  title: 'A log instead of wires',
  corrects: 'Kafka is just another queue between two services.',
  learn:
    'With one topic in the middle, S producers and T consumers need S + T connections, not S × T integrations.',
  seed: 1,
  speed: 5,
  design: {
    format: 'franz.pipeline',
    version: 1,
    name: 'Lesson: a log instead of wires',
    nodes: [
      source('web', 'Web', 0),
      source('mobile', 'Mobile', 1),
      source('checkout', 'Checkout', 2),
      source('payments', 'Payments', 3),
      source('stock', 'Stock', 4),
      { id: TOPIC, kind: 'topic', name: 'events', position: { x: 320, y: 220 }, config: { partitions: 3 } },
      service('billing', 'Billing', 0),
      service('search', 'Search', 1),
      service('analytics', 'Analytics', 2),
      service(AUDIT, 'Audit', 3),
    ],
    edges: [
      ...SOURCES.map((from) => ({ from, to: TOPIC })),
      ...SERVICES.filter((s) => s !== AUDIT).map((to) => ({ from: TOPIC, to })),
    ],
  },
  steps: [
    {
      do: 'Connect events to Audit, then open "Without Kafka" in the top bar: the same flows wired point to point.',
      watch:
        "The Without Kafka view: 5 × 4 = 20 integrations to build and run, against 5 + 4 = 9 connections through Kafka. Audit's records/s.",
      check: ({ report, doc }) => {
        const c = counts(doc);
        const audit = groupOf(report, AUDIT);
        return (
          c.integrations === 20 &&
          c.allPairs === 20 &&
          c.connections === 9 &&
          audit !== null &&
          audit.state === 'Stable' &&
          audit.recordsConsumed > 0
        );
      },
      progress: ({ report, doc }) => {
        const audit = groupOf(report, AUDIT);
        return `${countsLine(counts(doc))}; Audit read ${figure(audit?.recordsConsumed ?? 0)} records`;
      },
      because:
        "Every service now reads every source's records: 20 pairs meet, each one a point-to-point integration " +
        'without Kafka. Through the topic it takes 9 connections: each source is one KafkaProducer writing events, ' +
        'each service one consumer group (its own group.id) reading all of it at its own pace. A queue hands a ' +
        'message to one reader; a log keeps it for every group.',
      act: [{ kind: 'edit', edit: (doc) => connectEdge(doc, TOPIC, AUDIT) }],
      withinMs: 30_000,
    },
    {
      do: 'Back on the canvas ("With Kafka"), add a sixth source from the palette and connect it to events.',
      watch:
        'The Without Kafka view again: one more source is 4 more integrations, but only 1 more connection.',
      check: ({ report, doc }) => {
        const c = counts(doc);
        return (
          c.sources === 6 &&
          c.integrations === 24 &&
          c.connections === 10 &&
          report.sources.length === 6 &&
          report.sources.every((s) => s.recordsProduced > 0)
        );
      },
      progress: ({ doc }) => countsLine(counts(doc)),
      because:
        'Point to point, a sixth source must be wired to all four services: 6 × 4 = 24 integrations. Through ' +
        'Kafka it is one new producer and 10 connections; no service changes, because each reads the topic, not ' +
        'the sources. That growth, S × T against S + T, is why a log sits in the middle.',
      act: [{ kind: 'edit', edit: addSixthSource }],
      withinMs: 30_000,
    },
  ],
  names: [
    { name: 'KafkaProducer', what: 'one per source: its only connection, to the brokers' },
    { name: 'group.id', what: 'one consumer group per service: each reads every record of the topic' },
  ],
  quiz: {
    question:
      'Ten sources and ten services all exchange records. How many connections to Kafka do they need?',
    options: ['100', '20', '10', '1'],
    answer: 1,
    why: 'One per application: 10 producers + 10 consumer groups = 20, where point to point would take 10 × 10 = 100.',
  },
};

function connectEdge(doc: PipelineDocument, from: string, to: string): PipelineDocument {
  const result = edits.connect(doc, from, to);
  if (!result.ok) throw new Error(result.error);
  return result.doc;
}

/** What the palette's Source and a drag to events make: a new source with Kafka's defaults, connected. */
function addSixthSource(doc: PipelineDocument): PipelineDocument {
  const added = edits.addNode(doc, 'source', { x: 0, y: 560 });
  return connectEdge(added.doc, added.id, TOPIC);
}
